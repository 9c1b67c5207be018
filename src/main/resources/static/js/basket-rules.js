/*
 * The basket rules page: a scatter of the rules, support (x) against confidence (y), coloured by
 * lift (a continuous visual map), from the data-chart attribute written by the server; and the
 * rules table sorted by a column when its header button is pressed (again: the other direction).
 */
(function () {
  'use strict';

  function escape(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function chart(element) {
    var H = window.HamsafarCharts;
    var d = H && H.data(element);
    if (!d || !d.points.length) {
      return;
    }
    var lifts = d.points.map(function (p) { return p[2]; });
    var percent = function (value) { return H.number(value * 100, 1) + (H.persian ? '٪' : '%'); };
    H.init(element, {
      grid: { left: H.rtl ? 24 : 72, right: H.rtl ? 72 : 24, top: 24, bottom: 80 },
      tooltip: {
        formatter: function (item) {
          var p = item.value;
          return escape(p[3]) + '<br>' + d.names.support + ': ' + percent(p[0]) + '<br>' + d.names.confidence + ': ' + percent(p[1])
            + '<br>' + d.names.lift + ': <b>' + H.number(p[2], 2) + '</b>';
        }
      },
      xAxis: { type: 'value', name: d.names.support, nameLocation: 'middle', nameGap: 28, inverse: H.rtl, scale: true,
               axisLabel: { formatter: percent } },
      yAxis: { type: 'value', name: d.names.confidence, nameLocation: 'middle', nameGap: 48, position: H.rtl ? 'right' : 'left',
               scale: true, max: 1, axisLabel: { formatter: percent } },
      visualMap: { type: 'continuous', dimension: 2, min: Math.min.apply(null, lifts), max: Math.max.apply(null, lifts),
                   orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 120, text: [d.names.lift, ''],
                   calculable: false, inRange: { color: ['#cfe6e6', H.colors.brand, '#08393a'] },
                   formatter: function (value) { return H.number(value, 1); } },
      series: [{ type: 'scatter', symbolSize: 9, data: d.points, itemStyle: { opacity: 0.85 } }]
    });
  }

  function sortable(table) {
    var body = table.tBodies[0];
    var state = { key: 'lift', descending: true };
    table.querySelectorAll('button.sort').forEach(function (button) {
      button.addEventListener('click', function () {
        var key = button.getAttribute('data-sort');
        state.descending = state.key === key ? !state.descending : true;
        state.key = key;
        var rows = Array.prototype.slice.call(body.rows);
        rows.sort(function (a, b) {
          var diff = Number(a.getAttribute('data-' + key)) - Number(b.getAttribute('data-' + key));
          return state.descending ? -diff : diff;
        });
        rows.forEach(function (row) { body.appendChild(row); });
        table.querySelectorAll('th').forEach(function (th) { th.removeAttribute('aria-sort'); });
        button.closest('th').setAttribute('aria-sort', state.descending ? 'descending' : 'ascending');
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var element = document.getElementById('basketChart');
    if (element) {
      chart(element);
    }
    var table = document.getElementById('rulesTable');
    if (table) {
      sortable(table);
    }
  });
})();
