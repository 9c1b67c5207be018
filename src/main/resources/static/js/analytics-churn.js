/*
 * The churn page's charts: the holdout ROC curve against chance, the largest standardised
 * coefficients as horizontal bars (red raises the risk, green lowers it) and the histogram of
 * current customers' risks. Data come from data-chart attributes; names from data-name-*.
 */
(function () {
  'use strict';
  var H = window.HamsafarCharts;
  if (!H) {
    return;
  }

  function roc(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    H.init(element, {
      grid: { left: 56, right: 24, top: 16, bottom: 48 },
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          return element.getAttribute('data-name-fpr') + ': ' + H.number(p.value[0], 3) + '<br>'
            + element.getAttribute('data-name-tpr') + ': ' + H.number(p.value[1], 3);
        }
      },
      xAxis: {
        type: 'value', min: 0, max: 1, inverse: H.rtl, name: element.getAttribute('data-name-fpr'), nameLocation: 'middle', nameGap: 28,
        axisLabel: { formatter: function (v) { return H.number(v, 1); } }
      },
      yAxis: {
        type: 'value', min: 0, max: 1, position: H.rtl ? 'right' : 'left', name: element.getAttribute('data-name-tpr'),
        nameLocation: 'middle', nameGap: 36, axisLabel: { formatter: function (v) { return H.number(v, 1); } }
      },
      series: [
        { type: 'line', data: d.points, showSymbol: false, lineStyle: { color: H.colors.brand, width: 2 },
          areaStyle: { color: H.colors.brandLight } },
        { type: 'line', name: element.getAttribute('data-name-chance'), data: [[0, 0], [1, 1]], showSymbol: false, silent: true,
          lineStyle: { color: H.colors.muted, type: 'dashed', width: 1 } }
      ]
    });
  }

  function coefficients(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var features = d.features.slice().reverse();
    var values = d.values.slice().reverse();
    H.init(element, {
      grid: { left: H.rtl ? 24 : 190, right: H.rtl ? 190 : 24, top: 8, bottom: 32 },
      tooltip: {
        trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: function (items) {
          var v = items[0].value;
          return items[0].name + '<br><b>' + H.number(v, 3) + '</b> ('
            + element.getAttribute(v > 0 ? 'data-name-raises' : 'data-name-lowers') + ')';
        }
      },
      xAxis: { type: 'value', inverse: H.rtl, axisLabel: { formatter: function (v) { return H.number(v, 1); } } },
      yAxis: { type: 'category', data: features, position: H.rtl ? 'right' : 'left', axisLabel: { width: 180, overflow: 'truncate' } },
      series: [{
        type: 'bar', barMaxWidth: 18,
        data: values.map(function (v) { return { value: v, itemStyle: { color: v > 0 ? H.colors.bad : H.colors.good } }; })
      }]
    });
  }

  function distribution(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var percent = H.persian ? '٪' : '%';
    var labels = d.bins.map(function (n, i) { return H.number(i * 10, 0) + '–' + H.number(i * 10 + 10, 0) + percent; });
    H.init(element, {
      grid: { left: 56, right: 24, top: 16, bottom: 40 },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          return labels[items[0].dataIndex] + '<br><b>' + H.number(items[0].value, 0) + '</b> ' + element.getAttribute('data-name-n');
        }
      },
      xAxis: { type: 'category', data: labels, inverse: H.rtl },
      yAxis: { type: 'value', minInterval: 1, position: H.rtl ? 'right' : 'left', axisLabel: { formatter: function (v) { return H.number(v, 0); } } },
      series: [{
        type: 'bar', barCategoryGap: '10%',
        data: d.bins.map(function (n, i) {
          // coloured by the bin's middle against the bands: high from 0.5, medium from 0.25
          var middle = i / 10 + 0.05;
          return { value: n, itemStyle: { color: middle >= 0.5 ? H.colors.bad : middle >= 0.25 ? H.colors.neutral : H.colors.good } };
        })
      }]
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var r = document.getElementById('rocChart');
    var c = document.getElementById('coefficientChart');
    var h = document.getElementById('distributionChart');
    if (r) { roc(r); }
    if (c) { coefficients(c); }
    if (h) { distribution(h); }
  });
})();
