/*
 * The key-driver page: choosing another survey reloads the page for it (its own questions); the
 * relative weights as bars (share of R²), each driver in the importance × performance plane with
 * the quadrant lines at the averages, and the correlation heatmap (-1 red … +1 teal). Data come
 * from data-chart attributes; names from data-name-* attributes, in the page's language.
 */
(function () {
  'use strict';
  var survey = document.getElementById('survey');
  if (survey) {
    survey.addEventListener('change', function () {
      survey.form.querySelectorAll('[name=outcome],[name=drivers]').forEach(function (e) { e.disabled = true; });
      survey.form.submit();
    });
  }
  var H = window.HamsafarCharts;
  if (!H) {
    return;
  }
  var quadrantColors = { improve: H.colors.bad, maintain: H.colors.good, monitor: H.colors.muted, surplus: H.colors.neutral };

  function weights(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var percent = H.persian ? '٪' : '%';
    // Each bar carries its rank and full question above it: question texts are too long for an axis.
    H.init(element, {
      grid: { left: 16, right: 16, top: 8, bottom: 28 },
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          return d.drivers[item.dataIndex][1] + '<br><b>' + H.number(item.value, 1) + percent + '</b> ' + element.getAttribute('data-name-share');
        }
      },
      xAxis: { type: 'value', inverse: H.rtl, axisLabel: { formatter: function (v) { return H.number(v, 0) + percent; } } },
      yAxis: { type: 'category', inverse: true, data: d.drivers.map(function (r) { return r[0]; }), axisLabel: { show: false }, axisTick: { show: false } },
      series: [{
        type: 'bar', barWidth: 14, barCategoryGap: '55%',
        label: {
          show: true, position: H.rtl ? 'insideTopRight' : 'insideTopLeft', offset: [0, -18], color: '#1d2b33', fontSize: 12,
          formatter: function (p) {
            var r = d.drivers[p.dataIndex];
            return H.digits(String(p.dataIndex + 1)) + '. ' + r[1] + ' (' + H.number(r[2], 1) + percent + ')';
          }
        },
        data: d.drivers.map(function (r) { return { value: r[2], itemStyle: { color: quadrantColors[r[5]] || H.colors.brand } }; })
      }]
    });
  }

  function quadrant(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var series = ['improve', 'maintain', 'monitor', 'surplus'].map(function (q) {
      return {
        type: 'scatter', name: element.getAttribute('data-name-' + q), symbolSize: 14, itemStyle: { color: quadrantColors[q] },
        label: { show: true, position: 'top', formatter: function (p) { return H.digits(String(p.data[3])); }, fontSize: 12 },
        data: d.drivers.map(function (r, i) { return [r[2], r[3], r[1], i + 1, r[5]]; }).filter(function (v) { return v[4] === q; })
      };
    });
    series[0].markLine = {
      silent: true, symbol: 'none', lineStyle: { type: 'dashed', color: '#6c757d' }, label: { show: false },
      data: [{ xAxis: d.importance }, { yAxis: d.performance }]
    };
    H.init(element, {
      legend: { top: 0, align: H.rtl ? 'right' : 'auto' },
      grid: { left: 64, right: 64, top: 40, bottom: 44 },
      tooltip: {
        trigger: 'item',
        formatter: function (p) {
          return p.data[2] + '<br>' + element.getAttribute('data-name-importance') + ': ' + H.number(p.data[0], 1) + (H.persian ? '٪' : '%')
            + '<br>' + element.getAttribute('data-name-performance') + ': ' + H.number(p.data[1] * 100, 0) + (H.persian ? '٪' : '%');
        }
      },
      xAxis: {
        type: 'value', name: element.getAttribute('data-name-importance'), nameLocation: 'middle', nameGap: 24, inverse: H.rtl, min: 0,
        axisLabel: { formatter: function (v) { return H.number(v, 0); } }
      },
      yAxis: {
        type: 'value', name: element.getAttribute('data-name-performance'), nameLocation: 'middle', nameGap: 40,
        position: H.rtl ? 'right' : 'left', min: 0, max: 1,
        axisLabel: { formatter: function (v) { return H.number(v * 100, 0); } }
      },
      series: series
    });
  }

  function heatmap(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var n = d.names.length;
    H.init(element, {
      grid: { left: 64, right: 64, top: 8, bottom: 32 },
      tooltip: {
        formatter: function (p) {
          var v = p.data;
          return d.names[v[1]] + '<br>× ' + d.names[v[0]] + '<br><b>r = ' + (v[2] === null ? '–' : H.number(v[2], 2)) + '</b><br>'
            + element.getAttribute('data-name-pairs') + ': ' + H.number(v[3], 0);
        }
      },
      xAxis: { type: 'category', data: d.short.map(H.digits), inverse: H.rtl, axisLabel: { interval: 0 } },
      yAxis: { type: 'category', data: d.short.map(H.digits), inverse: true, position: H.rtl ? 'right' : 'left' },
      visualMap: { min: -1, max: 1, show: false, dimension: 2, inRange: { color: [H.colors.bad, '#f7f7f7', H.colors.brand] } },
      series: [{
        type: 'heatmap', data: d.cells.filter(function (c) { return c[2] !== null; }),
        label: { show: n <= 10, formatter: function (p) { return H.number(p.data[2], 2); }, fontSize: 11 }
      }]
    });
  }

  var weightsElement = document.getElementById('weightsChart');
  if (weightsElement) {
    weights(weightsElement);
  }
  var quadrantElement = document.getElementById('quadrantChart');
  if (quadrantElement) {
    quadrant(quadrantElement);
  }
  var heatmapElement = document.getElementById('heatmapChart');
  if (heatmapElement) {
    heatmap(heatmapElement);
  }
})();
