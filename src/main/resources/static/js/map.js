// Maps over the province boundary (no tile server): <div class="pcmt-map" data-boundary="URL" data-points="#table"
// data-pick="true">. Markers come from the rows of the table named by data-points (data-lat, data-lng,
// data-name, data-state, data-href); in pick mode a click fills the #latitude and #longitude inputs.
(function () {
  'use strict';
  // hotspots by state; on the supply map, cases and cultivation plots standing or destroyed
  var COLORS = { ACTIVE: '#c0392b', ELIMINATED: '#2e7d32', REFORMED: '#e67e22',
    CASE: '#1f4e9c', STANDING: '#8e44ad', DESTROYED: '#7f8c8d' };

  function init(el) {
    if (!window.L || el.dataset.ready) { return; }
    el.dataset.ready = 'true';
    var map = L.map(el, { zoomSnap: 0.25, attributionControl: false });
    // the boundary lies under the markers, in its own pane
    map.createPane('boundary');
    map.getPane('boundary').style.zIndex = 350;
    var bounds = null;
    var markers = L.featureGroup().addTo(map);

    function fit() {
      var layers = markers.getLayers();
      if (layers.length === 1 && !el.dataset.pick) {
        map.setView(layers[0].getLatLng(), 12);
      } else if (layers.length > 1 && !el.dataset.pick) {
        map.fitBounds(markers.getBounds().pad(0.3));
      } else if (bounds) {
        map.fitBounds(bounds);
      } else {
        map.setView([16.0, 106.0], 6);
      }
    }

    var table = el.dataset.points && document.querySelector(el.dataset.points);
    if (table) {
      table.querySelectorAll('[data-lat]').forEach(function (row) {
        var lat = parseFloat(row.dataset.lat), lng = parseFloat(row.dataset.lng);
        if (isNaN(lat) || isNaN(lng)) { return; }
        var color = COLORS[row.dataset.state] || '#555';
        var marker = L.circleMarker([lat, lng], { radius: 8, color: '#fff', weight: 2, fillColor: color, fillOpacity: 0.9 });
        var label = document.createElement('a');
        label.textContent = row.dataset.name;
        label.href = row.dataset.href;
        marker.bindPopup(label);
        marker.addTo(markers);
      });
    }

    var pickMarker = null;
    var latInput = document.getElementById('latitude');
    var lngInput = document.getElementById('longitude');
    function place(lat, lng) {
      if (pickMarker) { pickMarker.setLatLng([lat, lng]); }
      else { pickMarker = L.circleMarker([lat, lng], { radius: 9, color: '#fff', weight: 2, fillColor: COLORS.ACTIVE, fillOpacity: 0.9 }).addTo(map); }
    }
    if (el.dataset.pick && latInput && lngInput) {
      if (latInput.value && lngInput.value) { place(parseFloat(latInput.value), parseFloat(lngInput.value)); }
      map.on('click', function (e) {
        latInput.value = e.latlng.lat.toFixed(6);
        lngInput.value = e.latlng.lng.toFixed(6);
        place(e.latlng.lat, e.latlng.lng);
      });
    }

    if (el.dataset.boundary) {
      fetch(el.dataset.boundary, { headers: { Accept: 'application/geo+json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (feature) {
          if (feature) {
            var layer = L.geoJSON(feature, { pane: 'boundary', interactive: false,
              style: { color: '#7a1f1f', weight: 2, fillColor: '#f3e9d2', fillOpacity: 0.6 } }).addTo(map);
            bounds = layer.getBounds();
          }
          fit();
          if (pickMarker && el.dataset.pick) { map.setView(pickMarker.getLatLng(), Math.max(map.getZoom(), 11)); }
          el.dataset.loaded = 'true';
        })
        .catch(function () { fit(); el.dataset.loaded = 'true'; });
    } else {
      fit();
      el.dataset.loaded = 'true';
    }
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.pcmt-map').forEach(init);
  });
})();
