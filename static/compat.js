// Loaded only by browsers without JavaScript modules (`nomodule`): far too old to run
// Samenwijzer. The static start page stays; this says why, with the helplines.
(function () {
  var main = document.getElementById('inhoud');
  if (!main) return;
  var box = document.createElement('div');
  box.className = 'notice notice--error';
  box.setAttribute('role', 'alert');
  var lines = [
    'Samenwijzer werkt niet in deze browser. Probeer een nieuwere browser.',
    'Wilt u nu met iemand praten? Bel De Luisterlijn: 088 0767 000. Denkt u aan zelfdoding? Bel 113 of gratis 0800-0113.'
  ];
  for (var i = 0; i < lines.length; i++) {
    var p = document.createElement('p');
    p.appendChild(document.createTextNode(lines[i]));
    box.appendChild(p);
  }
  main.insertBefore(box, main.firstChild);
})();
