// Marsad workspace: keyboard shortcuts for the review queue (no inline scripts: the CSP forbids them).
// j/k move, x selects, v/r verify/reject the current row, V/R the selected rows, o or Enter opens.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var form = document.getElementById('bulk');
    if (!form) { return; }
    var rows = Array.prototype.slice.call(form.querySelectorAll('tr.item'));
    var at = -1;
    function move(i) {
      if (!rows.length) { return; }
      if (at >= 0) { rows[at].classList.remove('current'); }
      at = Math.max(0, Math.min(rows.length - 1, i));
      rows[at].classList.add('current');
      rows[at].scrollIntoView({ block: 'nearest' });
    }
    function box(i) { return rows[i].querySelector('input[name=ids]'); }
    function submit(button, onlyCurrent) {
      if (onlyCurrent) {
        if (at < 0) { return; }
        rows.forEach(function (r, i) { box(i).checked = (i === at); });
      }
      form.requestSubmit(document.getElementById(button));
    }
    document.addEventListener('keydown', function (e) {
      if (e.target.tagName === 'INPUT' && e.target.type !== 'checkbox') { return; }
      if (e.ctrlKey || e.metaKey || e.altKey) { return; }
      switch (e.key) {
        case 'j': move(at + 1); break;
        case 'k': move(at - 1); break;
        case 'x': if (at >= 0) { box(at).checked = !box(at).checked; } break;
        case 'v': submit('bulk-verify', true); break;
        case 'r': submit('bulk-reject', true); break;
        case 'V': submit('bulk-verify', false); break;
        case 'R': submit('bulk-reject', false); break;
        case 'o': case 'Enter': if (at >= 0) { window.location = rows[at].dataset.href; } break;
        default: return;
      }
      e.preventDefault();
    });
    move(0);
  });
})();
