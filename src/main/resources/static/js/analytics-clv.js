/*
 * The lifetime-value page's charts: mean predicted and actual holdout purchases by calibration
 * repeat purchases (bars), cumulative repeat purchases actual and predicted with the end of
 * calibration marked (lines), and the histogram of P(alive). Data come from data-chart attributes;
 * names from data-name-*. Dates are UTC days, shown in the Persian calendar in fa.
 */
(function () {
  'use strict';
  var H = window.HamsafarCharts;
  if (!H) {
    return;
  }
  var dayFormat = new Intl.DateTimeFormat(H.persian ? 'fa-IR-u-ca-persian' : 'en-GB',
    { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });

  function day(iso) {
    return dayFormat.format(new Date(iso + 'T12:00:00Z'));
  }

  function holdout(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var actual = element.getAttribute('data-name-actual');
    var predicted = element.getAttribute('data-name-predicted');
    H.init(element, {
      grid: { left: H.rtl ? 24 : 48, right: H.rtl ? 48 : 24, top: 32, bottom: 48 },
      legend: { data: [actual, predicted], top: 0 },
      tooltip: {
        trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: function (items) {
          var g = d.groups[items[0].dataIndex];
          return element.getAttribute('data-name-x') + ': ' + H.digits(g.x) + ' (' + H.number(g.customers, 0) + ')<br>'
            + items.map(function (i) { return i.seriesName + ': <b>' + H.number(i.value, 2) + '</b>'; }).join('<br>');
        }
      },
      xAxis: {
        type: 'category', inverse: H.rtl, data: d.groups.map(function (g) { return H.digits(g.x); }),
        name: element.getAttribute('data-name-x'), nameLocation: 'middle', nameGap: 28
      },
      yAxis: { type: 'value', position: H.rtl ? 'right' : 'left', axisLabel: { formatter: function (v) { return H.number(v, 1); } } },
      series: [
        { name: actual, type: 'bar', data: d.groups.map(function (g) { return g.actual; }), itemStyle: { color: H.colors.muted } },
        { name: predicted, type: 'bar', data: d.groups.map(function (g) { return g.predicted; }), itemStyle: { color: H.colors.brand } }
      ]
    });
  }

  function tracking(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var actual = element.getAttribute('data-name-actual');
    var predicted = element.getAttribute('data-name-predicted');
    var labels = d.points.map(function (p) { return day(p.end); });
    var endIndex = d.points.findIndex(function (p) { return p.end >= d.calibrationEnd; });
    H.init(element, {
      grid: { left: H.rtl ? 24 : 64, right: H.rtl ? 64 : 24, top: 40, bottom: 56 },
      legend: { data: [actual, predicted], top: 0 },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          return labels[items[0].dataIndex] + '<br>'
            + items.map(function (i) { return i.seriesName + ': <b>' + H.number(i.value, 0) + '</b>'; }).join('<br>');
        }
      },
      xAxis: { type: 'category', data: labels, inverse: H.rtl, boundaryGap: false },
      yAxis: { type: 'value', position: H.rtl ? 'right' : 'left', axisLabel: { formatter: function (v) { return H.number(v, 0); } } },
      series: [
        { name: actual, type: 'line', showSymbol: false, data: d.points.map(function (p) { return p.actual; }),
          lineStyle: { color: H.colors.muted, width: 2 }, itemStyle: { color: H.colors.muted },
          markLine: endIndex < 0 ? undefined : {
            symbol: 'none', silent: true, lineStyle: { color: H.colors.bad, type: 'dashed' },
            label: { formatter: element.getAttribute('data-name-end'), position: 'insideEndTop' }, data: [{ xAxis: endIndex }]
          } },
        { name: predicted, type: 'line', showSymbol: false, data: d.points.map(function (p) { return p.predicted; }),
          lineStyle: { color: H.colors.brand, width: 2, type: 'dashed' }, itemStyle: { color: H.colors.brand } }
      ]
    });
  }

  function alive(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var percent = H.persian ? '٪' : '%';
    var labels = d.bins.map(function (n, i) { return H.number(i * 10, 0) + '–' + H.number(i * 10 + 10, 0) + percent; });
    H.init(element, {
      grid: { left: H.rtl ? 24 : 56, right: H.rtl ? 56 : 24, top: 16, bottom: 40 },
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
          // coloured by the bin's middle against the statuses: active from 0.7, at risk from 0.3
          var middle = i / 10 + 0.05;
          return { value: n, itemStyle: { color: middle >= 0.7 ? H.colors.good : middle >= 0.3 ? H.colors.neutral : H.colors.bad } };
        })
      }]
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var h = document.getElementById('clvHoldoutChart');
    var t = document.getElementById('clvTrackingChart');
    var a = document.getElementById('clvAliveChart');
    if (h) { holdout(h); }
    if (t) { tracking(t); }
    if (a) { alive(a); }
  });
})();
