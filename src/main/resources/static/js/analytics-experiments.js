/*
 * The experiments page's charts: each variant's rate (or mean value) as a bar with its confidence
 * interval as an error bar, the control first. Data come from data-chart attributes
 * ({unit, rows: [[name, value, low, high]]}); series names from data-name-* attributes. In
 * right-to-left pages the category axis runs from right to left.
 */
(function () {
  'use strict';
  var H = window.HamsafarCharts;
  if (!H) {
    return;
  }

  function variants(element) {
    var d = H.data(element);
    if (!d || !d.rows) {
      return;
    }
    var names = d.rows.map(function (r) { return r[0]; });
    var digits = d.unit === '%' ? 2 : 0;
    var unit = d.unit === '%' ? (H.persian ? '٪' : '%') : '';
    H.init(element, {
      grid: { left: 56, right: 56, top: 16, bottom: 32 },
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          var r = d.rows[item.dataIndex];
          var text = r[0] + '<br><b>' + H.number(r[1], digits) + unit + '</b>';
          if (r[2] !== null && r[3] !== null) {
            text += '<br>' + element.getAttribute('data-name-interval') + ': ' + H.number(r[2], digits) + ' – ' + H.number(r[3], digits) + unit;
          }
          return text;
        }
      },
      xAxis: { type: 'category', data: names, inverse: H.rtl, axisLabel: { interval: 0 } },
      yAxis: {
        type: 'value', position: H.rtl ? 'right' : 'left', scale: false,
        axisLabel: { formatter: function (v) { return H.number(v, 0) + unit; } }
      },
      series: [{
        type: 'bar', name: element.getAttribute('data-name-value'), barMaxWidth: 48,
        data: d.rows.map(function (r, i) { return { value: r[1], itemStyle: { color: i === 0 ? H.colors.muted : H.colors.brand } }; })
      }, {
        type: 'custom', name: element.getAttribute('data-name-interval'), silent: true, z: 5,
        data: d.rows.map(function (r, i) { return [i, r[2], r[3]]; }).filter(function (v) { return v[1] !== null && v[2] !== null; }),
        encode: { x: 0, y: [1, 2] },
        renderItem: function (params, api) {
          var low = api.coord([api.value(0), api.value(1)]);
          var high = api.coord([api.value(0), api.value(2)]);
          var style = { stroke: '#1d2b33', lineWidth: 1.5 };
          return {
            type: 'group', children: [
              { type: 'line', shape: { x1: low[0], y1: low[1], x2: low[0], y2: high[1] }, style: style },
              { type: 'line', shape: { x1: low[0] - 6, y1: low[1], x2: low[0] + 6, y2: low[1] }, style: style },
              { type: 'line', shape: { x1: low[0] - 6, y1: high[1], x2: low[0] + 6, y2: high[1] }, style: style }
            ]
          };
        }
      }]
    });
  }

  function start() {
    document.querySelectorAll('.experiment-chart').forEach(variants);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
