/* Samenwijzer widget for a council's web page. Two lines where it should appear:
 *
 *   <div data-samenwijzer data-gemeente="velsen"></div>
 *   <script src="https://samenwijzer.example.nl/widget.js" async></script>
 *
 * It puts the app in an iframe (so the page's CSS and scripts and the app's cannot
 * touch each other), sizes the frame to the app's content, and passes the settings of
 * the data attributes: data-gemeente, data-taal (nl, en, tr, ar, pl, uk: i18n/LINGUAS), data-instrument,
 * data-start (zelftest, activiteiten, hulp, zorgen, samen) and data-titel (the frame's name).
 * Theme: the NL Design System tokens the page already defines (--utrecht-…, read from
 * the container) or data-theme-<name> attributes; the app checks every value and
 * ignores what is unsafe or unreadable. See README, "For hosts".
 * Plain ES2017, no dependencies, no inline styles or scripts (works under a strict CSP).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src || !window.URLSearchParams) return;
  var app = new URL('./', script.src);
  var HEIGHT = 'samenwijzer:height';
  // Keep in step with crates/core/src/theme.rs (TOKENS).
  var TOKENS = {
    'primary': '--utrecht-button-primary-action-background-color',
    'primary-text': '--utrecht-button-primary-action-color',
    'text': '--utrecht-document-color',
    'background': '--utrecht-document-background-color',
    'link': '--utrecht-link-color',
    'focus': '--utrecht-focus-outline-color',
    'font': '--utrecht-document-font-family',
    'radius': '--utrecht-button-border-radius'
  };
  var STARTS = { zelftest: '#/zelftest', activiteiten: '#/activiteiten', hulp: '#/hulp', zorgen: '#/zorgen', samen: '#/samen' };
  var TITLES = {
    nl: 'Samenwijzer: zelftest en activiteiten bij u in de buurt',
    en: 'Samenwijzer: self-check and activities near you'
  };

  function camel(name) {
    return name.replace(/-([a-z])/g, function (_, c) { return c.toUpperCase(); });
  }

  function setup(container) {
    if (container.hasAttribute('data-samenwijzer-ready')) return;
    container.setAttribute('data-samenwijzer-ready', '');
    var data = container.dataset;
    var params = new URLSearchParams();
    ['gemeente', 'taal', 'instrument'].forEach(function (key) {
      if (data[key]) params.set(key, data[key]);
    });
    var computed = window.getComputedStyle(container);
    Object.keys(TOKENS).forEach(function (name) {
      var value = data[camel('theme-' + name)] || computed.getPropertyValue(TOKENS[name]).trim();
      if (value) params.set(name, value);
    });
    params.set('embed', '1');
    params.set('host', window.location.origin);

    var frame = document.createElement('iframe');
    frame.src = app.href + '?' + params.toString() + (STARTS[data.start] || '');
    frame.title = data.titel || TITLES[data.taal === 'en' ? 'en' : 'nl'];
    frame.style.display = 'block';
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.height = '40rem';
    container.appendChild(frame);

    // Only the app, from its own origin and in this very frame, may set the height.
    window.addEventListener('message', function (event) {
      if (event.origin !== app.origin || event.source !== frame.contentWindow) return;
      var message = event.data;
      if (!message || message.type !== HEIGHT || typeof message.height !== 'number') return;
      var height = Math.min(Math.max(Math.ceil(message.height), 160), 20000);
      frame.style.height = height + 'px';
    });
  }

  // The page's theme tokens are read from its styles, so wait until the document is
  // parsed and its stylesheets have arrived (an async script can run before either).
  function whenStyled(callback) {
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', function () { whenStyled(callback); });
      return;
    }
    var pending = Array.prototype.filter.call(
      document.querySelectorAll('link[rel~="stylesheet"]'),
      function (link) { return !link.sheet && !link.disabled; }
    );
    var left = pending.length;
    if (!left) { callback(); return; }
    pending.forEach(function (link) {
      var done = function () { if (--left === 0) callback(); };
      link.addEventListener('load', done);
      link.addEventListener('error', done);
    });
  }

  whenStyled(function () {
    var containers = document.querySelectorAll('[data-samenwijzer]');
    for (var i = 0; i < containers.length; i++) setup(containers[i]);
  });
})();
