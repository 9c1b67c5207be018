/*
 * The forecast page's chart: observed values, one-step fitted values, the forecast with its
 * prediction interval (dashed bounds) and the flagged anomalies as red points.
 */
(function () {
  'use strict';

  function draw(element) {
    var C = window.HamsafarCharts;
    var d = C.data(element);
    if (!d) {
      return;
    }
    function name(key) {
      return element.getAttribute('data-name-' + key);
    }
    C.init(element, {
      grid: { left: 56, right: 24, top: 32, bottom: 48 },
      legend: { top: 0 },
      tooltip: {
        trigger: 'axis',
        valueFormatter: function (v) { return v === null || v === undefined ? '–' : C.number(v, 1); }
      },
      xAxis: { type: 'category', data: d.labels, inverse: C.rtl, axisLabel: { formatter: function (v) { return v; } } },
      yAxis: { type: 'value', position: C.rtl ? 'right' : 'left', axisLabel: { formatter: function (v) { return C.number(v, 1); } } },
      series: [
        { name: name('observed'), type: 'line', data: d.observed, symbol: 'none', lineStyle: { color: C.colors.brand, width: 2 },
          itemStyle: { color: C.colors.brand } },
        { name: name('fitted'), type: 'line', data: d.fitted, symbol: 'none', lineStyle: { color: C.colors.muted, width: 1 },
          itemStyle: { color: C.colors.muted } },
        { name: name('forecast'), type: 'line', data: d.forecast, symbol: 'circle', symbolSize: 4,
          lineStyle: { color: C.colors.neutral, width: 2 }, itemStyle: { color: C.colors.neutral } },
        { name: name('lower'), type: 'line', data: d.lower, symbol: 'none', lineStyle: { type: 'dashed', color: C.colors.neutral, width: 1 },
          itemStyle: { color: C.colors.neutral } },
        { name: name('upper'), type: 'line', data: d.upper, symbol: 'none', lineStyle: { type: 'dashed', color: C.colors.neutral, width: 1 },
          itemStyle: { color: C.colors.neutral } },
        { name: name('anomaly'), type: 'scatter', data: d.anomalies, symbolSize: 9, itemStyle: { color: C.colors.bad } }
      ]
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var chart = document.getElementById('forecastChart');
    if (chart) {
      draw(chart);
    }
  });
})();
