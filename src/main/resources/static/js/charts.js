// Charts of the plan dashboard: every element with class "pcmt-chart" carries its ECharts option as JSON in
// data-option (built by the server, so the figures are the ones of the table beside it).
(function () {
  // numbers as the page's language writes them (11.000 in Vietnamese, 11,000 in English), on the value axes and in
  // the tooltip, as in the table under each chart; JSON cannot carry the formatter, so it is added here
  var numbers = new Intl.NumberFormat(document.documentElement.lang || 'vi', { maximumFractionDigits: 1 });
  function format(v) {
    return v === null || v === undefined || v === '' || isNaN(v) ? '—' : numbers.format(v);
  }
  function localised(option) {
    ['xAxis', 'yAxis'].forEach(function (name) {
      [].concat(option[name] || []).forEach(function (axis) {
        if (axis && (axis.type === 'value' || (name === 'yAxis' && !axis.type))) {
          axis.axisLabel = axis.axisLabel || {};
          if (!axis.axisLabel.formatter) {
            axis.axisLabel.formatter = format;
          }
        }
      });
    });
    if (option.tooltip && !option.tooltip.valueFormatter) {
      option.tooltip.valueFormatter = format;
    }
    return option;
  }
  function draw() {
    document.querySelectorAll('.pcmt-chart[data-option]').forEach(function (el) {
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption(localised(JSON.parse(el.dataset.option)));
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
