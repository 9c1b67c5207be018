/*
 * The clusters page's chart: the mean silhouette for each number of clusters tried, the chosen k
 * marked. Data come from the data-chart attribute; names from data-name-* in the page's language.
 */
(function () {
  'use strict';
  var H = window.HamsafarCharts;
  var element = document.getElementById('silhouetteChart');
  if (!H || !element) {
    return;
  }
  var rows = H.data(element) || [];
  var chosen = Number(element.getAttribute('data-chosen'));
  H.init(element, {
    grid: { left: 48, right: 24, top: 16, bottom: 36 },
    tooltip: {
      trigger: 'axis',
      formatter: function (items) {
        return element.getAttribute('data-name-k') + ' = ' + H.number(rows[items[0].dataIndex].k, 0) + '<br><b>'
          + H.number(items[0].value, 3) + '</b> ' + element.getAttribute('data-name-silhouette');
      }
    },
    xAxis: {
      type: 'category', inverse: H.rtl, name: element.getAttribute('data-name-k'),
      data: rows.map(function (r) { return H.number(r.k, 0); })
    },
    yAxis: {
      type: 'value', position: H.rtl ? 'right' : 'left',
      axisLabel: { formatter: function (v) { return H.number(v, 2); } }
    },
    series: [{
      type: 'line', name: element.getAttribute('data-name-silhouette'),
      data: rows.map(function (r) {
        return { value: r.silhouette, itemStyle: { color: r.k === chosen ? H.colors.good : H.colors.brand },
          symbolSize: r.k === chosen ? 12 : 6 };
      }),
      lineStyle: { color: H.colors.brand }
    }]
  });
})();
