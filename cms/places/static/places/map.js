/* Draws each `[data-place-map]` with Leaflet from its GeoJSON (RFC 7946: [longitude, latitude]).
 *
 * The list of places above the map is the page's content; the map only adds a picture of it, so
 * any failure here (no tiles, no GeoJSON) leaves the page as it was. No inline styles: colours are
 * set through the CSSOM, which a Content-Security-Policy allows.
 */
(function () {
  "use strict";

  var ACCENT = "#1f4e79";

  function loadGeoJSON(container) {
    if (container.dataset.geojsonUrl) {
      return fetch(container.dataset.geojsonUrl, {
        headers: { Accept: "application/geo+json" },
        credentials: "same-origin",
      }).then(function (response) {
        if (!response.ok) throw new Error("GeoJSON " + response.status);
        return response.json();
      });
    }
    var block = document.getElementById(container.dataset.geojsonId || "");
    return Promise.resolve(block ? JSON.parse(block.textContent) : { features: [] });
  }

  function pointFeatures(collection) {
    return (collection.features || []).filter(function (feature) {
      return feature && feature.geometry && feature.geometry.type === "Point";
    });
  }

  function markerIcon(colour) {
    var pin = document.createElement("span");
    pin.className = "place-marker__pin";
    pin.style.backgroundColor = /^#[0-9a-fA-F]{6}$/.test(colour || "") ? colour : ACCENT;
    return L.divIcon({ className: "place-marker", html: pin, iconSize: [26, 26], iconAnchor: [13, 13], popupAnchor: [0, -12] });
  }

  function popupContent(properties) {
    var box = document.createElement("div");
    var name = document.createElement(properties.url ? "a" : "strong");
    name.textContent = properties.name || "";
    if (properties.url) name.href = properties.url;
    box.appendChild(name);
    return box;
  }

  function label(element, text) {
    if (element && text) {
      element.setAttribute("aria-label", text);
      element.removeAttribute("title");
    }
  }

  function draw(container, collection) {
    var features = pointFeatures(collection);
    if (!features.length) return;  // nothing to map: the list says it all
    container.hidden = false;
    // A map whose list is elsewhere on the page (a directory) hides its whole section until drawn.
    var section = container.closest("[data-place-map-section]");
    if (section) section.hidden = false;

    var map = L.map(container, { zoomControl: false, scrollWheelZoom: false });
    L.control.zoom({ zoomInTitle: container.dataset.labelZoomIn, zoomOutTitle: container.dataset.labelZoomOut }).addTo(map);
    map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
    L.tileLayer(container.dataset.tileUrl, { attribution: container.dataset.tileAttribution, maxZoom: 19 }).addTo(map);

    var clusterLabel = container.dataset.labelCluster || "%(count)s";
    var layer = typeof L.markerClusterGroup === "function"
      ? L.markerClusterGroup({ showCoverageOnHover: false, maxClusterRadius: 40 })
      : L.featureGroup();
    var bounds = [];
    features.forEach(function (feature) {
      var lon = feature.geometry.coordinates[0];
      var lat = feature.geometry.coordinates[1];
      var properties = feature.properties || {};
      var marker = L.marker([lat, lon], { icon: markerIcon(properties.colour), keyboard: true, riseOnHover: true });
      marker.bindPopup(popupContent(properties));
      marker.on("add", function () { label(marker.getElement(), properties.name); });
      layer.addLayer(marker);
      bounds.push([lat, lon]);
    });

    // Cluster icons are buttons too: give each a name a screen reader can say.
    map.on("layeradd", function (event) {
      var cluster = event.layer;
      if (cluster && typeof cluster.getChildCount === "function") {
        label(cluster.getElement(), clusterLabel.replace("%(count)s", cluster.getChildCount()));
      }
    });
    map.on("popupopen", function (event) {
      var popup = event.popup.getElement();
      label(popup && popup.querySelector(".leaflet-popup-close-button"), container.dataset.labelClose);
      var link = popup && popup.querySelector(".leaflet-popup-content a");
      if (link) link.focus();  // Enter on a marker lands on its link
    });

    layer.addTo(map);
    map.fitBounds(bounds, { padding: [30, 30], maxZoom: 15 });
    container.dataset.markers = String(features.length);
  }

  function init() {
    if (typeof L === "undefined") return;
    document.querySelectorAll("[data-place-map]").forEach(function (container) {
      if (container.dataset.ready || !container.dataset.tileUrl) return;
      container.dataset.ready = "1";
      loadGeoJSON(container).then(function (collection) { draw(container, collection); }).catch(function () {
        container.hidden = true;  // the list above stays: the map is never the only way in
      });
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
