// The national dashboard's map (ADR 054): the 34 provinces' boundaries (/units/boundaries, no tile server), each
// shaded like its row of the table beside it (data-shade 0-5, or data-status when a target is chosen); a click opens
// the province's own dashboard (data-href). The tiles under the map stay for those without JavaScript.
(function () {
  'use strict';
  var SHADES = ['#e9ecef', '#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'];
  var STATUS = { MET: '#198754', ON_TRACK: '#0dcaf0', AT_RISK: '#ffc107', MISSED: '#dc3545', NO_DATA: '#e9ecef' };

  function init(el) {
    if (!window.L || el.dataset.ready) { return; }
    el.dataset.ready = 'true';
    var rows = {};
    document.querySelectorAll(el.dataset.rows + ' tbody tr[data-code]').forEach(function (row) {
      rows[row.dataset.code] = row;
    });
    var byStatus = el.dataset.byStatus === 'true';
    var map = L.map(el, { zoomSnap: 0.25, attributionControl: false });
    map.setView([16.0, 106.0], 5);
    fetch(el.dataset.boundaries, { headers: { Accept: 'application/geo+json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (collection) {
        if (!collection) { el.dataset.loaded = 'true'; return; }
        var layer = L.geoJSON(collection, {
          style: function (feature) {
            var row = rows[feature.id];
            var fill = SHADES[0];
            if (row && byStatus) { fill = STATUS[row.dataset.status] || SHADES[0]; }
            else if (row) { fill = SHADES[parseInt(row.dataset.shade || '0', 10)] || SHADES[0]; }
            return { color: '#555', weight: 1, fillColor: fill, fillOpacity: 0.85 };
          },
          onEachFeature: function (feature, lyr) {
            var row = rows[feature.id];
            if (!row) { return; }
            var value = row.querySelector('td[data-metric]');
            lyr.bindTooltip(row.dataset.name + ': ' + (value ? value.textContent.trim() : ''), { sticky: true });
            lyr.on('click', function () { if (row.dataset.href) { window.location.href = row.dataset.href; } });
            lyr.feature.properties.shaded = true;
          }
        }).addTo(map);
        map.fitBounds(layer.getBounds(), { padding: [4, 4] });
        el.dataset.features = String(layer.getLayers().length);
        el.dataset.loaded = 'true';
        document.documentElement.classList.add('js-map');
      })
      .catch(function () { el.dataset.loaded = 'true'; });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.pcmt-overview-map').forEach(init);
  });
})();
