#!/bin/sh
# Vendors Leaflet and Leaflet.markercluster from the npm registry into the places kit's static
# files. Run it only to change versions (needs npm); the result is committed, so `make run` and
# `make test` never need npm, and the site never loads a script from a CDN.
#
#   tools/vendor_leaflet.sh            # the versions below
#   LEAFLET=1.9.4 MARKERCLUSTER=1.5.3 tools/vendor_leaflet.sh
set -eu

LEAFLET="${LEAFLET:-1.9.4}"
MARKERCLUSTER="${MARKERCLUSTER:-1.5.3}"

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
VENDOR="$ROOT/cms/places/static/places/vendor"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
npm pack --silent "leaflet@$LEAFLET" "leaflet.markercluster@$MARKERCLUSTER" >/dev/null
mkdir leaflet markercluster
tar -xzf "leaflet-$LEAFLET.tgz" -C leaflet --strip-components=1
tar -xzf "leaflet.markercluster-$MARKERCLUSTER.tgz" -C markercluster --strip-components=1

rm -rf "$VENDOR"
mkdir -p "$VENDOR/leaflet/images" "$VENDOR/leaflet.markercluster"
# Only what the pages load, plus what those files refer to: ManifestStaticFilesStorage refuses a
# stylesheet whose url() or a script whose sourceMappingURL names a missing file.
# (MarkerCluster.Default.css is left out: cms/places/static/places/map.css colours clusters.)
cp leaflet/dist/leaflet.js leaflet/dist/leaflet.js.map leaflet/dist/leaflet.css leaflet/LICENSE \
   "$VENDOR/leaflet/"
cp leaflet/dist/images/*.png "$VENDOR/leaflet/images/"
cp markercluster/dist/leaflet.markercluster.js markercluster/dist/leaflet.markercluster.js.map \
   markercluster/dist/MarkerCluster.css markercluster/MIT-LICENCE.txt \
   "$VENDOR/leaflet.markercluster/"

cat > "$VENDOR/VERSIONS.txt" <<TXT
Vendored by tools/vendor_leaflet.sh from the npm registry; do not edit these files by hand.

leaflet $LEAFLET  licence: $(node -p "require('./leaflet/package.json').license")  (leaflet/LICENSE)
leaflet.markercluster $MARKERCLUSTER  licence: $(node -p "require('./markercluster/package.json').license")  (leaflet.markercluster/MIT-LICENCE.txt)
TXT
find "$VENDOR" -type f -exec chmod 644 {} +
echo "Vendored leaflet $LEAFLET and leaflet.markercluster $MARKERCLUSTER into $VENDOR"
