/*
 * The CX goals page: a small trend line per goal (its recorded measurements) with the target as a
 * dashed line. Data come from each chart element's data-chart attribute.
 */
(function () {
  'use strict';

  function draw(element) {
    var C = window.HamsafarCharts;
    var data = C.data(element);
    if (!data) {
      return;
    }
    var values = data.values.map(function (v) { return v === null ? null : Number(v); });
    var present = values.filter(function (v) { return v !== null; }).concat([data.target, data.baseline]);
    var low = Math.min.apply(null, present);
    var high = Math.max.apply(null, present);
    var pad = (high - low) * 0.15 || 1;
    C.init(element, {
      grid: { left: 4, right: 4, top: 8, bottom: 4, containLabel: false },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var item = items[0];
          return C.digits(item.axisValue) + '<br>' + (item.value === null ? '–' : C.number(item.value, 1));
        }
      },
      xAxis: { type: 'category', data: data.labels, show: false, inverse: C.rtl, boundaryGap: false },
      yAxis: { type: 'value', show: false, min: low - pad, max: high + pad },
      series: [{
        type: 'line', data: values, symbolSize: 5, connectNulls: true, lineStyle: { color: C.colors.brand, width: 2 },
        itemStyle: { color: C.colors.brand },
        markLine: {
          silent: true, symbol: 'none', label: { show: true, position: 'insideEndTop', formatter: element.getAttribute('data-name-target') },
          lineStyle: { type: 'dashed', color: C.colors.good }, data: [{ yAxis: data.target }]
        }
      }]
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.goal-trend').forEach(draw);
  });
})();
