// Keeps an open page current: the server tells when the store changed (server-sent events from
// /api/changes, sent when an ingest or `lagebild watch` commits), and the page fetches itself
// again and swaps the parts marked data-live. Events that were not there before are marked
// "neu". Only markup the server rendered (and escaped) is taken over; no script runs from it.
(function () {
  'use strict';
  if (typeof window.EventSource !== 'function' || !document.querySelector('[data-live]')) return;
  var busy = false;
  var again = false;
  var note = document.getElementById('live-note');
  function shown() {
    var hrefs = {};
    document.querySelectorAll('li.event a.type').forEach(function (a) { hrefs[a.getAttribute('href')] = true; });
    return hrefs;
  }
  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    var before = shown();
    fetch(window.location.href, { headers: { accept: 'text/html' }, credentials: 'same-origin' })
      .then(function (res) { return res.ok ? res.text() : null; })
      .then(function (text) {
        if (text === null) return;
        var fresh = new DOMParser().parseFromString(text, 'text/html');
        document.querySelectorAll('[data-live]').forEach(function (el) {
          var next = fresh.querySelector('[data-live="' + el.getAttribute('data-live') + '"]');
          if (next) el.replaceWith(document.importNode(next, true));
        });
        var added = 0;
        document.querySelectorAll('li.event').forEach(function (li) {
          var a = li.querySelector('a.type');
          if (a && !before[a.getAttribute('href')]) { li.classList.add('new'); added++; }
        });
        if (note) note.textContent = 'aktualisiert ' + new Date().toLocaleTimeString('de-DE') + (added ? ' · ' + added + ' neu' : '');
      })
      .catch(function () { /* the next change tries again */ })
      .then(function () {
        busy = false;
        if (again) { again = false; refresh(); }
      });
  }
  var source = new EventSource('/api/changes');
  source.addEventListener('changed', refresh);
  // (the counts at connecting: a commit since the page was rendered, or while the connection was down, shows as a difference)
  source.addEventListener('hello', function (e) {
    var now = JSON.parse(e.data);
    var counts = document.querySelector('[data-live="counts"]');
    if (counts && (String(now.documents) !== counts.getAttribute('data-documents') || String(now.events) !== counts.getAttribute('data-events'))) refresh();
  });
  source.addEventListener('open', function () { if (note) note.textContent = 'live'; });
  source.addEventListener('error', function () { if (note) note.textContent = 'Verbindung unterbrochen, wird wieder aufgebaut …'; });
})();
