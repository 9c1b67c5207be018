/*
 * Hamsafar website collector (ES2017, no dependencies): page views and custom events to
 * POST /api/v1/events with an ingest-scope key. On the page:
 *   <script async src="https://hamsafar.example.com/collect.js" data-key="hs_..."></script>
 *   window.hamsafar = window.hamsafar || function () { (hamsafar.q = hamsafar.q || []).push(arguments); };
 *   hamsafar('page'); hamsafar('identify', { email: 'sara@example.com' });
 *   hamsafar('track', 'add_to_cart', { touchpoint: 'cart', properties: { sku: 'A1' }, value: 1250000, currency: 'IRR' });
 * data-endpoint (optional) is the full URL to post to instead of /api/v1/events on the script's origin.
 * Events wait in localStorage until the server has answered for them (a reload or a failed request
 * loses nothing), and each carries its own id, so the server stores a resent event once.
 */
(() => {
  'use strict';
  const KEY = /^[a-z][a-z0-9_.-]{0,63}$/;         // the server's pattern for event types and touchpoints
  const IDENTITY_FIELDS = ['externalId', 'email', 'phone'];
  const TRACK_FIELDS = ['properties', 'value', 'currency', 'text'];
  const MAX_QUEUE = 500;                          // beyond this the oldest events go
  const FLUSH_AT = 20;                            // this many queued events are sent at once
  const FLUSH_EVERY_MS = 2000;                    // fewer are sent on this beat
  const MAX_BATCH = 100;                          // events per request
  const KEEPALIVE_BYTES = 60 * 1024;              // browsers allow 64 KB of keepalive bodies in flight
  const SESSION_IDLE_MS = 30 * 60 * 1000;
  const MIN_BACKOFF_MS = 1000, MAX_BACKOFF_MS = 60 * 1000;
  const LOADED = Symbol.for('hamsafar.collector'); // marks the real function, so a second copy stands down
  const warned = new Set();

  function warn(message, detail, onceKey) {
    if (onceKey) { if (warned.has(onceKey)) return; warned.add(onceKey); }
    const args = ['[hamsafar] ' + message].concat(detail === undefined ? [] : [detail]);
    try { console.warn(...args); } catch (e) { /* no console */ }
  }

  // Storage may be missing or throw (privacy modes, a full quota): a memory copy keeps the page going.
  function storage(kind) {
    const memory = {};
    const unsaved = new Set();                    // names whose last write failed: memory holds the truth
    let area = null;
    try { area = window[kind]; area.getItem('hamsafar.probe'); } catch (e) { area = null; }
    return {
      get(name) {
        try { if (area && !unsaved.has(name)) memory[name] = area.getItem('hamsafar.' + name); } catch (e) { area = null; }
        return memory[name] === undefined ? null : memory[name];
      },
      set(name, value) {
        memory[name] = value;
        try { if (area) { area.setItem('hamsafar.' + name, value); unsaved.delete(name); } } catch (e) { unsaved.add(name); }
      },
    };
  }
  const local = storage('localStorage');
  const session = storage('sessionStorage');

  function readJson(store, name, fallback) {
    try {
      const value = JSON.parse(store.get(name));
      return value == null ? fallback : value;
    } catch (e) { return fallback; }   // a value spoilt by hand or by another script
  }

  function newId() {
    try { if (crypto.randomUUID) return crypto.randomUUID(); } catch (e) { /* only in secure contexts */ }
    const bytes = new Uint8Array(16);
    try { crypto.getRandomValues(bytes); } catch (e) { bytes.forEach((_, i) => { bytes[i] = Math.random() * 256; }); }
    return Array.from(bytes, (b) => (b + 256).toString(16).slice(1)).join('');
  }

  function anonymousId() {
    let id = local.get('anonymousId');
    if (!id) { id = newId(); local.set('anonymousId', id); }
    return id;
  }

  // A visit ends after 30 minutes without an event, as web analytics usually count sessions.
  function sessionId(now) {
    let id = session.get('sessionId');
    if (!id || now - (Number(session.get('lastActivity')) || 0) > SESSION_IDLE_MS) {
      id = newId();
      session.set('sessionId', id);
    }
    session.set('lastActivity', String(now));
    return id;
  }

  function knownIdentity(source) {
    const known = {};
    IDENTITY_FIELDS.forEach((field) => {
      const value = source && source[field];
      if ((typeof value === 'string' && value.trim()) || typeof value === 'number') known[field] = String(value).trim();
    });
    return known;
  }

  // The anonymous id travels with the known identity, so that the server joins the visitor's
  // anonymous history to the customer's profile ("stitching").
  function customer() {
    return Object.assign(knownIdentity(readJson(local, 'identity', {})), { anonymousId: anonymousId() });
  }

  function build(type, touchpoint, fields) {
    if (touchpoint != null && !(typeof touchpoint === 'string' && KEY.test(touchpoint))) {
      return warn('ignored an event: its touchpoint must match ' + KEY + ':', touchpoint);
    }
    const now = Date.now();
    const event = { id: newId(), type, occurredAt: new Date(now).toISOString(), channel: 'web',
      customer: customer(), sessionId: sessionId(now) };
    if (touchpoint != null) event.touchpoint = touchpoint;
    return Object.assign(event, fields);
  }

  function page(options) {
    const opts = options || {};
    const properties = Object.assign({ path: location.pathname, title: document.title, referrer: document.referrer },
      opts.properties);
    enqueue(build('page_view', opts.touchpoint, { properties }));
  }

  function track(name, options) {
    if (typeof name !== 'string' || !KEY.test(name)) return warn('ignored track(): the name must match ' + KEY + ':', name);
    const opts = options || {};
    const fields = {};
    TRACK_FIELDS.forEach((field) => { if (opts[field] != null) fields[field] = opts[field]; });
    enqueue(build(name, opts.touchpoint, fields));
  }

  // Replaces (does not add to) the stored identity: another person may have signed in on this browser.
  function identify(traits) {
    const known = knownIdentity(traits);
    if (!Object.keys(known).length) return warn('ignored identify(): give externalId, email or phone', traits);
    local.set('identity', JSON.stringify(known));
  }

  function loadQueue() {
    const queue = readJson(local, 'queue', []);
    return Array.isArray(queue) ? queue.filter((event) => event && typeof event.id === 'string') : [];
  }
  function saveQueue(queue) {
    local.set('queue', JSON.stringify(queue.slice(-MAX_QUEUE)));
  }

  function enqueue(event) {
    if (!event) return;
    try { JSON.stringify(event); } catch (e) {   // e.g. circular properties: they would spoil the whole queue
      return warn('ignored an event that cannot be written as JSON:', e);
    }
    const queue = loadQueue();
    queue.push(event);
    saveQueue(queue);
    if (queue.length >= FLUSH_AT) flush(false);
  }

  // Events leave the stored queue only when the server has answered for them; whatever this page
  // could not send, the next page (or another tab) sends.
  const inFlight = new Set();
  let backoff = 0, retryAt = 0, endpoint = null, apiKey = null;
  const bytesOf = (text) => (typeof TextEncoder === 'function' ? new TextEncoder().encode(text).length : text.length * 3);

  function nextBatch() {
    const batch = [];
    let bytes = 2;
    for (const event of loadQueue()) {
      if (inFlight.has(event.id)) continue;
      const size = bytesOf(JSON.stringify(event)) + 1;
      if (batch.length && (batch.length >= MAX_BATCH || bytes + size > KEEPALIVE_BYTES)) break;
      batch.push(event);
      bytes += size;
    }
    return { batch, bytes };
  }

  // leaving: the page is being hidden or unloaded. Send now, even during a backoff, as there may be
  // no later chance; keepalive lets the request outlive the page.
  function flush(leaving) {
    if (!endpoint || (!leaving && (inFlight.size || Date.now() < retryAt))) return;
    const { batch, bytes } = nextBatch();
    if (!batch.length) return;
    batch.forEach((event) => inFlight.add(event.id));
    send(batch, bytes <= KEEPALIVE_BYTES).catch(() => 'retry')
      .then((outcome) => settle(batch, outcome)).catch((e) => warn('internal error', e));
  }

  async function send(batch, keepalive) {
    let response;
    try {
      response = await fetch(endpoint, { method: 'POST', keepalive, credentials: 'omit', body: JSON.stringify(batch),
        headers: { Authorization: 'Bearer ' + apiKey, 'Content-Type': 'application/json' } });
    } catch (e) {
      return 'retry';   // offline, a refused CORS preflight, the keepalive quota...
    }
    const status = response.status;
    if (status >= 500 || status === 408 || status === 429) return 'retry';
    let reply;
    try { reply = await response.json(); } catch (e) { /* not JSON */ }
    if (!response.ok) {
      // The same batch would fail the same way again (a bad key, invalid events): drop it.
      warn('the server refused ' + batch.length + ' event(s) with ' + status + ':', reply, 'status-' + status);
    } else if (reply && Array.isArray(reply.rejected) && reply.rejected.length) {
      warn(reply.rejected.length + ' event(s) rejected by the server (index into the batch):', reply.rejected);
    }
    return 'done';
  }

  function settle(batch, outcome) {
    batch.forEach((event) => inFlight.delete(event.id));
    if (outcome === 'retry') {
      backoff = Math.min(MAX_BACKOFF_MS, backoff ? backoff * 2 : MIN_BACKOFF_MS);
      retryAt = Date.now() + backoff;
      setTimeout(safely(() => flush(false)), backoff + 10);
      return;
    }
    backoff = retryAt = 0;
    const answered = new Set(batch.map((event) => event.id));
    const rest = loadQueue().filter((event) => !answered.has(event.id));
    saveQueue(rest);
    if (rest.length >= FLUSH_AT) flush(false);   // a backlog (say, after being offline) goes on at once
  }

  // Nothing the collector does may break the host page.
  function safely(fn) {
    return (...args) => { try { return fn(...args); } catch (e) { return warn('internal error', e); } };
  }

  const commands = { page, track, identify };
  function command(name, ...args) {
    if (!endpoint) return;   // no key: warned at start
    if (!Object.prototype.hasOwnProperty.call(commands, name)) warn('unknown command:', name);
    else commands[name](...args);
  }

  function start() {
    if (window.hamsafar && window.hamsafar[LOADED]) return;
    const script = document.currentScript || document.querySelector('script[src*="collect.js"][data-key]');
    apiKey = script && script.getAttribute('data-key');
    const custom = script && script.getAttribute('data-endpoint');
    if (apiKey) endpoint = custom ? new URL(custom, location.href).href : new URL('/api/v1/events', script.src).href;
    else warn('no data-key on the collect.js script tag: nothing will be sent');
    const pending = window.hamsafar && window.hamsafar.q;
    window.hamsafar = safely(command);
    window.hamsafar[LOADED] = true;
    if (Array.isArray(pending)) pending.forEach((args) => window.hamsafar(...Array.from(args)));
    setInterval(safely(() => flush(false)), FLUSH_EVERY_MS);
    window.addEventListener('pagehide', safely(() => flush(true)));
    document.addEventListener('visibilitychange', safely(() => document.visibilityState === 'hidden' && flush(true)));
    flush(false);   // events left over from an earlier page
  }

  safely(start)();
})();
