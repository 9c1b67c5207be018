/*
 * The text analytics trend: texts per period stacked by sentiment (bars, left axis) and the mean
 * sentiment score per period (line, right axis, -1..1, two decimals). A period the range covers only
 * in part (data-chart's partial) has paler bars, a hollow point and a note in its tooltip, so that
 * its lower counts are not read as a drop. Series names come from data-name-* attributes in the
 * page's language; data from data-chart.
 */
(function () {
  'use strict';
  var H = window.HamsafarCharts;
  if (!H) {
    return;
  }

  function trend(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    function name(key) {
      return element.getAttribute('data-name-' + key) || key;
    }
    // The tooltip's coloured dot keeps its gap on the side of the text in right-to-left pages too.
    function marker(html) {
      return H.rtl ? String(html).replace('margin-right', 'margin-left') : html;
    }
    var partial = d.partial || [];
    var scoreFormat = new Intl.NumberFormat(H.persian ? 'fa-IR' : 'en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    function score(value) {
      return value === null || value === undefined ? '–' : scoreFormat.format(value);
    }
    var colours = { positive: H.colors.good, neutral: H.colors.neutral, negative: H.colors.bad };
    var bars = ['positive', 'neutral', 'negative'].map(function (key) {
      return {
        type: 'bar', name: name(key), stack: 'texts', barMaxWidth: 28, itemStyle: { color: colours[key] },
        data: d[key].map(function (value, i) {
          return partial[i] ? { value: value, itemStyle: { opacity: 0.4 } } : value;
        })
      };
    });
    bars.push({
      type: 'line', name: name('average'), yAxisIndex: 1, connectNulls: false, z: 3,
      symbolSize: 6, lineStyle: { width: 2, color: H.colors.brand }, itemStyle: { color: H.colors.brand },
      data: d.average.map(function (value, i) {
        return partial[i] && value !== null ? { value: value, symbol: 'emptyCircle', symbolSize: 8 } : value;
      })
    });
    // ECharts lays a legend out left to right with the symbol first: in right-to-left pages the
    // names go in reverse and the symbols to their right, so that they read from the right.
    var legendNames = bars.map(function (series) { return series.name; });
    H.init(element, {
      grid: { left: 48, right: 48, top: 40, bottom: 48 },
      legend: {
        top: 0, textStyle: { fontFamily: 'inherit' },
        data: H.rtl ? legendNames.reverse() : legendNames, align: H.rtl ? 'right' : 'auto'
      },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var index = items[0].dataIndex;
          var lines = [H.period(d.labels[index])];
          if (partial[index]) {
            lines.push('<i>' + name('partial') + '</i>');
          }
          items.forEach(function (item) {
            var value = item.seriesType === 'line' ? score(item.value) : H.number(item.value, 0);
            lines.push(marker(item.marker) + item.seriesName + ': ' + value);
          });
          return lines.join('<br>');
        }
      },
      xAxis: {
        type: 'category', data: d.labels,
        axisLabel: { formatter: function (label) { return H.period(label); }, hideOverlap: true }
      },
      yAxis: [
        {
          type: 'value', minInterval: 1,
          axisLabel: { formatter: function (v) { return H.number(v, 0); } }
        },
        {
          type: 'value', min: -1, max: 1, interval: 0.5, splitLine: { show: false },
          axisLabel: { formatter: function (v) { return H.number(v, 1); }, color: H.colors.muted }
        }
      ],
      series: bars
    });
  }

  document.querySelectorAll('.text-trend').forEach(trend);
})();
