// Charts of the plan dashboard: every element with class "pcmt-chart" carries its ECharts option as JSON in
// data-option (built by the server, so the figures are the ones of the table beside it).
(function () {
  function draw() {
    document.querySelectorAll('.pcmt-chart[data-option]').forEach(function (el) {
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(JSON.parse(el.dataset.option));
      el.dataset.drawn = 'true';
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
