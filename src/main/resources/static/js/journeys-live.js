/*
 * The live journey page's chart: the designed emotion of each stage (-2..+2, as the map states it)
 * against the actual one (twice the mean intensity of the scored answers and texts there), as two
 * lines over the stages in order. Data come from the data-chart attribute; series names from the
 * data-name-* attributes, in the page's language. In right-to-left pages the stages run from right
 * to left. A stage with no answers or texts has no actual point (the line breaks there).
 */
(function () {
  'use strict';
  var H = window.HamsafarCharts;
  if (!H) {
    return;
  }

  function emotionChart(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var designedName = element.getAttribute('data-name-designed');
    var actualName = element.getAttribute('data-name-actual');
    var names = [designedName, actualName];
    H.init(element, {
      legend: { top: 0, data: H.rtl ? names.slice().reverse() : names, align: H.rtl ? 'right' : 'auto' },
      grid: { left: 56, right: 56, top: 40, bottom: 48 },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var lines = [d.labels[items[0].dataIndex]];
          items.forEach(function (item) {
            lines.push(item.marker + item.seriesName + ': <b>' + (item.value === null || item.value === undefined ? '–' : H.number(item.value, 2)) + '</b>');
          });
          return lines.join('<br>');
        }
      },
      xAxis: {
        type: 'category', data: d.labels, inverse: H.rtl, boundaryGap: true,
        axisLabel: { interval: 0, width: 110, overflow: 'truncate' }
      },
      yAxis: {
        type: 'value', min: -2, max: 2, interval: 1, position: H.rtl ? 'right' : 'left',
        axisLabel: { formatter: function (v) { return H.number(v, 0); } },
        splitLine: { lineStyle: { type: 'dashed' } }
      },
      series: [
        {
          type: 'line', name: designedName, data: d.designed, connectNulls: true, symbol: 'diamond', symbolSize: 10,
          lineStyle: { type: 'dashed', width: 2, color: H.colors.muted }, itemStyle: { color: H.colors.muted }
        },
        {
          type: 'line', name: actualName, data: d.actual, connectNulls: false, symbol: 'circle', symbolSize: 10,
          lineStyle: { width: 3, color: H.colors.brand },
          itemStyle: {
            color: function (p) {
              return p.value < -0.4 ? H.colors.bad : p.value > 0.4 ? H.colors.good : H.colors.neutral;
            }
          }
        }
      ]
    });
  }

  function start() {
    var element = document.getElementById('emotionChart');
    if (element) {
      emotionChart(element);
    }
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
