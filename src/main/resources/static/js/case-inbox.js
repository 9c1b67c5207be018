/*
 * The inbox's list reloads itself through htmx every 15 seconds. When the session has ended, that
 * request lands on the sign-in page: rather than put the sign-in page inside the list, the page
 * reloads, and the browser shows the sign-in page in full.
 */
(function () {
  'use strict';
  document.body.addEventListener('htmx:beforeSwap', function (event) {
    var target = event.detail.target;
    var xhr = event.detail.xhr;
    if (target && target.id === 'caseList' && xhr && xhr.responseURL && xhr.responseURL.indexOf('/cases/list') < 0) {
      event.detail.shouldSwap = false;
      window.location.reload();
    }
  });
})();
