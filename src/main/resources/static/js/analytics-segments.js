/*
 * The segment editor's rule builder: each condition row shows only the fields of its kind, and empty
 * rows after the first stay folded until "Add a condition" opens the next. Without JavaScript every
 * row and field shows and the server ignores empty rows and the fields of other kinds.
 */
(function () {
  'use strict';
  function update(row) {
    var type = row.querySelector('.condition-type').value;
    row.querySelectorAll('[data-for]').forEach(function (field) {
      var kinds = field.getAttribute('data-for').split(' ');
      field.hidden = kinds.indexOf(type) < 0;
    });
  }
  var rows = Array.prototype.slice.call(document.querySelectorAll('.condition-row'));
  rows.forEach(function (row) {
    update(row);
    row.querySelector('.condition-type').addEventListener('change', function () { update(row); });
  });
  // Keep every filled row and the first empty one; fold the empty rows after it.
  var shownEmpty = false;
  rows.forEach(function (row) {
    if (row.querySelector('.condition-type').value === '') {
      row.hidden = shownEmpty;
      shownEmpty = true;
    }
  });
  var add = document.getElementById('addCondition');
  function refreshAdd() {
    add.hidden = !rows.some(function (row) { return row.hidden; });
  }
  if (add) {
    add.addEventListener('click', function () {
      var next = rows.filter(function (row) { return row.hidden; })[0];
      if (next) {
        next.hidden = false;
        next.querySelector('.condition-type').focus();
      }
      refreshAdd();
    });
    refreshAdd();
  }
})();
