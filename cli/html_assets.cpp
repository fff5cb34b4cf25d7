// The pages' only assets, embedded so that a report folder works offline from file:// with
// nothing beside it: one style sheet (screen and print) and two small scripts, all inline.
#include "cli/html_internal.h"

namespace opcheck::cli::html {

const char* const kStyle = R"CSS(
:root{--good:#1d6b35;--good-bg:#dff3e5;--partial:#7a4d00;--partial-bg:#ffefc2;--bad:#a11212;--bad-bg:#fde0de;
--unknown:#3d3d7a;--unknown-bg:#e9e9f7;--neutral:#4a4a4a;--neutral-bg:#efefef;--line:#c9c9c9;--link:#0b4f9c}
*{box-sizing:border-box}
body{font-family:"DejaVu Sans",Verdana,Arial,sans-serif;font-size:15px;line-height:1.45;color:#1a1a1a;margin:0;padding:1rem 1.5rem 3rem;max-width:1400px}
a{color:var(--link)}
a:focus,button:focus,select:focus,summary:focus,input:focus{outline:3px solid #f0a000;outline-offset:2px}
h1{font-size:1.6rem;margin:.2rem 0 .4rem}h2{font-size:1.25rem;margin:1.6rem 0 .5rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:.2rem 0}
.vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:.5rem;background:#fff;padding:.3rem;z-index:9}
.sub{color:#555;font-size:.85em}
.badge{display:inline-block;padding:.05rem .45rem;border-radius:.8rem;border:1px solid currentColor;font-weight:600;white-space:nowrap}
.st-good{color:var(--good);background:var(--good-bg)}.st-partial{color:var(--partial);background:var(--partial-bg)}
.st-bad{color:var(--bad);background:var(--bad-bg)}.st-unknown{color:var(--unknown);background:var(--unknown-bg)}
.st-neutral,.st-na{color:var(--neutral);background:var(--neutral-bg)}
.filters{display:flex;flex-wrap:wrap;gap:1rem;align-items:end;background:#f6f6f6;padding:.6rem .8rem;border:1px solid var(--line)}
.filters label{display:block;font-weight:600;font-size:.9em}.filters select{font-size:1rem;padding:.2rem}
.legend{display:flex;flex-wrap:wrap;gap:.4rem 1rem;padding:0;list-style:none;font-size:.9em}
.table-wrap{overflow-x:auto;border:1px solid var(--line);margin:.5rem 0}
table{border-collapse:collapse}
caption{text-align:left;font-weight:600;padding:.3rem}
th,td{border:1px solid var(--line);padding:.25rem .4rem;vertical-align:top}
thead th{background:#f0f0f0;position:sticky;top:0}
.matrix td.cell{text-align:center;font-size:.82em;white-space:nowrap;padding:.2rem .25rem}
.matrix td.cell a{color:inherit;text-decoration:none;display:block}
.matrix td.cell a:hover,.matrix td.cell a:focus{text-decoration:underline}
.matrix .sym{font-size:1.1em}
.matrix th.item button{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;max-height:11rem}
.matrix th button{font:inherit;font-weight:600;background:none;border:0;padding:.1rem;cursor:pointer;color:inherit;text-align:left}
.matrix th[aria-sort=ascending] button::after{content:" \25B2"}.matrix th[aria-sort=descending] button::after{content:" \25BC"}
.matrix th.advisory{background:#f7f7f7;font-weight:normal}
.matrix tbody th{text-align:left;min-width:13rem}
.matrix td.num{text-align:right;font-weight:600}
.matrix tfoot td,.matrix tfoot th{background:#fafafa;font-weight:600;text-align:center}
.ovr{font-weight:700;color:#6a2a8a;margin-left:.15rem}
.warn{color:var(--bad)}
details{margin:1rem 0}summary{cursor:pointer;font-weight:600;font-size:1.1rem}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.2rem 1rem}dl.facts dt{font-weight:600}dl.facts dd{margin:0}
ul.errors,p.errors{border-left:4px solid var(--bad);background:var(--bad-bg);padding:.5rem 1rem .5rem 2rem}
ol.timeline{list-style:none;padding:0 0 0 1.4rem;border-left:3px solid #8a8a8a;margin-left:.6rem}
ol.timeline li{position:relative;margin:0 0 .9rem .6rem}
ol.timeline li::before{content:"";position:absolute;left:-1.55rem;top:.35rem;width:.8rem;height:.8rem;border-radius:50%;background:#fff;border:3px solid #555}
ol.timeline li.deadline::before{border-color:var(--bad);border-radius:0}
ol.timeline li.missing::before{border-style:dashed;border-color:#999}
.tl-date{font-weight:700;display:inline-block;min-width:9rem}
.finding{border:1px solid var(--line);border-left:6px solid var(--neutral);padding:.6rem .9rem;margin:.8rem 0;break-inside:avoid}
.finding.st-good{border-left-color:var(--good);background:#fff}.finding.st-partial{border-left-color:var(--partial);background:#fff}
.finding.st-bad{border-left-color:var(--bad);background:#fff}.finding.st-unknown{border-left-color:var(--unknown);background:#fff}
.finding.st-neutral{background:#fff}
.finding .id{font-family:monospace;color:#555;font-size:.85em;font-weight:normal}
.override{border:2px dashed #6a2a8a;padding:.4rem .8rem;margin:.5rem 0;background:#faf5fd}
.evidence{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:1rem}
.evidence li{flex:1 1 22rem;max-width:46rem;display:flex;gap:.8rem;align-items:flex-start}
.thumb{position:relative;display:inline-block;width:240px;flex:none;border:1px solid #999;line-height:0}
.thumb img{width:100%;height:auto}
.thumb .mark{position:absolute;border:3px solid #d40000;box-shadow:0 0 0 2px #fff}
blockquote{margin:0 0 .3rem;padding:.3rem .6rem;border-left:3px solid #999;background:#f7f7f7;white-space:pre-wrap}
@media print{
 body{font-size:10pt;padding:0;max-width:none}.filters,.skip,.noprint{display:none!important}
 a{color:inherit;text-decoration:none}thead th{position:static}
 .table-wrap{overflow:visible;border:0}.matrix{font-size:7.5pt}thead{display:table-header-group}tr{break-inside:avoid}
 *{-webkit-print-color-adjust:exact;print-color-adjust:exact}
 .thumb{width:170px}
}
)CSS";

// Filters (sector, status) and sorting for index.html. State comes from the URL query or hash
// (?sector=po&status=ontbreekt&sort=IE-BEGROTING&dir=desc) and is written back to the hash, so
// a filtered view can be bookmarked and tested with a headless browser.
const char* const kIndexScript = R"JS(
(function () {
  'use strict';
  var root = document.documentElement;
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var tables = document.querySelectorAll('table.matrix');
  var sectorSel = document.getElementById('f-sector');
  var statusSel = document.getElementById('f-status');
  var result = document.getElementById('filter-result');

  function readState() {
    var state = {};
    var parts = location.search.slice(1).split('&').concat(location.hash.slice(1).split('&'));
    parts.forEach(function (part) {
      if (!part) return;
      var i = part.indexOf('=');
      var key = decodeURIComponent(i < 0 ? part : part.slice(0, i));
      state[key] = i < 0 ? '' : decodeURIComponent(part.slice(i + 1).replace(/\+/g, ' '));
    });
    return state;
  }
  function choose(select, value) {
    if (!select || value === undefined) return;
    each(select.options, function (o) { if (o.value === value) select.value = value; });
  }
  function rowMatches(tr, sector, status) {
    if (sector && tr.getAttribute('data-sector') !== sector) return false;
    if (!status) return true;
    if (status === 'tekort') return tr.getAttribute('data-short') !== '0';
    if (status === 'override') return tr.getAttribute('data-override') === '1';
    return (tr.getAttribute('data-statuses') || '').indexOf(' ' + status + ' ') >= 0;
  }
  function updateCounts(table) {
    each(table.querySelectorAll('tfoot [data-count-col]'), function (cell) {
      var col = cell.getAttribute('data-count-col');
      var value = cell.getAttribute('data-count-value') || '1';
      var n = 0;
      each(table.tBodies[0].rows, function (tr) {
        if (tr.hidden) return;
        var td = tr.querySelector('[data-col="' + col + '"]');
        if (td && td.getAttribute('data-short') === value) n++;
      });
      var out = cell.querySelector('.n');
      if (out) out.textContent = String(n);
    });
  }
  function writeState() {
    var sortTh = tables.length ? tables[0].querySelector('th[aria-sort=ascending],th[aria-sort=descending]') : null;
    var hash = 'sector=' + encodeURIComponent(sectorSel.value) + '&status=' + encodeURIComponent(statusSel.value);
    if (sortTh) hash += '&sort=' + encodeURIComponent(sortTh.getAttribute('data-col')) +
      '&dir=' + (sortTh.getAttribute('aria-sort') === 'descending' ? 'desc' : 'asc');
    try { history.replaceState(null, '', '#' + hash); } catch (e) { /* file:// may refuse; state is optional */ }
  }
  function applyFilters() {
    var sector = sectorSel.value, status = statusSel.value, shown = 0, total = 0;
    each(tables, function (table, ti) {
      each(table.tBodies[0].rows, function (tr) {
        var ok = rowMatches(tr, sector, status);
        tr.hidden = !ok;
        if (ti === 0) { total++; if (ok) shown++; }
      });
      updateCounts(table);
    });
    result.textContent = shown + ' van ' + total + ' plannen getoond';
    root.setAttribute('data-visible-rows', String(shown));
  }
  function sortKey(tr, col) {
    var cell = tr.querySelector('[data-col="' + col + '"]');
    if (!cell) return '';
    var raw = cell.getAttribute('data-sort');
    if (raw === null) return cell.textContent.trim();
    return raw !== '' && !isNaN(Number(raw)) ? Number(raw) : raw;
  }
  function sortTable(table, col, descending) {
    each(table.tHead.querySelectorAll('th[aria-sort]'), function (th) {
      th.setAttribute('aria-sort', th.getAttribute('data-col') === col ? (descending ? 'descending' : 'ascending') : 'none');
    });
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var ka = sortKey(a, col), kb = sortKey(b, col);
      var c = (typeof ka === 'number' && typeof kb === 'number') ? ka - kb : String(ka).localeCompare(String(kb), 'nl');
      if (descending) c = -c;
      return c || Number(a.getAttribute('data-order')) - Number(b.getAttribute('data-order'));
    });
    rows.forEach(function (tr) { body.appendChild(tr); });
  }
  each(tables, function (table) {
    each(table.tHead.querySelectorAll('th[data-col] button'), function (button) {
      button.addEventListener('click', function () {
        var th = button.parentNode;
        var col = th.getAttribute('data-col');
        sortTable(table, col, th.getAttribute('aria-sort') === 'ascending');
        if (table === tables[0]) writeState();
      });
    });
  });
  [sectorSel, statusSel].forEach(function (select) {
    select.addEventListener('change', function () { applyFilters(); writeState(); });
  });
  var state = readState();
  choose(sectorSel, state.sector);
  choose(statusSel, state.status);
  if (state.sort) {
    each(tables, function (table) {
      if (table.tHead.querySelector('th[data-col="' + state.sort.replace(/"/g, '') + '"]'))
        sortTable(table, state.sort, state.dir === 'desc');
    });
  }
  applyFilters();
  window.addEventListener('beforeprint', function () {
    each(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  root.setAttribute('data-ready', '1');
})();
)JS";

// Plan pages: open the collapsed parts before printing so that paper shows everything. Once
// loaded, the page notes how many thumbnails failed to load (data-broken-images): a check for
// tests in a real browser, and a visible warning for the analyst when the folder is incomplete.
const char* const kPlanScript = R"JS(
(function () {
  'use strict';
  var root = document.documentElement;
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(document.querySelectorAll('details'), function (d) { d.open = true; });
  });
  window.addEventListener('load', function () {
    var broken = 0;
    Array.prototype.forEach.call(document.images, function (img) {
      if (!img.complete || img.naturalWidth === 0) broken++;
    });
    root.setAttribute('data-images', String(document.images.length));
    root.setAttribute('data-broken-images', String(broken));
    if (broken > 0) {
      var note = document.createElement('p');
      note.className = 'errors';
      note.setAttribute('role', 'alert');
      note.textContent = broken + ' paginaweergave(n) ontbreken in deze map; open de PDF via de paginalinks.';
      var main = document.getElementById('inhoud');
      if (main) main.insertBefore(note, main.firstChild);
    }
  });
  root.setAttribute('data-ready', '1');
})();
)JS";

std::string page_start(const std::string& title) {
  return "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
         "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src 'self' data:; "
         "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
         "<title>" + escape(title) + "</title>\n<style>" + kStyle + "</style>\n</head>\n<body>\n"
         "<a class=\"skip\" href=\"#inhoud\">Naar de inhoud</a>\n";
}

std::string page_end(const char* script) {
  return std::string("<script>") + script + "</script>\n</body>\n</html>\n";
}

}  // namespace opcheck::cli::html
