"""The places kit: where something is (address, locality, coordinates) and how it is mapped.

`Place` is an abstract model any page type or snippet carries; `geojson` turns places into an
RFC 7946 FeatureCollection. Documented for plugin authors in docs/kits/places.md.
"""
