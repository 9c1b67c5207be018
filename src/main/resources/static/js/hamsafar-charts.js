/*
 * Shared helpers for the dashboard's ECharts charts: the page language decides digits (Persian in
 * fa), number formats and fonts; chart data come from data-chart attributes written by the server.
 */
(function () {
  'use strict';
  var lang = document.documentElement.lang || 'en';
  var persian = lang === 'fa';
  var rtl = document.documentElement.dir === 'rtl';
  var locale = persian ? 'fa-IR' : 'en-GB';
  var font = persian ? 'Vazirmatn, "Noto Sans Arabic", Tahoma, sans-serif' : 'system-ui, "Segoe UI", Roboto, sans-serif';
  var charts = [];

  function digits(text) {
    var value = String(text);
    return persian ? value.replace(/[0-9]/g, function (d) { return String.fromCharCode(0x06F0 + Number(d)); }) : value;
  }

  function number(value, fractionDigits) {
    if (value === null || value === undefined) {
      return '–';
    }
    return new Intl.NumberFormat(locale, { maximumFractionDigits: fractionDigits === undefined ? 1 : fractionDigits }).format(value);
  }

  /** A period label of the metrics API (2026-01-05, 1404-07) as shown: slashes, local digits. */
  function period(label) {
    return digits(String(label).replace(/-/g, '/'));
  }

  function data(element) {
    try {
      return JSON.parse(element.getAttribute('data-chart'));
    } catch (e) {
      return null;
    }
  }

  function init(element, option) {
    if (!window.echarts) {
      return null;
    }
    var chart = window.echarts.init(element, null, { renderer: 'canvas' });
    option.textStyle = Object.assign({ fontFamily: font }, option.textStyle || {});
    option.animation = false;
    chart.setOption(option);
    charts.push(chart);
    return chart;
  }

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) { chart.resize(); });
  });

  window.HamsafarCharts = {
    lang: lang, persian: persian, rtl: rtl, digits: digits, number: number, period: period, data: data, init: init,
    colors: { brand: '#0f6e6e', brandLight: 'rgba(15, 110, 110, 0.18)', good: '#2e8b57', neutral: '#e0a526', bad: '#c9473d', muted: '#9aa7ad' }
  };
})();
