/*
 * A survey's results charts: one bar chart per question. NPS bars are coloured by group
 * (detractors 0-6, passives 7-8, promoters 9-10), other scales from red to green, choices in the
 * brand colour (horizontal, so that long option texts fit).
 */
(function () {
  'use strict';
  var H = window.HamsafarCharts;
  if (!H) {
    return;
  }
  var C = H.colors;

  function scaleColour(index, count) {
    if (count <= 1) {
      return C.brand;
    }
    var t = index / (count - 1);
    return t < 0.34 ? C.bad : t < 0.67 ? C.neutral : C.good;
  }

  function colour(type, label, index, count) {
    if (type === 'nps') {
      var score = Number(label);
      return score <= 6 ? C.bad : score <= 8 ? C.neutral : C.good;
    }
    if (type === 'yes_no') {
      return index === 0 ? C.good : C.bad;
    }
    if (type === 'single_choice' || type === 'multi_choice') {
      return C.brand;
    }
    return scaleColour(index, count);
  }

  function render(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var choices = d.type === 'single_choice' || d.type === 'multi_choice';
    var data = d.values.map(function (value, i) {
      return { value: value, itemStyle: { color: colour(d.type, d.labels[i], i, d.values.length) } };
    });
    var categories = { type: 'category', data: d.labels, axisLabel: { formatter: function (l) { return choices ? l : H.digits(l); } } };
    var counts = { type: 'value', minInterval: 1, axisLabel: { formatter: function (v) { return H.number(v, 0); } } };
    if (choices) {
      element.style.height = Math.max(160, 34 * d.labels.length + 40) + 'px';
      categories.inverse = true;
      categories.axisLabel.width = 160;
      categories.axisLabel.overflow = 'truncate';
      categories.position = H.rtl ? 'right' : 'left';
      counts.inverse = H.rtl;
    }
    H.init(element, {
      grid: { left: choices ? 12 : 40, right: choices ? 12 : 16, top: 16, bottom: 28, containLabel: choices },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
                 valueFormatter: function (v) { return H.number(v, 0); } },
      xAxis: choices ? counts : categories,
      yAxis: choices ? categories : counts,
      series: [{ type: 'bar', data: data, barMaxWidth: 36,
                 label: { show: true, position: choices ? (H.rtl ? 'left' : 'right') : 'top',
                          formatter: function (p) { return H.number(p.value, 0); } } }]
    });
  }

  document.querySelectorAll('.result-chart').forEach(render);
})();
