/*
 * The funnel page's chart: one bar per step for the customers who reached it, with the customers
 * who dropped out there stacked on top in a muted colour, and each step's conversion from the
 * first step as the bar's label. Optional steps are drawn lighter. In right-to-left pages the
 * steps run from right to left. Data come from the data-chart attribute written by the server.
 */
(function () {
  'use strict';
  var H = window.HamsafarCharts;
  if (!H) {
    return;
  }

  /** "3. page_view · Website": local digits for the step number only; names keep theirs. */
  function stepLabel(label) {
    var m = /^(\d+)\. ([\s\S]*)$/.exec(label);
    return m ? H.digits(m[1]) + '. ' + m[2] : label;
  }

  function escape(text) {
    return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  }

  function funnel(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var reached = d.customers.map(function (value, i) {
      return { value: value, itemStyle: { color: d.optional[i] ? H.colors.brandLight : H.colors.brand,
                                          borderColor: H.colors.brand, borderWidth: d.optional[i] ? 1 : 0 },
               label: { color: d.optional[i] ? H.colors.brand : '#fff' } };
    });
    H.init(element, {
      grid: { left: 56, right: 56, top: 36, bottom: 72 },
      legend: { top: 0, data: [d.names.customers, d.names.dropped], align: H.rtl ? 'right' : 'auto' },
      tooltip: {
        trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: function (items) {
          var i = items[0].dataIndex;
          var lines = [escape(stepLabel(d.labels[i]))];
          lines.push(d.names.customers + ': <b>' + H.number(d.customers[i], 0) + '</b>');
          if (d.conversion[i] !== null) {
            lines.push(H.number(d.conversion[i], 1) + (H.persian ? '٪' : '%'));
          }
          if (i > 0 && !d.optional[i]) {
            lines.push(d.names.dropped + ': ' + H.number(d.dropped[i], 0));
          }
          if (d.optional[i]) {
            lines.push(d.names.optional);
          }
          return lines.join('<br>');
        }
      },
      xAxis: {
        type: 'category', data: d.labels, inverse: H.rtl,
        axisLabel: { interval: 0, width: 110, overflow: 'truncate', rotate: d.labels.length > 5 ? 30 : 0,
                     formatter: stepLabel }
      },
      yAxis: {
        type: 'value', minInterval: 1, position: H.rtl ? 'right' : 'left',
        axisLabel: { formatter: function (v) { return H.number(v, 0); } }
      },
      series: [
        {
          type: 'bar', name: d.names.customers, stack: 'funnel', data: reached, barMaxWidth: 64,
          itemStyle: { color: H.colors.brand },
          label: {
            show: true, position: 'insideTop', color: '#fff',
            formatter: function (p) {
              var c = d.conversion[p.dataIndex];
              return c === null ? '' : H.number(c, 1) + (H.persian ? '٪' : '%');
            }
          }
        },
        {
          type: 'bar', name: d.names.dropped, stack: 'funnel', data: d.dropped, barMaxWidth: 64,
          itemStyle: { color: 'rgba(201, 71, 61, 0.25)' }, label: { show: false }
        }
      ]
    });
  }

  document.querySelectorAll('.funnel-chart').forEach(funnel);
})();
