/*
 * The digital CX scorecard page: each area's monthly score (0-100) as a small bar trend; months
 * without a score are left empty.
 */
(function () {
  'use strict';

  function draw(element) {
    var C = window.HamsafarCharts;
    var data = C.data(element);
    if (!data) {
      return;
    }
    C.init(element, {
      grid: { left: 4, right: 4, top: 6, bottom: 4 },
      tooltip: {
        trigger: 'axis',
        formatter: function (items) {
          var item = items[0];
          return C.period(item.axisValue) + '<br>' + (item.value === null || item.value === undefined ? '–' : C.number(item.value, 0));
        }
      },
      xAxis: { type: 'category', data: data.labels, show: false, inverse: C.rtl },
      yAxis: { type: 'value', show: false, min: 0, max: 100 },
      series: [{ type: 'bar', data: data.values, itemStyle: { color: C.colors.brand }, barCategoryGap: '25%' }]
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('.scorecard-trend').forEach(draw);
  });
})();
