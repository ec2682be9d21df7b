/**
 * The report's only script: fills the findings table from the embedded data, filters it and keeps
 * the filters in the URL hash. Every value from the scan reaches the page through textContent or
 * an option's value, never as markup; nothing is fetched. It is allowed by its hash in the CSP.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var data = JSON.parse(document.getElementById('palisade-data').textContent);
  var rules = data.rules;
  var rows = data.rows;
  var PAGE = 100;
  var FILTERS = ['category', 'source', 'rule', 'framework', 'location', 'owner'];
  var tbody = document.getElementById('finding-rows');
  var state = emptyState();
  var open = {};
  // While printing, every row that matches the filters is in the table (not one page), and every
  // collapsed <details> section is open; both are put back afterwards.
  var printing = false;
  var openedForPrint = [];

  rows.forEach(function (r) {
    var rule = rules[r.rule] || { title: '', frameworks: {} };
    var fws = [];
    Object.keys(rule.frameworks).forEach(function (fw) {
      rule.frameworks[fw].forEach(function (c) { fws.push(fw + ' ' + c); });
    });
    r.fwNames = Object.keys(rule.frameworks);
    r.controls = fws;
    r.hay = [r.rule, rule.title, r.msg, r.res.id, r.res.name, r.res.type, r.where, r.loc, r.owner || '', r.path, r.arn || '',
      r.cdk ? r.cdk.constructPath + ' ' + (r.cdk.sourceFile || '') + (r.cdk.frameworkManaged ? ' framework-managed' : '') : '',
      r.iac ? [r.iac.stack, r.iac.logicalId, r.iac.where, r.iac.cdk ? r.iac.cdk.constructPath + ' ' + (r.iac.cdk.source || '') : ''].join(' ') : '',
      rule.cwe || '', fws.join(' ')].join('\n').toLowerCase();
  });

  function emptyState() {
    return { sev: [], q: '', category: '', source: '', rule: '', framework: '', location: '', owner: '', control: '', page: 0 };
  }

  function readHash() {
    var s = emptyState();
    var h = location.hash;
    var i = h.indexOf('?');
    if (h.indexOf('#findings') !== 0 || i < 0) return s;
    var p = new URLSearchParams(h.slice(i + 1));
    s.sev = (p.get('severity') || '').split(',').filter(function (v) { return v; });
    s.q = p.get('q') || '';
    FILTERS.concat(['control']).forEach(function (k) { s[k] = p.get(k) || ''; });
    s.page = Math.max(0, (parseInt(p.get('page') || '1', 10) || 1) - 1);
    return s;
  }

  function writeHash() {
    var p = new URLSearchParams();
    if (state.sev.length) p.set('severity', state.sev.join(','));
    if (state.q) p.set('q', state.q);
    FILTERS.concat(['control']).forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    if (state.page) p.set('page', String(state.page + 1));
    var text = p.toString();
    // The hash is the findings filter's only while it names it: a jump to #evidence stays.
    if (!text && location.hash.indexOf('#findings?') !== 0) return;
    var next = text ? '#findings?' + text : location.pathname + location.search;
    if (next !== location.hash) history.replaceState(null, '', next);
  }

  function matches(r) {
    if (state.sev.length && state.sev.indexOf(r.sev) < 0) return false;
    if (state.category && r.cat !== state.category) return false;
    if (state.source && r.src !== state.source) return false;
    if (state.rule && r.rule !== state.rule) return false;
    if (state.framework && r.fwNames.indexOf(state.framework) < 0) return false;
    if (state.location && r.loc !== state.location) return false;
    if (state.owner && r.owner !== state.owner) return false;
    if (state.control && r.controls.indexOf(state.control) < 0) return false;
    if (state.q) {
      var words = state.q.toLowerCase().split(/\s+/);
      for (var i = 0; i < words.length; i++) if (words[i] && r.hay.indexOf(words[i]) < 0) return false;
    }
    return true;
  }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function fact(dl, term, value, mono) {
    if (!value) return;
    dl.appendChild(el('dt', '', term));
    dl.appendChild(el('dd', mono ? 'mono' : '', value));
  }

  function detail(r) {
    var rule = rules[r.rule] || { title: r.rule, description: '', remediation: '', frameworks: {}, anchor: '' };
    var tr = el('tr', 'finding-detail');
    var td = el('td');
    td.colSpan = 5;
    var dl = el('dl', 'facts');
    fact(dl, 'Resource', r.res.name + ' (' + r.res.type + ')');
    fact(dl, 'Resource id', r.res.id, true);
    fact(dl, 'Location', r.where, true);
    if (r.cdk) {
      fact(dl, 'CDK construct', r.cdk.constructPath, true);
      if (r.cdk.sourceFile) fact(dl, 'Source', r.cdk.sourceFile + (r.cdk.sourceLine ? ':' + r.cdk.sourceLine : ''), true);
      if (r.cdk.frameworkManaged) fact(dl, 'Framework-managed', 'aws-cdk-lib created this resource on its own; the source line is the app code that caused it.');
    }
    fact(dl, 'ARN', r.arn, true);
    if (r.iac) {
      fact(dl, 'Declared in', r.iac.where, true);
      fact(dl, 'Stack and logical id', r.iac.stack + ' / ' + r.iac.logicalId, true);
      if (r.iac.cdk) {
        fact(dl, 'Declared by CDK construct', r.iac.cdk.constructPath, true);
        fact(dl, 'Declared at source', r.iac.cdk.source, true);
      }
    }
    fact(dl, 'Attribute', r.path, true);
    fact(dl, 'Owner', r.owner);
    fact(dl, 'Rule', r.rule + ': ' + rule.title);
    fact(dl, 'Why it matters', rule.description);
    fact(dl, 'Remediation', rule.remediation);
    if (rule.cwe) fact(dl, 'Weakness', rule.cwe === 'none' ? 'none (no CWE fits)' : rule.cwe, true);
    fact(dl, 'Frameworks', r.controls.join('; '));
    fact(dl, 'Rule documentation', 'rules/README.md#' + rule.anchor, true);
    fact(dl, 'Fingerprint', r.fp, true);
    td.appendChild(dl);
    tr.appendChild(td);
    return tr;
  }

  function row(r) {
    var tr = el('tr', 'finding');
    tr.setAttribute('data-fp', r.fp);
    var sev = el('td');
    sev.appendChild(el('span', 'sev sev-' + r.sev, r.sev));
    if (r.isNew) sev.appendChild(el('span', 'badge-new', 'new'));
    tr.appendChild(sev);
    var ruleCell = el('td', 'mono');
    var toggle = el('button', 'expand', r.rule);
    toggle.type = 'button';
    toggle.setAttribute('aria-expanded', open[r.fp] ? 'true' : 'false');
    ruleCell.appendChild(toggle);
    tr.appendChild(ruleCell);
    var resCell = el('td', '', r.res.name);
    if (r.cdk && r.cdk.frameworkManaged) resCell.appendChild(el('span', 'badge-managed', 'framework-managed'));
    tr.appendChild(resCell);
    var whereCell = el('td', 'mono where', r.where);
    if (r.iac) whereCell.appendChild(el('div', 'where-iac', 'declared at ' + (r.iac.cdk && r.iac.cdk.source ? r.iac.cdk.source : r.iac.where)));
    tr.appendChild(whereCell);
    tr.appendChild(el('td', '', r.msg));
    toggle.addEventListener('click', function () {
      if (open[r.fp]) delete open[r.fp]; else open[r.fp] = true;
      render();
    });
    return tr;
  }

  function render() {
    var shown = rows.filter(matches);
    var pages = Math.max(1, Math.ceil(shown.length / PAGE));
    if (state.page >= pages) state.page = pages - 1;
    var slice = printing ? shown : shown.slice(state.page * PAGE, state.page * PAGE + PAGE);
    var frag = document.createDocumentFragment();
    slice.forEach(function (r) {
      frag.appendChild(row(r));
      if (open[r.fp]) frag.appendChild(detail(r));
    });
    tbody.replaceChildren(frag);
    document.getElementById('finding-count').textContent = shown.length === rows.length ? String(rows.length) : shown.length + ' of ' + rows.length;
    document.getElementById('no-rows').hidden = shown.length > 0;
    document.getElementById('page-info').textContent = 'Page ' + (state.page + 1) + ' of ' + pages;
    document.getElementById('prev-page').disabled = state.page === 0;
    document.getElementById('next-page').disabled = state.page >= pages - 1;
    document.getElementById('print-note').textContent = printNote(shown.length);
    var note = document.getElementById('active-control');
    note.hidden = !state.control;
    note.textContent = state.control ? 'Showing the findings of control ' + state.control + '.' : '';
    syncControls();
    writeHash();
  }

  function printNote(count) {
    var filters = [];
    if (state.sev.length) filters.push('severity ' + state.sev.join(', '));
    FILTERS.concat(['control']).forEach(function (k) { if (state[k]) filters.push(k + ' ' + state[k]); });
    if (state.q) filters.push('search "' + state.q + '"');
    var what = count === 1 ? '1 finding' : count + ' findings';
    return filters.length ? 'All ' + what + ' matching ' + filters.join('; ') + ' (of ' + rows.length + ').' : 'All ' + what + '.';
  }

  function setPrinting(on) {
    if (on === printing) return;
    printing = on;
    if (on) {
      document.querySelectorAll('details:not([open])').forEach(function (d) {
        d.setAttribute('open', '');
        openedForPrint.push(d);
      });
    } else {
      openedForPrint.forEach(function (d) { d.removeAttribute('open'); });
      openedForPrint = [];
    }
    render();
  }

  function syncControls() {
    document.querySelectorAll('[data-sev]').forEach(function (b) {
      b.setAttribute('aria-pressed', state.sev.indexOf(b.getAttribute('data-sev')) >= 0 ? 'true' : 'false');
    });
    var search = document.getElementById('search');
    if (search.value !== state.q) search.value = state.q;
    document.querySelectorAll('[data-filter]').forEach(function (s) {
      var v = state[s.getAttribute('data-filter')];
      if (s.value !== v) s.value = v;
    });
  }

  document.querySelectorAll('[data-sev]').forEach(function (b) {
    b.addEventListener('click', function () {
      var s = b.getAttribute('data-sev');
      var i = state.sev.indexOf(s);
      if (i >= 0) state.sev.splice(i, 1); else state.sev.push(s);
      state.page = 0;
      render();
    });
  });
  document.getElementById('search').addEventListener('input', function (e) {
    state.q = e.target.value;
    state.page = 0;
    render();
  });
  document.querySelectorAll('[data-filter]').forEach(function (s) {
    s.addEventListener('change', function () {
      state[s.getAttribute('data-filter')] = s.value;
      state.page = 0;
      render();
    });
  });
  document.getElementById('clear-filters').addEventListener('click', function () {
    state = emptyState();
    render();
  });
  document.getElementById('prev-page').addEventListener('click', function () { state.page--; render(); });
  document.getElementById('next-page').addEventListener('click', function () { state.page++; render(); });
  window.addEventListener('hashchange', function () {
    if (location.hash.indexOf('#findings?') !== 0) return;
    state = readHash();
    render();
    if (state.control) document.getElementById('findings').scrollIntoView();
  });

  window.addEventListener('beforeprint', function () { setPrinting(true); });
  window.addEventListener('afterprint', function () { setPrinting(false); });
  var printMedia = window.matchMedia('print');
  if (printMedia.addEventListener) printMedia.addEventListener('change', function (e) { setPrinting(e.matches); });

  state = readHash();
  render();
  if (printMedia.matches) setPrinting(true);
  document.documentElement.setAttribute('data-ready', 'true');
})();
`;
