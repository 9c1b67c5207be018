/*
 * The survey builder works without JavaScript; with it, each question shows only the fields its
 * type uses (options for choice questions, stars for ratings, ...), following the type selector.
 */
(function () {
  'use strict';
  function update(card) {
    var select = card.querySelector('.question-type');
    if (!select) {
      return;
    }
    card.setAttribute('data-type', select.value);
    card.querySelectorAll('.type-field').forEach(function (field) {
      var types = (field.getAttribute('data-types') || '').split(' ');
      var shown = types.indexOf(select.value) >= 0;
      field.hidden = !shown;
    });
  }
  document.querySelectorAll('.question-card').forEach(function (card) {
    update(card);
    var select = card.querySelector('.question-type');
    if (select) {
      select.addEventListener('change', function () { update(card); });
    }
  });
})();
