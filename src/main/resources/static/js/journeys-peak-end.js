/*
 * The peak-end page's charts: the histogram of peak-end scores, the two predictors' correlations
 * with the next NPS answer and AUCs for a repurchase with their 95% intervals, and bubble plots of
 * each predictor against the next NPS answer (bubble area: number of journeys). Data come from
 * data-chart attributes; series names from data-name-* attributes, in the page's language. In
 * right-to-left pages the horizontal axes run from right to left.
 */
(function () {
  'use strict';
  var H = window.HamsafarCharts;
  if (!H) {
    return;
  }

  function colorOf(value) {
    return value < -0.2 ? H.colors.bad : value > 0.2 ? H.colors.good : H.colors.neutral;
  }

  function histogram(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var labels = d.from.map(function (from) {
      return H.number(from, 1) + ' … ' + H.number(from + d.width, 1);
    });
    H.init(element, {
      grid: { left: 48, right: 48, top: 16, bottom: 56 },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          return labels[items[0].dataIndex] + '<br><b>' + H.number(items[0].value, 0) + '</b> ' + element.getAttribute('data-name-n');
        }
      },
      xAxis: {
        type: 'category', data: labels, inverse: H.rtl,
        axisLabel: { interval: 1, rotate: 45, formatter: function (label, i) { return H.number(d.from[i], 1); } }
      },
      yAxis: {
        type: 'value', minInterval: 1, position: H.rtl ? 'right' : 'left',
        axisLabel: { formatter: function (v) { return H.number(v, 0); } }
      },
      series: [{
        type: 'bar', name: element.getAttribute('data-name-n'), barCategoryGap: '10%',
        data: d.journeys.map(function (n, i) {
          return { value: n, itemStyle: { color: colorOf(d.from[i] + d.width / 2) } };
        })
      }]
    });
  }

  function predictors(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var names = [element.getAttribute('data-name-peak-end'), element.getAttribute('data-name-average')];
    var measures = [];
    ['pearson', 'spearman', 'auc'].forEach(function (key) {
      if (d[key]) {
        measures.push({ key: key, name: element.getAttribute('data-name-' + key), values: d[key] });
      }
    });
    var categories = measures.map(function (m) { return m.name; });
    var colors = [H.colors.brand, H.colors.muted];
    var series = [];
    names.forEach(function (name, p) {
      series.push({
        type: 'bar', name: name, barMaxWidth: 28, itemStyle: { color: colors[p] },
        data: measures.map(function (m) { return m.values[p][0]; })
      });
    });
    names.forEach(function (name, p) {
      series.push({
        type: 'custom', name: name, silent: true, z: 5,
        data: measures.map(function (m, i) { return [i, m.values[p][1], m.values[p][2]]; })
          .filter(function (v) { return v[1] !== null && v[2] !== null; }),
        encode: { x: 0, y: [1, 2] },
        renderItem: function (params, api) {
          // The error bar sits over its bar: bars of one category are side by side, a third of the band apart.
          var band = api.size([1, 0])[0];
          var shift = (p === 0 ? -1 : 1) * band * 0.16 * (H.rtl ? -1 : 1);
          var low = api.coord([api.value(0), api.value(1)]);
          var high = api.coord([api.value(0), api.value(2)]);
          var x = low[0] + shift;
          var style = { stroke: '#1d2b33', lineWidth: 1.5 };
          return {
            type: 'group', children: [
              { type: 'line', shape: { x1: x, y1: low[1], x2: x, y2: high[1] }, style: style },
              { type: 'line', shape: { x1: x - 5, y1: low[1], x2: x + 5, y2: low[1] }, style: style },
              { type: 'line', shape: { x1: x - 5, y1: high[1], x2: x + 5, y2: high[1] }, style: style }
            ]
          };
        }
      });
    });
    H.init(element, {
      legend: { top: 0, data: H.rtl ? names.slice().reverse() : names, align: H.rtl ? 'right' : 'auto' },
      grid: { left: 48, right: 48, top: 36, bottom: 32 },
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          if (item.seriesType !== 'bar') {
            return '';
          }
          var m = measures[item.dataIndex];
          var v = m.values[item.seriesIndex];
          var text = m.name + ' · ' + item.seriesName + '<br><b>' + H.number(v[0], 2) + '</b>';
          if (v[1] !== null) {
            text += '<br>95%: ' + H.number(v[1], 2) + ' – ' + H.number(v[2], 2);
          }
          return text;
        }
      },
      xAxis: { type: 'category', data: categories, inverse: H.rtl, axisLabel: { interval: 0 } },
      yAxis: {
        type: 'value', min: function (extent) { return Math.min(0, Math.floor(extent.min * 5) / 5); }, max: 1, interval: 0.2,
        position: H.rtl ? 'right' : 'left', axisLabel: { formatter: function (v) { return H.number(v, 1); } }
      },
      series: series
    });
  }

  function scatter(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var largest = d.points.reduce(function (max, p) { return Math.max(max, p[2]); }, 1);
    H.init(element, {
      grid: { left: 48, right: 48, top: 16, bottom: 48 },
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          var p = item.value;
          return element.getAttribute('data-name-x') + ': ' + H.number(p[0], 1) + '<br>' + element.getAttribute('data-name-y') + ': '
            + H.number(p[1], 0) + '<br><b>' + H.number(p[2], 0) + '</b> ' + element.getAttribute('data-name-n');
        }
      },
      xAxis: {
        type: 'value', min: -1, max: 1, interval: 0.5, inverse: H.rtl, name: element.getAttribute('data-name-x'),
        nameLocation: 'middle', nameGap: 28, axisLabel: { formatter: function (v) { return H.number(v, 1); } }
      },
      yAxis: {
        type: 'value', min: 0, max: 10, interval: 2, position: H.rtl ? 'right' : 'left',
        axisLabel: { formatter: function (v) { return H.number(v, 0); } }
      },
      series: [{
        type: 'scatter', data: d.points,
        symbolSize: function (p) { return 6 + 26 * Math.sqrt(p[2] / largest); },
        itemStyle: { color: H.colors.brand, opacity: 0.6 }
      }]
    });
  }

  var histogramElement = document.getElementById('histogram');
  if (histogramElement) {
    histogram(histogramElement);
  }
  var predictorElement = document.getElementById('predictorChart');
  if (predictorElement) {
    predictors(predictorElement);
  }
  document.querySelectorAll('.peak-end-scatter').forEach(scatter);
})();
