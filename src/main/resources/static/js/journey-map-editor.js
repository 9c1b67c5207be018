/*
 * The journey map editor's few behaviours on top of htmx (the pages work without them, with whole
 * form posts):
 * - every change carries the version the page shows as baseVersion; after a save the server's
 *   journeyMapSaved event says the new version, which the page then shows (badge, saved line,
 *   version chooser) and sends next;
 * - refusals (409 someone saved meanwhile, 422 a value breaks a rule) are swapped in like any
 *   answer, so that their message appears next to the cell or above the grid;
 * - a click anywhere in an editable cell opens its form, Escape closes it;
 * - forms marked data-confirm ask first; a data-print button prints the page.
 */
(function () {
  'use strict';
  var persian = document.documentElement.lang === 'fa';

  function digits(value) {
    var text = String(value);
    return persian ? text.replace(/[0-9]/g, function (d) { return String.fromCharCode(0x06F0 + Number(d)); }) : text;
  }

  function versionBadge() {
    return document.getElementById('mapVersion');
  }

  document.body.addEventListener('htmx:configRequest', function (event) {
    var badge = versionBadge();
    if (!badge || event.detail.verb === 'get') {
      return;
    }
    event.detail.parameters.baseVersion = badge.getAttribute('data-version');
  });

  document.body.addEventListener('journeyMapSaved', function (event) {
    var version = event.detail && event.detail.version;
    var badge = versionBadge();
    if (!badge || !version) {
      return;
    }
    badge.setAttribute('data-version', String(version));
    badge.setAttribute('data-latest', String(version));
    var number = badge.querySelector('.version-number');
    if (number) {
      number.textContent = digits(version);
    }
    document.querySelectorAll('input[name="baseVersion"]').forEach(function (input) {
      input.value = String(version);
    });
    var savedLine = document.getElementById('savedLine');
    if (savedLine && savedLine.getAttribute('data-saved-now')) {
      savedLine.textContent = savedLine.getAttribute('data-saved-now');
    }
    var versions = document.getElementById('versionSelect');
    if (versions && !versions.querySelector('option[value="' + version + '"]')) {
      var option = document.createElement('option');
      option.value = String(version);
      option.textContent = digits(version) + ' · ' + (savedLine ? savedLine.textContent : '');
      versions.insertBefore(option, versions.firstChild);
      versions.value = String(version);
    }
    var notice = document.getElementById('savedNotice');
    if (notice) {
      notice.remove();
    }
  });

  document.body.addEventListener('htmx:beforeSwap', function (event) {
    var status = event.detail.xhr && event.detail.xhr.status;
    if (status === 409 || status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  document.addEventListener('click', function (event) {
    var cell = event.target.closest && event.target.closest('td.map-cell.editable');
    if (!cell || cell.classList.contains('editing') || event.target.closest('a, button, input, select, textarea, label, form, summary')) {
      return;
    }
    var edit = cell.querySelector('a.cell-edit');
    if (edit) {
      edit.click();
    }
  });

  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Escape') {
      return;
    }
    var form = event.target.closest && event.target.closest('form.cell-form');
    var cancel = form && form.querySelector('.cell-cancel');
    if (cancel) {
      event.preventDefault();
      cancel.click();
      return;
    }
    var menu = event.target.closest && event.target.closest('details.stage-menu[open]');
    if (menu) {
      menu.removeAttribute('open');
      menu.querySelector('summary').focus();
    }
  });

  document.addEventListener('submit', function (event) {
    var message = event.target.getAttribute && event.target.getAttribute('data-confirm');
    if (message && !window.confirm(message)) {
      event.preventDefault();
    }
  }, true);

  document.addEventListener('click', function (event) {
    if (event.target.closest && event.target.closest('[data-print]')) {
      window.print();
    }
  });

})();
