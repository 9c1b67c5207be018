/*
 * The topics page: buttons with data-confirm (delete a topic, reset the taxonomy) ask before their
 * form is sent. Without JavaScript the forms are sent at once.
 */
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var button = event.submitter;
    var question = button && button.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
