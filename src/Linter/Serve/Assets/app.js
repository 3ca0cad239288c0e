// GoalLint workbench: the little script the pages use. Everything works without it; it only
// follows a check's progress, submits filters on change, shows the waiver expiry field when it
// applies, and links a finding to its cell in the table. It never writes text as HTML.
(function () {
  'use strict';

  function pollProgress() {
    var bars = document.querySelectorAll('progress[data-poll]');
    if (bars.length === 0) return;
    bars.forEach(function (bar) {
      var label = bar.parentElement.querySelector('.progress-label');
      function tick() {
        fetch(bar.dataset.poll, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
          .then(function (r) { return r.json(); })
          .then(function (p) {
            bar.max = Math.max(1, p.total);
            bar.value = p.done;
            if (label) label.textContent = p.label + ' ' + p.done + '/' + p.total;
            if (p.finished) { window.location.reload(); } else { setTimeout(tick, 1000); }
          })
          .catch(function () { setTimeout(tick, 3000); });
      }
      setTimeout(tick, 500);
    });
  }

  // Empty filters stay out of the address, so a filtered list is a short link to share.
  function autoSubmitFilters() {
    var form = document.getElementById('filters');
    if (!form) return;
    function dropEmpty() {
      form.querySelectorAll('select, input').forEach(function (e) { if (!e.value) e.disabled = true; });
    }
    form.addEventListener('submit', dropEmpty);
    form.querySelectorAll('select').forEach(function (s) {
      s.addEventListener('change', function () { dropEmpty(); form.submit(); });
    });
  }

  function waiverFields() {
    document.querySelectorAll('form.decide').forEach(function (form) {
      var verdict = form.querySelector('select[name=verdict]');
      var expires = form.querySelector('.expires');
      function sync() { expires.hidden = verdict.value !== 'waive'; }
      verdict.addEventListener('change', sync);
      sync();
    });
  }

  function linkCells() {
    var grid = document.getElementById('grid');
    if (!grid) return;
    function cellsOf(id) { return grid.querySelectorAll('td[data-findings~="' + id + '"]'); }
    document.querySelectorAll('.findings .finding').forEach(function (card) {
      card.addEventListener('click', function (e) {
        if (e.target.closest('form, a')) return;
        grid.querySelectorAll('td.focus').forEach(function (c) { c.classList.remove('focus'); });
        var cells = cellsOf(card.id);
        cells.forEach(function (c) { c.classList.add('focus'); });
        if (cells.length > 0) cells[0].scrollIntoView({ block: 'center', behavior: 'smooth' });
      });
    });
    grid.querySelectorAll('td.hit').forEach(function (cell) {
      cell.addEventListener('click', function () {
        var first = cell.dataset.findings.split(' ')[0];
        var card = document.getElementById(first);
        if (card) card.scrollIntoView({ block: 'start', behavior: 'smooth' });
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    pollProgress();
    autoSubmitFilters();
    waiverFields();
    linkCells();
  });
})();
