/*
 * The segment editor's rule builder: each condition row shows only the fields of its kind. Without
 * JavaScript every field shows and the server ignores those of other kinds.
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
  document.querySelectorAll('.condition-row').forEach(function (row) {
    update(row);
    row.querySelector('.condition-type').addEventListener('change', function () { update(row); });
  });
})();
