/*
 * Hamsafar survey widget (ES2017, no dependencies): a small panel at the corner of a website that
 * asks a survey's score question (NPS 0-10, or CSAT, CES, stars) and the text question that
 * follows it, then sends the answer to POST /api/v1/surveys/{key}/responses with an ingest key.
 * On the page:
 *   <script async src="https://hamsafar.example.com/survey-widget.js" data-survey="SURVEY_KEY"
 *           data-key="hs_..." data-lang="fa" data-touchpoint="checkout"></script>
 * data-survey: the survey's public key (the {key} of its /s/{key} link); data-key: an ingest-scope
 * API key that allows this site's origin; data-lang: fa or en (default: the survey's first
 * language); data-touchpoint: where on the site it is shown; data-days: after an answer or a
 * dismissal, do not show it again for this many days (default 90); data-delay: seconds to wait
 * before showing (default 0).
 * The visitor is named by the anonymous id that collect.js keeps (localStorage
 * "hamsafar.anonymousId"; made here if missing), so the answer joins the same visitor's events.
 * Each showing has its own id: a resent answer (retries after network failures) is stored once.
 */
(() => {
  'use strict';
  const KEY = /^[a-z][a-z0-9_.-]{0,63}$/;
  const SCORED = ['nps', 'csat', 'ces', 'rating'];
  const MAX_TRIES = 5;
  const TEXTS = {
    en: { region: 'Short survey', close: 'Close the survey', send: 'Send', sending: 'Sending…', thanks: 'Thank you!',
      failed: 'Your answer could not be sent. Please try again later.', chooseScore: 'Please choose a score first.', writeAnswer: 'Please write an answer.',
      stars: (n, of) => n + ' of ' + of + ' stars',
      low: { nps: 'Not at all likely', csat: 'Very dissatisfied', ces: 'Very difficult', rating: '' },
      high: { nps: 'Extremely likely', csat: 'Very satisfied', ces: 'Very easy', rating: '' } },
    fa: { region: 'نظرسنجی کوتاه', close: 'بستن نظرسنجی', send: 'ارسال', sending: 'در حال ارسال…', thanks: 'سپاسگزاریم!',
      failed: 'پاسخ شما فرستاده نشد. لطفاً بعداً دوباره تلاش کنید.', chooseScore: 'لطفاً نخست یک امتیاز انتخاب کنید.', writeAnswer: 'لطفاً پاسخ را بنویسید.',
      stars: (n, of) => n + ' ستاره از ' + of,
      low: { nps: 'اصلاً احتمال ندارد', csat: 'بسیار ناراضی', ces: 'بسیار دشوار', rating: '' },
      high: { nps: 'به احتمال بسیار زیاد', csat: 'بسیار راضی', ces: 'بسیار آسان', rating: '' } },
  };
  const STYLE = `
    :host { all: initial; }
    .panel { position: fixed; z-index: 2147483000; inset-block-end: 1rem; inset-inline-end: 1rem; box-sizing: border-box;
      width: min(24rem, calc(100vw - 2rem)); background: #fff; color: #1d2b33; border: 1px solid #b8c4c9;
      border-radius: .75rem; box-shadow: 0 .5rem 1.5rem rgba(0,0,0,.18); padding: 1rem;
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Tahoma, "Noto Sans Arabic", sans-serif; }
    .panel[lang="fa"] { font-family: Vazirmatn, "Noto Sans Arabic", Tahoma, system-ui, sans-serif; }
    fieldset { border: 0; margin: 0; padding: 0; min-width: 0; }
    legend, label.q { font-weight: 600; padding: 0; margin: 0 0 .5rem; padding-inline-end: 2rem; display: block; }
    .scale { display: flex; flex-wrap: wrap; gap: .2rem; }
    .scale button { flex: 1 1 0; min-width: 1.5rem; min-height: 2.4rem; border: 1px solid #0f6e6e; background: #fff; color: #0f6e6e;
      border-radius: .4rem; font: inherit; font-weight: 600; cursor: pointer; padding: 0; }
    .scale button[aria-pressed="true"] { background: #0f6e6e; color: #fff; }
    .ends { display: flex; justify-content: space-between; gap: 1rem; font-size: .8rem; color: #4f5d64; margin-top: .25rem; }
    textarea { box-sizing: border-box; width: 100%; min-height: 4.5rem; font: inherit; border: 1px solid #7a868c;
      border-radius: .4rem; padding: .4rem; color: inherit; }
    .follow { margin-top: .75rem; }
    .send { margin-top: .75rem; background: #0f6e6e; color: #fff; border: 0; border-radius: .4rem; padding: .5rem 1.25rem;
      font: inherit; font-weight: 600; cursor: pointer; }
    .send[disabled] { opacity: .7; cursor: wait; }
    .close { position: absolute; inset-block-start: .4rem; inset-inline-end: .4rem; width: 2rem; height: 2rem;
      border: 0; background: transparent; color: #4f5d64; font-size: 1.4rem; line-height: 1; cursor: pointer; border-radius: .4rem; }
    .status { margin: .5rem 0 0; min-height: 1.2em; font-size: .9rem; }
    .status.error { color: #a4232f; font-weight: 600; }
    .thanks { font-weight: 600; font-size: 1.1rem; margin: .25rem 0; }
    :focus-visible { outline: 3px solid #1d2b33; outline-offset: 2px; }
    [hidden] { display: none !important; }
  `;

  function warn(message, detail) {
    try { console.warn('[hamsafar survey] ' + message, detail === undefined ? '' : detail); } catch (e) { /* no console */ }
  }

  const store = (() => {
    let area = null;
    try { area = window.localStorage; area.getItem('hamsafar.probe'); } catch (e) { area = null; }
    const memory = {};
    return {
      get(name) { try { if (area) return area.getItem('hamsafar.' + name); } catch (e) { /* blocked */ } return memory[name] || null; },
      set(name, value) { memory[name] = value; try { if (area) area.setItem('hamsafar.' + name, value); } catch (e) { /* full */ } },
    };
  })();

  function newId() {
    try { if (crypto.randomUUID) return crypto.randomUUID(); } catch (e) { /* only in secure contexts */ }
    const bytes = new Uint8Array(16);
    try { crypto.getRandomValues(bytes); } catch (e) { bytes.forEach((_, i) => { bytes[i] = Math.random() * 256; }); }
    return Array.from(bytes, (b) => (b + 256).toString(16).slice(1)).join('');
  }

  // The same id as collect.js keeps, so that the answer joins the visitor's page views.
  function anonymousId() {
    let id = store.get('anonymousId');
    if (!id) { id = newId(); store.set('anonymousId', id); }
    return id;
  }

  function digits(value, lang) {
    const text = String(value);
    return lang === 'fa' ? text.replace(/[0-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[d]) : text;
  }

  function textIn(localized, lang) {
    if (!localized) return '';
    const preferred = lang === 'en' ? localized.en : localized.fa;
    const other = lang === 'en' ? localized.fa : localized.en;
    return preferred && preferred.trim() ? preferred : (other || '');
  }

  function same(a, b) {
    return typeof a === 'number' && typeof b === 'number' ? a === b : String(a) === String(b);
  }

  // The server's display rules (DisplayCondition) for the answers given so far.
  function holds(condition, answers) {
    if (!condition) return true;
    const value = answers[condition.question];
    const op = condition.op;
    if (op === 'answered') return value !== undefined;
    if (value === undefined) return op === '!=';
    if (op === '=') return same(value, condition.value);
    if (op === '!=') return !same(value, condition.value);
    if (op === 'in') return Array.isArray(condition.value) && condition.value.some((o) => same(value, o));
    if (typeof value !== 'number' || typeof condition.value !== 'number') return false;
    return { '<': value < condition.value, '<=': value <= condition.value, '>': value > condition.value,
      '>=': value >= condition.value }[op] === true;
  }

  function range(question) {
    const ranges = { nps: [0, 10], csat: [1, 5], ces: [1, 7], rating: [1, question.scale || 5] };
    return ranges[question.type];
  }

  function element(tag, attributes, text) {
    const node = document.createElement(tag);
    Object.keys(attributes || {}).forEach((name) => node.setAttribute(name, attributes[name]));
    if (text != null) node.textContent = text;
    return node;
  }

  function start() {
    const script = document.currentScript || document.querySelector('script[src*="survey-widget.js"][data-survey]');
    if (!script) return;
    const surveyKey = script.getAttribute('data-survey');
    const apiKey = script.getAttribute('data-key');
    if (!surveyKey || !apiKey) return warn('the script tag needs data-survey and data-key');
    const touchpoint = script.getAttribute('data-touchpoint');
    if (touchpoint && !KEY.test(touchpoint)) warn('data-touchpoint ignored: it must match ' + KEY, touchpoint);
    const days = Number(script.getAttribute('data-days') || 90);
    const delay = Number(script.getAttribute('data-delay') || 0);
    const seenName = 'survey.' + surveyKey;
    try {
      const seen = JSON.parse(store.get(seenName) || 'null');
      if (seen && Date.now() - seen.at < days * 24 * 3600 * 1000) return;
    } catch (e) { /* spoilt value: show again */ }
    const base = new URL(script.src, location.href).origin;
    const options = { surveyKey, apiKey, touchpoint: touchpoint && KEY.test(touchpoint) ? touchpoint : null,
      wanted: script.getAttribute('data-lang'), seenName, base };
    fetch(base + '/s/' + encodeURIComponent(surveyKey) + '/definition.json', { credentials: 'omit' })
      .then((reply) => (reply.ok ? reply.json() : null))
      .then((definition) => {
        if (!definition) return warn('the survey ' + surveyKey + ' is not active');
        setTimeout(() => { try { show(definition, options); } catch (e) { warn('internal error', e); } }, Math.max(0, delay) * 1000);
      })
      .catch((e) => warn('could not load the survey', e));
  }

  function show(definition, options) {
    const lang = definition.languages.indexOf(options.wanted) >= 0 ? options.wanted : definition.languages[0];
    const t = TEXTS[lang] || TEXTS.en;
    const questions = definition.questions || [];
    const main = questions.find((q) => q.type === 'nps') || questions.find((q) => SCORED.indexOf(q.type) >= 0);
    if (!main) return warn('the survey has no score question to show');
    const after = questions.slice(questions.indexOf(main) + 1).filter((q) => q.type === 'text');
    // The widget asks the score and at most one text question after it. A survey with other
    // required questions (shown or not, for some score) belongs on its page: answers sent without
    // them would be refused for some scores only, and bias the results.
    const requiredTexts = after.filter((q) => q.required);
    if (requiredTexts.length > 1 || questions.some((q) => q.required && q !== main && after.indexOf(q) < 0)) {
      return warn('the survey has required questions the widget cannot ask; link to its page instead');
    }
    const clientId = newId();
    const ids = { legend: 'hs-q-' + clientId, ends: 'hs-ends-' + clientId, text: 'hs-t-' + clientId };
    let score;

    const host = element('div', { 'data-hamsafar-survey': options.surveyKey });
    const root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;
    const style = element('style', {}, STYLE);
    const panel = element('section', { class: 'panel', role: 'region', 'aria-label': t.region, lang, dir: lang === 'fa' ? 'rtl' : 'ltr' });
    const close = element('button', { type: 'button', class: 'close', 'aria-label': t.close }, '×');
    const form = element('form', { novalidate: '' });
    const fieldset = element('fieldset', { 'aria-describedby': ids.ends });
    fieldset.appendChild(element('legend', { id: ids.legend }, textIn(main.text, lang)));
    const scale = element('div', { class: 'scale' });
    const [min, max] = range(main);
    const buttons = [];
    for (let n = min; n <= max; n++) {
      const label = main.type === 'rating' ? t.stars(digits(n, lang), digits(max, lang)) : null;
      const button = element('button', { type: 'button', 'aria-pressed': 'false', 'data-score': String(n) },
        main.type === 'rating' ? '★' : digits(n, lang));
      if (label) button.setAttribute('aria-label', label);
      button.addEventListener('click', () => choose(n));
      buttons.push(button);
      scale.appendChild(button);
    }
    fieldset.appendChild(scale);
    const ends = element('div', { class: 'ends', id: ids.ends });
    const low = textIn(main.lowLabel, lang) || t.low[main.type];
    const high = textIn(main.highLabel, lang) || t.high[main.type];
    ends.appendChild(element('span', {}, low ? digits(min, lang) + ': ' + low : ''));
    ends.appendChild(element('span', {}, high ? digits(max, lang) + ': ' + high : ''));
    fieldset.appendChild(ends);
    form.appendChild(fieldset);

    const follow = element('div', { class: 'follow', hidden: '' });
    const followLabel = element('label', { class: 'q', for: ids.text });
    const textarea = element('textarea', { id: ids.text, rows: '3' });
    follow.appendChild(followLabel);
    follow.appendChild(textarea);
    form.appendChild(follow);
    const send = element('button', { type: 'submit', class: 'send' }, t.send);
    form.appendChild(send);
    const status = element('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
    form.appendChild(status);
    panel.appendChild(close);
    panel.appendChild(form);
    root.appendChild(style);
    root.appendChild(panel);
    document.body.appendChild(host);

    let followQuestion = null;
    function choose(n) {
      score = n;
      buttons.forEach((b) => b.setAttribute('aria-pressed', String(Number(b.getAttribute('data-score')) === n)));
      const answers = {};
      answers[main.key] = n;
      followQuestion = after.find((q) => holds(q.showIf, answers)) || null;
      follow.hidden = !followQuestion;
      if (followQuestion) {
        followLabel.textContent = textIn(followQuestion.text, lang);
        textarea.maxLength = followQuestion.maxLength || 5000;
      }
      status.textContent = '';
      status.classList.remove('error');
    }

    function remember(state) {
      store.set(options.seenName, JSON.stringify({ state, at: Date.now() }));
    }

    close.addEventListener('click', () => { remember('dismissed'); host.remove(); });
    panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') { remember('dismissed'); host.remove(); }
    });

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (score === undefined) {
        status.textContent = t.chooseScore;
        status.classList.add('error');
        buttons[0].focus();
        return;
      }
      const answers = {};
      answers[main.key] = score;
      const text = textarea.value.trim();
      if (followQuestion && followQuestion.required && !text) {
        status.textContent = t.writeAnswer;
        status.classList.add('error');
        textarea.focus();
        return;
      }
      if (followQuestion && text) answers[followQuestion.key] = text;
      const body = { id: clientId, answers, customer: { anonymousId: anonymousId() }, channel: 'web', source: 'widget', language: lang,
        surveyVersion: definition.version };
      if (options.touchpoint) body.touchpoint = options.touchpoint;
      send.disabled = true;
      status.classList.remove('error');
      status.textContent = t.sending;
      post(options, body, 1).then((ok) => {
        if (ok) {
          remember('answered');
          const thanks = element('p', { class: 'thanks', tabindex: '-1' }, textIn(definition.thankYou, lang) || t.thanks);
          form.replaceWith(thanks);
          thanks.focus();
          setTimeout(() => host.remove(), 6000);
        } else {
          send.disabled = false;
          status.textContent = t.failed;
          status.classList.add('error');
        }
      });
    });
  }

  // Resolves true once stored (or found stored before), false when the server refuses the answer
  // or it could not be sent after several tries. Network failures and 5xx, 408 and 429 are retried
  // with the same id: the server keeps one response however often it arrives.
  function post(options, body, attempt) {
    const url = options.base + '/api/v1/surveys/' + encodeURIComponent(options.surveyKey) + '/responses';
    return fetch(url, { method: 'POST', credentials: 'omit', keepalive: true, body: JSON.stringify(body),
      headers: { Authorization: 'Bearer ' + options.apiKey, 'Content-Type': 'application/json' } })
      .then((reply) => {
        if (reply.ok) return true;
        if (reply.status >= 500 || reply.status === 408 || reply.status === 429) return retry();
        return reply.text().then((detail) => { warn('the server refused the answer with ' + reply.status, detail); return false; });
      }, retry);

    function retry() {
      if (attempt >= MAX_TRIES) return false;
      return new Promise((resolve) => setTimeout(resolve, 500 * Math.pow(2, attempt - 1)))
        .then(() => post(options, body, attempt + 1));
    }
  }

  try { start(); } catch (e) { warn('internal error', e); }
})();
