/*
 * The alert-rule editor works without JavaScript; with it, each condition row offers only the
 * operators of its field, shows the key input for keyed fields (answer.<question key>), the window
 * and match inputs for event.count and the field's possible values, and hides the value for
 * exists / not exists; each action row shows only the inputs of its type. Delete asks first.
 */
(function () {
  'use strict';
  var form = document.getElementById('ruleForm');
  if (!form) {
    return;
  }
  var vocabulary = JSON.parse(form.getAttribute('data-vocabulary') || '{}');
  var operatorLabels = JSON.parse(form.getAttribute('data-operators') || '{}');

  function setHidden(elements, hidden) {
    elements.forEach(function (el) { el.hidden = hidden; });
  }

  function updateCondition(row) {
    var fieldSelect = row.querySelector('.condition-field');
    var opSelect = row.querySelector('.condition-op');
    if (!fieldSelect || !opSelect) {
      return;
    }
    var spec = vocabulary[fieldSelect.value];
    setHidden(row.querySelectorAll('.keyed-only'), !(spec && spec.keyed));
    setHidden(row.querySelectorAll('.count-only'), !(spec && spec.type === 'count'));
    var operators = spec ? spec.operators : Object.keys(operatorLabels);
    var current = opSelect.value;
    while (opSelect.options.length > 0) {
      opSelect.remove(0);
    }
    operators.forEach(function (op) {
      var option = document.createElement('option');
      option.value = op;
      option.textContent = operatorLabels[op] || op;
      option.selected = op === current;
      opSelect.appendChild(option);
    });
    var values = row.querySelector('.condition-values');
    if (values) {
      values.innerHTML = '';
      (spec ? spec.values : []).forEach(function (v) {
        var option = document.createElement('option');
        option.value = v;
        values.appendChild(option);
      });
    }
    var hint = row.querySelector('.condition-hint');
    if (hint && !spec) {
      hint.hidden = true;
    }
    updateValue(row);
  }

  function updateValue(row) {
    var op = row.querySelector('.condition-op');
    var unary = op && (op.value === 'exists' || op.value === 'not_exists');
    setHidden(row.querySelectorAll('.value-field'), unary);
  }

  function updateAction(row) {
    var type = row.querySelector('.action-type');
    if (!type) {
      return;
    }
    row.querySelectorAll('.action-field').forEach(function (field) {
      var types = (field.getAttribute('data-types') || '').split(' ');
      field.hidden = types.indexOf(type.value) < 0;
    });
  }

  form.querySelectorAll('.condition-row').forEach(function (row) {
    var field = row.querySelector('.condition-field');
    var op = row.querySelector('.condition-op');
    if (field) {
      field.addEventListener('change', function () { updateCondition(row); });
    }
    if (op) {
      op.addEventListener('change', function () { updateValue(row); });
    }
    updateValue(row);
  });
  form.querySelectorAll('.action-row').forEach(function (row) {
    var type = row.querySelector('.action-type');
    if (type) {
      type.addEventListener('change', function () { updateAction(row); });
    }
    updateAction(row);
  });

  document.querySelectorAll('[data-confirm]').forEach(function (button) {
    button.addEventListener('click', function (event) {
      if (!window.confirm(button.getAttribute('data-confirm'))) {
        event.preventDefault();
      }
    });
  });
})();
