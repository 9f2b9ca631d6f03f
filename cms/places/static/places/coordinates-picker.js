/* The admin's coordinates picker (cms/places/panels.py): the typed fields are the truth; the map
 * writes into them (click, drag) and follows them (typing). Six decimals, as the fields store. */
(function () {
  "use strict";

  var CLUJ = [46.770439, 23.591423];

  function read(input) {
    var value = parseFloat((input.value || "").replace(",", "."));
    return isFinite(value) ? value : null;
  }

  function setUp(picker) {
    var latitude = document.getElementById(picker.dataset.latitudeInput);
    var longitude = document.getElementById(picker.dataset.longitudeInput);
    var canvas = picker.querySelector(".coordinates-picker__map");
    if (!latitude || !longitude || !canvas || typeof L === "undefined") return;
    canvas.hidden = false;

    var map = L.map(canvas);
    L.tileLayer(picker.dataset.tileUrl, { attribution: picker.dataset.tileAttribution, maxZoom: 19 }).addTo(map);
    var marker = null;

    function typed() {
      var lat = read(latitude), lon = read(longitude);
      return lat !== null && lon !== null && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? [lat, lon] : null;
    }

    function write(latlng) {
      latitude.value = latlng.lat.toFixed(6);
      longitude.value = L.Util.wrapNum(latlng.lng, [-180, 180], true).toFixed(6);
      [latitude, longitude].forEach(function (input) {
        input.dispatchEvent(new Event("change", { bubbles: true }));  // Wagtail's "unsaved changes"
      });
    }

    function place(latlng) {
      if (marker) {
        marker.setLatLng(latlng);
      } else {
        marker = L.marker(latlng, { draggable: true, keyboard: true }).addTo(map);
        marker.on("dragend", function () { write(marker.getLatLng()); });
      }
    }

    var start = typed();
    if (start) {
      place(start);
      map.setView(start, 15);
    } else {
      map.setView(CLUJ, 7);
    }
    map.on("click", function (event) {
      place(event.latlng);
      write(event.latlng);
    });
    [latitude, longitude].forEach(function (input) {
      input.addEventListener("input", function () {
        var point = typed();
        if (point) {
          place(point);
          map.panTo(point);
        }
      });
    });
  }

  function init() {
    document.querySelectorAll("[data-coordinates-picker]").forEach(function (picker) {
      if (picker.dataset.ready) return;
      picker.dataset.ready = "1";
      setUp(picker);
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
