// Runs in every browser, also ones too old for WebAssembly or ES modules, so that
// the static start page never stays silently dead: if the app cannot start, it says
// so (in Dutch and English) and shows the helplines, which need no app.
(function () {
  'use strict';
  var MESSAGE_NL = 'Samenwijzer kan in deze browser niet starten. Probeer een nieuwere browser, of laad de pagina opnieuw.';
  var MESSAGE_EN = 'Samenwijzer cannot start in this browser. Try a newer browser, or reload the page.';
  var HELP = 'Wilt u nu met iemand praten? Bel De Luisterlijn: 088 0767 000. Denkt u aan zelfdoding? Bel 113 of gratis 0800-0113.';

  function ready() {
    return document.documentElement.getAttribute('data-app') === 'ready';
  }

  function showNotice() {
    if (ready() || document.getElementById('compat-notice')) return;
    var main = document.getElementById('inhoud');
    if (!main) return;
    var box = document.createElement('div');
    box.id = 'compat-notice';
    box.className = 'notice notice--error';
    box.setAttribute('role', 'alert');
    var lines = [MESSAGE_NL, MESSAGE_EN, HELP];
    for (var i = 0; i < lines.length; i++) {
      var p = document.createElement('p');
      if (i === 1) p.setAttribute('lang', 'en');
      p.appendChild(document.createTextNode(lines[i]));
      box.appendChild(p);
    }
    main.insertBefore(box, main.firstChild);
  }

  if (typeof WebAssembly !== 'object' || typeof Promise === 'undefined') {
    document.addEventListener('DOMContentLoaded', showNotice);
    return;
  }
  // A failed download or a start-up error: give the app a fair while, then explain.
  window.addEventListener('load', function () {
    setTimeout(showNotice, 10000);
  });
})();
