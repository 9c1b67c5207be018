/*
 * The CX overview's charts: a sparkline per metric card and a trend per metric with its 95%
 * interval as a shaded band and the number of answers as bars. The band is drawn as polygons
 * (a custom series) because ECharts stacks a positive band onto a negative lower bound from zero,
 * which would misplace NPS intervals below 0.
 */
(function () {
  'use strict';
  var H = window.HamsafarCharts;
  if (!H) {
    return;
  }

  function fractionDigits(metric) {
    return metric === 'ces' ? 2 : 1;
  }

  function bandSegments(d) {
    var segments = [];
    for (var i = 0; i + 1 < d.labels.length; i++) {
      if (d.low[i] !== null && d.high[i] !== null && d.low[i + 1] !== null && d.high[i + 1] !== null) {
        segments.push([i, d.low[i], d.high[i], d.low[i + 1], d.high[i + 1]]);
      }
    }
    return segments;
  }

  function errorBars(d) {
    var bars = [];
    for (var i = 0; i < d.labels.length; i++) {
      if (d.low[i] !== null && d.high[i] !== null) {
        bars.push([i, d.low[i], d.high[i]]);
      }
    }
    return bars;
  }

  function trend(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var digitsAfter = fractionDigits(d.metric);
    var step = d.metric === 'ces' ? 1 : 10;
    H.init(element, {
      grid: { left: 48, right: 48, top: 24, bottom: 48 },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var i = items[0].dataIndex;
          var lines = [H.period(d.labels[i])];
          lines.push('<b>' + H.number(d.values[i], digitsAfter) + '</b>');
          if (d.low[i] !== null) {
            lines.push('95%: ' + H.number(d.low[i], digitsAfter) + ' – ' + H.number(d.high[i], digitsAfter));
          }
          lines.push('n = ' + H.number(d.n[i], 0));
          return lines.join('<br>');
        }
      },
      xAxis: {
        type: 'category', data: d.labels, boundaryGap: true,
        axisLabel: { formatter: function (label) { return H.period(label); }, hideOverlap: true }
      },
      yAxis: [
        {
          type: 'value', scale: true,
          // Round bounds to whole tens (NPS, CSAT) or points (CES), within the metric's range.
          min: function (extent) { return Math.max(d.min, Math.floor(extent.min / step) * step); },
          max: function (extent) { return Math.min(d.max, Math.ceil(extent.max / step) * step); },
          axisLabel: { formatter: function (v) { return H.number(v, 0); } }
        },
        {
          type: 'value', splitLine: { show: false }, minInterval: 1,
          axisLabel: { formatter: function (v) { return H.number(v, 0); }, color: H.colors.muted }
        }
      ],
      series: [
        {
          type: 'bar', name: 'n', yAxisIndex: 1, data: d.n, barMaxWidth: 18,
          itemStyle: { color: 'rgba(154, 167, 173, 0.35)' }, silent: true
        },
        {
          type: 'custom', name: 'ci', data: bandSegments(d), silent: true, z: 1,
          encode: { x: 0, y: [1, 2, 3, 4] },
          renderItem: function (params, api) {
            var i = api.value(0);
            return {
              type: 'polygon',
              shape: { points: [api.coord([i, api.value(1)]), api.coord([i, api.value(2)]),
                                api.coord([i + 1, api.value(4)]), api.coord([i + 1, api.value(3)])] },
              style: { fill: H.colors.brandLight }
            };
          }
        },
        {
          type: 'custom', name: 'ciBars', data: errorBars(d), silent: true, z: 2,
          encode: { x: 0, y: [1, 2] },
          renderItem: function (params, api) {
            var low = api.coord([api.value(0), api.value(1)]);
            var high = api.coord([api.value(0), api.value(2)]);
            return { type: 'line', shape: { x1: low[0], y1: low[1], x2: high[0], y2: high[1] },
                     style: { stroke: H.colors.brand, lineWidth: 1, opacity: 0.5 } };
          }
        },
        {
          type: 'line', name: d.metric, data: d.values, connectNulls: false, z: 3,
          symbolSize: 6, lineStyle: { width: 2, color: H.colors.brand }, itemStyle: { color: H.colors.brand }
        }
      ]
    });
  }

  function sparkline(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    H.init(element, {
      grid: { left: 2, right: 2, top: 4, bottom: 4 },
      xAxis: { type: 'category', show: false, data: d.labels, boundaryGap: false },
      yAxis: { type: 'value', show: false, scale: true },
      series: [{ type: 'line', data: d.values, connectNulls: true, symbol: 'none', silent: true,
                 lineStyle: { width: 2, color: H.colors.brand }, areaStyle: { color: H.colors.brandLight } }]
    });
  }

  document.querySelectorAll('.cx-trend').forEach(trend);
  document.querySelectorAll('.cx-sparkline').forEach(sparkline);
})();
