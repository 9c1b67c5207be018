/*
 * The paths page's charts. The Sankey diagram draws the paths level by level; time runs in the
 * reading direction, so the anchor sits at the start of the line (left in English, right in Persian)
 * for paths after it and at the end for paths before it. ECharts lays a Sankey out from sources to
 * sinks, left to right: where the anchor belongs on the right, the links are drawn reversed and the
 * nodes aligned to the right, which puts each level at its distance from the anchor. The heatmap
 * shows the share of each from-channel's episodes that switched to each to-channel.
 */
(function () {
  'use strict';
  var H = window.HamsafarCharts;
  if (!H) {
    return;
  }
  var palette = ['#0f6e6e', '#3f7cac', '#e0a526', '#8e5572', '#5b8e3e', '#c9473d', '#6c5ce7', '#2e8b57', '#b5651d', '#4a6fa5'];

  function colorOf(node, colors) {
    if (node.kind === 'anchor') {
      return '#0b5252';
    }
    if (node.kind === 'end') {
      return '#c3ccd1';
    }
    if (node.kind === 'other') {
      return '#9aa7ad';
    }
    // The same name has the same colour on every level, so a step is easy to follow across the diagram.
    if (!(node.label in colors)) {
      colors[node.label] = palette[Object.keys(colors).length % palette.length];
    }
    return colors[node.label];
  }

  function sankey(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var anchorOnRight = (d.direction === 'before') !== H.rtl;
    var byId = {};
    var colors = {};
    var deepest = 0;
    d.nodes.forEach(function (node) { deepest = Math.max(deepest, node.level); });
    var outward = anchorOnRight ? 'left' : 'right';
    var inward = anchorOnRight ? 'right' : 'left';
    var nodes = d.nodes.map(function (node) {
      byId[node.id] = node;
      // Labels face away from the anchor, except on the farthest level, where they would leave the chart.
      return { name: node.id, itemStyle: { color: colorOf(node, colors) },
               label: { position: node.level === deepest && deepest > 0 ? inward : outward } };
    });
    var links = d.links.map(function (link) {
      return anchorOnRight ? { source: link.target, target: link.source, value: link.value, from: link.source, to: link.target }
                           : { source: link.source, target: link.target, value: link.value, from: link.source, to: link.target };
    });
    function share(customers) {
      return d.customers ? H.number(100 * customers / d.customers, 1) + (H.persian ? '٪' : '%') : '';
    }
    function customersText(n) {
      return d.customersText.replace('{0}', H.number(n, 0));
    }
    H.init(element, {
      tooltip: {
        trigger: 'item',
        formatter: function (item) {
          if (item.dataType === 'edge') {
            var link = item.data;
            var first = byId[link.from];
            var second = byId[link.to];
            var arrow = H.rtl ? ' ← ' : ' → ';
            var pair = d.direction === 'before' ? second.label + arrow + first.label : first.label + arrow + second.label;
            return pair + '<br><b>' + customersText(link.value) + '</b> (' + share(link.value) + ')';
          }
          var node = byId[item.name];
          return node.label + '<br><b>' + customersText(node.customers) + '</b> (' + share(node.customers) + ')';
        }
      },
      series: [{
        type: 'sankey',
        left: 16, right: 16, top: 8, bottom: 8,
        nodeAlign: anchorOnRight ? 'right' : 'left',
        nodeGap: 10,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        data: nodes,
        links: links,
        lineStyle: { color: 'gradient', curveness: 0.5, opacity: 0.35 },
        label: {
          formatter: function (params) {
            var node = byId[params.name];
            return node.label + '  ' + H.number(node.customers, 0);
          }
        }
      }]
    });
  }

  function heatmap(element) {
    var d = H.data(element);
    if (!d) {
      return;
    }
    var max = 0;
    d.cells.forEach(function (cell) { max = Math.max(max, cell[2]); });
    H.init(element, {
      grid: { left: H.rtl ? 24 : 110, right: H.rtl ? 110 : 24, top: 40, bottom: 70 },
      tooltip: {
        formatter: function (item) {
          var cell = item.data;
          var arrow = H.rtl ? ' ← ' : ' → ';
          return d.labels[cell[1]] + arrow + d.labels[cell[0]] + '<br><b>' + H.number(cell[2], 1) + (H.persian ? '٪' : '%')
            + '</b> · ' + d.switchesText.replace('{0}', H.number(cell[3], 0));
        }
      },
      xAxis: {
        type: 'category', data: d.labels, name: d.toText, nameLocation: 'middle', nameGap: 32, inverse: H.rtl,
        splitArea: { show: true }, axisLabel: { interval: 0, hideOverlap: true }
      },
      yAxis: {
        type: 'category', data: d.labels, name: d.fromText, nameLocation: 'end', position: H.rtl ? 'right' : 'left',
        splitArea: { show: true }, inverse: true
      },
      visualMap: {
        min: 0, max: Math.max(max, 1), calculable: false, orient: 'horizontal', left: 'center', bottom: 0,
        itemHeight: 120, inRange: { color: ['#e7f2f2', '#0f6e6e'] },
        formatter: function (v) { return H.number(v, 0) + (H.persian ? '٪' : '%'); }
      },
      series: [{
        type: 'heatmap', data: d.cells,
        label: { show: true, formatter: function (item) { return H.number(item.data[3], 0); } },
        emphasis: { itemStyle: { shadowBlur: 6, shadowColor: 'rgba(0, 0, 0, 0.3)' } }
      }]
    });
  }

  var sankeyElement = document.getElementById('pathSankey');
  if (sankeyElement) {
    sankey(sankeyElement);
  }
  var heatmapElement = document.getElementById('switchHeatmap');
  if (heatmapElement) {
    heatmap(heatmapElement);
  }
})();
