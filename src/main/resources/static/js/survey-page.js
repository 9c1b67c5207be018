/*
 * The public survey page, enhanced: the form works without this script; with it, questions whose
 * display condition depends on an answer of the same page appear and disappear as the respondent
 * answers (a hidden question's inputs are disabled, so they are not sent), stars up to the chosen
 * one are filled, and the error summary takes the focus.
 */
(() => {
  'use strict';
  const form = document.getElementById('surveyForm');
  if (!form) return;

  function fieldsOf(key) {
    return Array.from(form.querySelectorAll('[name="a.' + CSS.escape(key) + '"]')).filter((input) => !input.disabled);
  }

  // The typed answer, as the server reads it: numbers for scales and stars, true/false for yes/no.
  function answer(key) {
    const wrap = document.getElementById('wrap-' + key);
    if (!wrap || wrap.hidden) return undefined;
    const kind = wrap.dataset.kind;
    const inputs = fieldsOf(key);
    if (kind === 'text') {
      const text = inputs.length ? inputs[0].value.trim() : '';
      return text ? text : undefined;
    }
    if (kind === 'multi') {
      const chosen = inputs.filter((i) => i.checked).map((i) => i.value);
      return chosen.length ? chosen : undefined;
    }
    const checked = inputs.find((i) => i.checked);
    if (!checked) return undefined;
    if (kind === 'scale' || kind === 'stars') return Number(checked.value);
    if (kind === 'yesno') return checked.value === 'true';
    return checked.value;
  }

  function same(a, b) {
    return typeof a === 'number' && typeof b === 'number' ? a === b : String(a) === String(b);
  }

  // The same rules as the server's DisplayCondition.
  function holds(condition, value) {
    const op = condition.op;
    if (op === 'answered') return value !== undefined;
    if (value === undefined) return op === '!=';
    const options = Array.isArray(condition.value) ? condition.value : [];
    if (Array.isArray(value)) {
      if (op === '=') return value.some((v) => same(v, condition.value));
      if (op === '!=') return !value.some((v) => same(v, condition.value));
      if (op === 'in') return value.some((v) => options.some((o) => same(v, o)));
      return false;
    }
    if (op === '=') return same(value, condition.value);
    if (op === '!=') return !same(value, condition.value);
    if (op === 'in') return options.some((o) => same(value, o));
    if (typeof value !== 'number' || typeof condition.value !== 'number') return false;
    if (op === '<') return value < condition.value;
    if (op === '<=') return value <= condition.value;
    if (op === '>') return value > condition.value;
    if (op === '>=') return value >= condition.value;
    return false;
  }

  const conditional = Array.from(form.querySelectorAll('[data-show-if]'));
  function update() {
    // In page order, so that a question hidden now hides the questions that depend on it.
    conditional.forEach((wrap) => {
      let condition;
      try { condition = JSON.parse(wrap.dataset.showIf); } catch (e) { return; }
      const show = holds(condition, answer(condition.question));
      wrap.hidden = !show;
      wrap.querySelectorAll('input, textarea').forEach((input) => { input.disabled = !show; });
    });
    form.querySelectorAll('.survey-stars').forEach((stars) => {
      const inputs = Array.from(stars.querySelectorAll('input'));
      const chosen = inputs.findIndex((i) => i.checked);
      inputs.forEach((input, i) => input.nextElementSibling.classList.toggle('filled', chosen >= 0 && i <= chosen));
    });
  }
  form.addEventListener('change', update);
  form.addEventListener('input', update);
  update();

  const summary = document.getElementById('errorSummary');
  if (summary) summary.focus();
})();
