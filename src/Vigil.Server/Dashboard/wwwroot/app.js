'use strict';
// Vigil dashboard: hash routes, ids only in URLs (never names, emails or other personal data).
const view = document.getElementById('view');
const state = { queue: { level: '', status: 'Open', detector: '', indicator: '', maxAgeHours: '', sort: 'score', dir: 'desc' }, items: [], next: null, sel: 0, checked: new Set() };

function h(tag, attrs, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v); else if (k === 'text') el.textContent = v; else el.setAttribute(k, v === true ? '' : v);
  }
  for (const kid of kids.flat(Infinity)) if (kid !== null && kid !== undefined) el.append(kid instanceof Node ? kid : document.createTextNode(String(kid)));
  return el;
}
const svgNs = 'http://www.w3.org/2000/svg';
function s(tag, attrs, ...kids) { const el = document.createElementNS(svgNs, tag); for (const [k, v] of Object.entries(attrs || {})) { if (k.startsWith('on')) el.addEventListener(k.slice(2), v); else el.setAttribute(k, v); } for (const kid of kids.flat(Infinity)) if (kid != null) el.append(kid instanceof Node ? kid : document.createTextNode(String(kid))); return el; }
function toast(msg) { const t = document.getElementById('toast'); t.textContent = msg; t.classList.add('on'); setTimeout(() => t.classList.remove('on'), 2500); }
async function api(path, opts = {}) {
  const r = await fetch(path, { ...opts, headers: { 'content-type': 'application/json', ...(opts.headers || {}) }, credentials: 'same-origin' });
  if (r.status === 401) { location.href = '/login'; throw new Error('signed out'); }
  const body = r.status === 204 ? null : await r.json().catch(() => null);
  if (!r.ok) { const msg = (body && (body.detail || body.title || (body.errors && Object.values(body.errors).flat().join(' ')))) || r.statusText; throw new Error(msg); }
  return body;
}
const fmt = (t) => t ? new Date(t).toISOString().replace('T', ' ').slice(0, 16) + 'Z' : '';
const lvl = (l) => l ? h('span', { class: 'lvl lvl-' + l }, l) : h('span', { class: 'muted' }, 'none');
const inds = (list) => (list || []).map((i) => h('span', { class: 'ind' }, i));
function setNav(name) { document.querySelectorAll('[data-nav]').forEach((a) => a.classList.toggle('active', a.dataset.nav === name)); }
// Replaces the view; null children (optional sections) are skipped rather than rendered as text.
function show(...kids) { view.replaceChildren(...kids.flat().filter((k) => k !== null && k !== undefined && k !== false)); }
function fail(e) { show(h('p', { class: 'error', role: 'alert' }, 'Error: ' + e.message)); }

// ---------- Alert queue ----------
function queueQuery(extra) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(state.queue)) if (v) q.set(k, v);
  for (const [k, v] of Object.entries(extra || {})) if (v) q.set(k, v);
  return q.toString();
}
async function renderQueue() {
  setNav('queue');
  const f = state.queue;
  const sel = (id, label, key, options) => h('span', {}, h('label', { for: id }, label),
    h('select', { id, onchange: (e) => { f[key] = e.target.value; loadQueue(); } }, options.map(([v, t]) => h('option', { value: v, selected: f[key] === v }, t))));
  const txt = (id, label, key, ph) => h('span', {}, h('label', { for: id }, label),
    h('input', { id, value: f[key], placeholder: ph, size: 14, onchange: (e) => { f[key] = e.target.value.trim(); loadQueue(); } }));
  show(
    h('h1', {}, 'Alert queue'),
    h('div', { class: 'counts', id: 'counts', 'aria-label': 'Counts per level' }),
    h('div', { class: 'filters', role: 'search' },
      sel('f-level', 'Level', 'level', [['', 'All'], ['High', 'High'], ['Review', 'Review']]),
      sel('f-status', 'Status', 'status', [['', 'All'], ['Open', 'Open'], ['Acknowledged', 'Acknowledged'], ['Suppressed', 'Suppressed'], ['Closed', 'Closed']]),
      txt('f-detector', 'Detector', 'detector', 'e.g. shared-payout-account'),
      txt('f-indicator', 'Indicator', 'indicator', 'e.g. PAY-05'),
      sel('f-age', 'Age', 'maxAgeHours', [['', 'Any'], ['24', '< 24 h'], ['168', '< 7 days'], ['720', '< 30 days']])),
    h('div', { class: 'bulk', 'aria-label': 'Bulk actions' },
      h('span', { id: 'nsel', class: 'muted' }, '0 selected'),
      h('label', { for: 'b-assignee' }, 'Assignee'), h('input', { id: 'b-assignee', size: 12 }),
      h('button', { onclick: () => bulk('assign') }, 'Assign'),
      h('label', { for: 'b-reason' }, 'Reason'), h('input', { id: 'b-reason', size: 24 }),
      h('button', { onclick: () => bulk('suppress') }, 'Suppress'),
      h('button', { class: 'primary', onclick: openCaseFromSelection }, 'Open case')),
    h('p', { class: 'muted' }, 'Keys: j / k move, Enter opens, x selects.'),
    h('table', { id: 'queue', 'aria-label': 'Alerts' },
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, h('span', { class: 'muted' }, '✓')),
        ...[['score', 'Score'], [null, 'Level'], [null, 'Subject'], [null, 'Top reason'], [null, 'Indicators'], [null, 'Status'], [null, 'Assignee'], ['created', 'Created']].map(([key, t]) =>
          h('th', { scope: 'col', 'aria-sort': key && f.sort === key ? (f.dir === 'desc' ? 'descending' : 'ascending') : null },
            key ? h('button', { class: 'sort', onclick: () => { f.dir = f.sort === key && f.dir === 'desc' ? 'asc' : 'desc'; f.sort = key; renderQueue(); } }, t + (f.sort === key ? (f.dir === 'desc' ? ' ▼' : ' ▲') : '')) : t)))),
      h('tbody', { id: 'rows' })),
    h('p', {}, h('button', { id: 'more', onclick: () => loadQueue(true) }, 'Load more')));
  await loadQueue();
}
async function loadQueue(more) {
  try {
    const page = await api('/api/alerts?' + queueQuery({ limit: 50, cursor: more ? state.next : '' }));
    if (!more) {
      state.items = []; state.sel = 0; state.checked.clear();
      const c = await api('/api/alerts/counts?' + queueQuery());
      document.getElementById('counts').replaceChildren(h('span', { class: 'count' }, 'Total ', h('strong', {}, c.total)),
        ...['High', 'Review'].map((l) => h('span', { class: 'count' }, lvl(l), ' ', h('strong', { 'data-count': l }, c.byLevel[l] || 0))));
    }
    state.items.push(...page.items); state.next = page.next;
    drawRows();
    document.getElementById('more').disabled = !page.next;
  } catch (e) { fail(e); }
}
function drawRows() {
  const tbody = document.getElementById('rows');
  if (!tbody) return;
  tbody.replaceChildren(...state.items.map((a, i) => h('tr', { class: i === state.sel ? 'sel' : null, 'data-id': a.id, onclick: (e) => { if (e.target.type !== 'checkbox') location.hash = '#/subject/' + a.subjectId + '/' + a.id; } },
    h('td', {}, h('input', { type: 'checkbox', 'aria-label': 'Select alert ' + (i + 1), checked: state.checked.has(a.id), onchange: (e) => { e.target.checked ? state.checked.add(a.id) : state.checked.delete(a.id); updateSel(); } })),
    h('td', {}, a.score.toFixed(1)), h('td', {}, lvl(a.level)), h('td', {}, a.subjectName), h('td', {}, a.topReason),
    h('td', {}, inds(a.indicators)), h('td', {}, a.status), h('td', {}, a.assignee || ''), h('td', {}, fmt(a.createdAt)))));
  if (!state.items.length) tbody.append(h('tr', {}, h('td', { colspan: 9, class: 'muted' }, 'No alerts match.')));
  updateSel();
}
function updateSel() { const n = document.getElementById('nsel'); if (n) n.textContent = state.checked.size + ' selected'; }
async function bulk(action) {
  const ids = [...state.checked];
  if (!ids.length) { toast('Select alerts first (x or the checkboxes).'); return; }
  try {
    const r = await api('/api/alerts/bulk', { method: 'POST', body: JSON.stringify({ ids, action, assignee: document.getElementById('b-assignee').value, reason: document.getElementById('b-reason').value }) });
    toast(`${r.updated} alert(s) updated`); loadQueue();
  } catch (e) { toast(e.message); }
}
async function openCaseFromSelection() {
  const ids = state.checked.size ? [...state.checked] : (state.items[state.sel] ? [state.items[state.sel].id] : []);
  if (!ids.length) return;
  try { const c = await api('/api/cases', { method: 'POST', body: JSON.stringify({ alertIds: ids }) }); location.hash = '#/case/' + c.case.id; } catch (e) { toast(e.message); }
}
document.addEventListener('keydown', (e) => {
  if (!location.hash.startsWith('#/queue') && location.hash !== '' && location.hash !== '#/') return;
  if (['INPUT', 'SELECT', 'TEXTAREA', 'BUTTON'].includes(document.activeElement.tagName)) return;
  if (e.key === 'j') state.sel = Math.min(state.sel + 1, state.items.length - 1);
  else if (e.key === 'k') state.sel = Math.max(state.sel - 1, 0);
  else if (e.key === 'x' && state.items[state.sel]) { const id = state.items[state.sel].id; state.checked.has(id) ? state.checked.delete(id) : state.checked.add(id); }
  else if (e.key === 'Enter' && state.items[state.sel]) { const a = state.items[state.sel]; location.hash = '#/subject/' + a.subjectId + '/' + a.id; return; }
  else return;
  drawRows();
  document.querySelector('tr.sel')?.scrollIntoView({ block: 'nearest' });
});

// ---------- Subject ----------
function hourChart(title, hours, note, flagNight) {
  const max = Math.max(1, ...hours); const w = 16;
  return h('figure', {}, h('figcaption', {}, title, note ? h('span', { class: 'muted' }, ' ' + note) : null),
    s('svg', { width: 24 * w + 20, height: 120, viewBox: `0 0 ${24 * w + 20} 120`, role: 'img', 'aria-label': title + ': events per hour of day' },
      hours.map((n, i) => s('g', {}, s('rect', { x: 10 + i * w, y: 100 - (n / max) * 90, width: w - 3, height: (n / max) * 90, fill: flagNight && (i < 8 || i > 19) ? '#b3261e' : '#0b57d0' }, s('title', {}, `${i}:00 — ${n}`)),
        i % 3 === 0 ? s('text', { x: 10 + i * w, y: 114 }, String(i)) : null))));
}
async function renderSubject(id, alertId) {
  setNav('queue');
  try {
    const [sub, events, near] = await Promise.all([api('/api/subjects/' + id), api('/api/subjects/' + id + '/events?limit=100'), api(`/api/subjects/${id}/cluster?depth=1`)]);
    const names = new Map(near.nodes.map((n) => [n.subjectId, n.fullName]));
    const countries = [...new Set(sub.activity.ips.map((ip) => ip.country).filter(Boolean))];
    const a = sub.alert;
    show(
      h('h1', {}, sub.fullName, ' ', a ? lvl(a.level) : null, a ? h('span', { class: 'muted' }, ` score ${a.score.toFixed(1)}`) : null),
      h('div', { class: 'actions' },
        h('a', { href: '#/cluster/' + id, id: 'to-cluster' }, 'View cluster'),
        a ? h('button', { class: 'primary', id: 'open-case', onclick: async () => { try { const c = a.caseId ? { case: { id: a.caseId } } : await api('/api/cases', { method: 'POST', body: JSON.stringify({ alertIds: [a.id] }) }); location.hash = '#/case/' + c.case.id; } catch (e) { toast(e.message); } } }, a.caseId ? 'Go to case' : 'Open case') : null,
        a ? h('label', { for: 's-reason' }, 'Suppress reason') : null, a ? h('input', { id: 's-reason', size: 28 }) : null,
        a ? h('button', { onclick: async () => { try { await api(`/api/alerts/${a.id}/suppress`, { method: 'POST', body: JSON.stringify({ reason: document.getElementById('s-reason').value }) }); toast('Suppressed'); renderSubject(id); } catch (e) { toast(e.message); } } }, 'Suppress') : null),
      h('div', { class: 'grid2' },
        h('section', { class: 'card', 'aria-labelledby': 'claimed' }, h('h2', { id: 'claimed' }, 'Claimed'),
          h('dl', { class: 'kv' }, h('dt', {}, 'External id'), h('dd', {}, sub.externalId), h('dt', {}, 'Country'), h('dd', {}, sub.claimedCountry || '—'),
            h('dt', {}, 'Time zone'), h('dd', {}, sub.claimedTimezone || '—'), h('dt', {}, 'Position'), h('dd', {}, sub.position || '—'),
            h('dt', {}, 'Kind / status'), h('dd', {}, `${sub.kind} / ${sub.status}`)),
          h('h2', {}, 'Identifiers'), h('ul', {}, sub.identifiers.map((i) => h('li', {}, h('strong', {}, i.kind), ': ', i.value, i.isValid ? '' : h('span', { class: 'error' }, ' (invalid)'), i.detail ? h('span', { class: 'muted' }, ' ' + i.detail) : null)))),
        h('section', { class: 'card', 'aria-labelledby': 'observed' }, h('h2', { id: 'observed' }, 'Observed'),
          h('p', {}, `${sub.activity.events} events`, sub.activity.first ? ` from ${fmt(sub.activity.first)} to ${fmt(sub.activity.last)}` : ''),
          sub.claimedTimezone ? hourChart('Activity by hour in the claimed time zone', sub.activity.hoursClaimedLocal, `(${sub.claimedTimezone}; red = outside 08–20)`, true) : null,
          hourChart('Activity by hour (UTC)', sub.activity.hoursUtc),
          h('h2', {}, 'IP addresses'),
          h('p', { id: 'observed-countries' }, countries.length ? ['Seen from ', countries.map((c) => h('span', { class: c === sub.claimedCountry ? null : 'warn' }, c)).flatMap((x, i) => i ? [', ', x] : [x]), ` (claimed ${sub.claimedCountry || '—'})`]
            : h('span', { class: 'muted' }, 'No IP location data (IP intelligence not loaded).')),
          h('ul', {}, sub.activity.ips.map((ip) => h('li', {}, ip.ip, ` ×${ip.count} `, h('span', { class: ip.country && sub.claimedCountry && ip.country !== sub.claimedCountry ? 'warn' : 'muted' }, [ip.country, ip.city, ip.anonymizer].filter(Boolean).join(' · ') || 'location unknown')))))),
      h('section', { class: 'card', 'aria-labelledby': 'findings' }, h('h2', { id: 'findings' }, 'Findings'),
        a && a.findings && a.findings.length ? a.findings.map((f) => h('div', { class: 'finding' },
          h('div', {}, h('span', { class: 'ind' }, f.indicatorId), ' ', h('strong', {}, f.summary), h('span', { class: 'muted' }, ` — ${f.detectorId}, weight ${f.weight}, contribution ${(f.contribution ?? f.weight).toFixed ? (f.contribution ?? f.weight).toFixed(1) : f.contribution}`)),
          h('ul', { class: 'evidence' }, (f.evidence || []).map((ev) => h('li', {}, h('strong', {}, ev.label), ': ', ev.value, ev.reference ? h('span', { class: 'muted' }, ' · ' + ev.reference) : null))),
          (f.relatedSubjects || []).length ? h('p', {}, 'Related: ', f.relatedSubjects.map((r, i) => h('a', { href: '#/subject/' + r }, names.get(r) || `subject ${i + 1}`)).reduce((acc, x) => acc.length ? [...acc, ', ', x] : [x], [])) : null))
          : h('p', { class: 'muted' }, 'No findings.')),
      sanctionsCard(a ? a.findings || [] : []),
      linkedCard(id, sub, near),
      h('section', { class: 'card', 'aria-labelledby': 'timeline' }, h('h2', { id: 'timeline' }, 'Timeline'),
        h('ol', { class: 'tl' }, events.items.map((e) => h('li', {}, fmt(e.at), ' ', h('strong', {}, e.type), ` via ${e.source}`, e.ip ? ` from ${e.ip}` : '', e.deviceId ? ` device ${e.deviceId}` : '', e.success === false ? ' (failed)' : '')))));
  } catch (e) { fail(e); }
}

// Every other subject this one is joined to: shared identifiers (with the value), and the direct cluster neighbours
// (shared egress IP, or named as related by a finding: photo, résumé, ship-to address, payout).
function linkedCard(id, sub, near) {
  const byId = new Map();
  for (const l of sub.linked) { const e = byId.get(l.subjectId) || { name: l.fullName, why: [] }; e.why.push(`${l.kind}: ${l.value}`); byId.set(l.subjectId, e); }
  for (const e of near.edges) {
    const other = e.from === id ? e.to : e.to === id ? e.from : null; if (!other) continue;
    const x = byId.get(other) || { name: (near.nodes.find((n) => n.subjectId === other) || {}).fullName || other, why: [] };
    for (const k of e.kinds) if (!x.why.some((w) => w.startsWith(k + ':'))) x.why.push(k);
    byId.set(other, x);
  }
  return h('section', { class: 'card', 'aria-labelledby': 'linked' }, h('h2', { id: 'linked' }, `Linked to ${byId.size} other subject(s)`),
    byId.size ? h('ul', { id: 'linked-list' }, [...byId].map(([sid, x]) => h('li', {}, h('a', { href: '#/subject/' + sid }, x.name), ' — ', x.why.join('; '))))
      : h('p', { class: 'muted' }, 'No shared identifiers, egress IPs or related findings.'));
}

// Sanctions findings (SAN-01 name, PAY-10 wallet) carry one evidence item per matched feature ("name:token-set 0.93",
// "dob:exact"), referenced "list:entry": shown as a feature breakdown per listed entry.
function sanctionsCard(findings) {
  const hits = findings.filter((f) => f.detectorId.startsWith('sanctions'));
  if (!hits.length) return null;
  return h('section', { class: 'card', 'aria-labelledby': 'sanctions' }, h('h2', { id: 'sanctions' }, 'Sanctions matches'),
    hits.map((f) => h('div', { class: 'finding' }, h('div', {}, h('span', { class: 'ind' }, f.indicatorId), ' ', h('strong', {}, f.summary)),
      table(null, 'Matched features', ['Feature', 'How it matched', 'List entry'], (f.evidence || []).map((ev) => {
        const [feature, ...rest] = String(ev.value).split(':');
        return [feature, rest.join(':') || ev.value, ev.reference || ''];
      }), 'No feature detail.'))));
}

// ---------- Cluster ----------
async function renderCluster(id) {
  setNav('queue');
  try {
    const c = await api(`/api/subjects/${id}/cluster`);
    const W = 1000, H = 560, n = c.nodes.length;
    const pos = new Map(c.nodes.map((nd, i) => [nd.subjectId, nd.isRoot ? { x: W / 2, y: H / 2 } : { x: W / 2 + 220 * Math.cos(2 * Math.PI * i / n), y: H / 2 + 200 * Math.sin(2 * Math.PI * i / n) }]));
    for (let it = 0; it < 200; it++) { // small force layout: repel all, pull linked
      for (const a of c.nodes) for (const b of c.nodes) if (a !== b) { const p = pos.get(a.subjectId), q = pos.get(b.subjectId); const dx = p.x - q.x, dy = p.y - q.y, d2 = Math.max(dx * dx + dy * dy, 25); p.x += dx / d2 * 4000; p.y += dy / d2 * 4000; }
      for (const e of c.edges) { const p = pos.get(e.from), q = pos.get(e.to); const dx = q.x - p.x, dy = q.y - p.y; p.x += dx * 0.01; p.y += dy * 0.01; q.x -= dx * 0.01; q.y -= dy * 0.01; }
      for (const p of pos.values()) { p.x = Math.min(W - 60, Math.max(60, p.x)); p.y = Math.min(H - 45, Math.max(30, p.y)); }
    }
    const color = (l) => l === 'High' ? '#b3261e' : l === 'Review' ? '#c98a1b' : '#9ca3af';
    // Short edge labels: identifier kinds and the detectors that link subjects, named for what is shared.
    const short = { Phone: 'phone', Email: 'email', PayoutAccount: 'payout', BankAccount: 'bank account', CryptoWallet: 'wallet', IpAddress: 'IP', EgressIp: 'egress IP',
      PostalAddress: 'address', PhotoHash: 'photo', DeviceId: 'device', DocumentNumber: 'ID document', GitHub: 'GitHub', LinkedIn: 'LinkedIn', Url: 'URL',
      'shared-payout-account': 'payout', 'shared-ship-to-address': 'ship-to address', 'shared-egress': 'egress IP', 'shared-device': 'device',
      'shared-household-contact': 'household contact', 'near-duplicate-document': 'résumé', 'reused-photo': 'photo', 'known-template': 'résumé template',
      'github-follow-ring': 'GitHub follow ring', 'identity-cluster': 'identity cluster', 'shared-identifier': 'shared identifier' };
    const label = (k) => short[k] || k;
    for (const e of c.edges) e.kinds = [...new Set(e.kinds.map(label))].sort();
    const kinds = [...new Set(c.edges.flatMap((e) => e.kinds))].sort();
    const hidden = new Set();
    const edgeEls = c.edges.map((e) => { const p = pos.get(e.from), q = pos.get(e.to);
      const line = s('line', { x1: p.x, y1: p.y, x2: q.x, y2: q.y }), label = s('text', { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 - 4, 'text-anchor': 'middle' }, e.kinds.join(', '));
      return { e, g: s('g', { class: 'edge', 'data-kinds': e.kinds.join(' ') }, line, label), line, label }; });
    const place = (id) => { const p = pos.get(id);
      for (const x of edgeEls) {
        if (x.e.from === id) { x.line.setAttribute('x1', p.x); x.line.setAttribute('y1', p.y); }
        if (x.e.to === id) { x.line.setAttribute('x2', p.x); x.line.setAttribute('y2', p.y); }
        if (x.e.from === id || x.e.to === id) { const a = pos.get(x.e.from), b = pos.get(x.e.to); x.label.setAttribute('x', (a.x + b.x) / 2); x.label.setAttribute('y', (a.y + b.y) / 2 - 4); }
      } };
    const refilter = () => { for (const x of edgeEls) x.g.style.display = x.e.kinds.every((k) => hidden.has(k)) ? 'none' : ''; };
    const svg = s('svg', { class: 'graph', viewBox: `0 0 ${W} ${H}`, role: 'group', 'aria-label': `Cluster of ${n} subjects joined by shared identifiers` },
      edgeEls.map((x) => x.g),
      c.nodes.map((nd) => { const p = pos.get(nd.subjectId); const go = () => { location.hash = '#/subject/' + nd.subjectId; };
        const circle = s('circle', { cx: p.x, cy: p.y, r: nd.isRoot ? 16 : 12, fill: color(nd.level) }), name = s('text', { x: p.x, y: p.y + 28, 'text-anchor': 'middle' }, nd.fullName);
        let drag = null; // drag moves a node (and its edges); a click without movement opens the subject
        const move = (ev) => { if (!drag) return; const r = svg.getBoundingClientRect(); p.x = (ev.clientX - r.left) * W / r.width; p.y = (ev.clientY - r.top) * H / r.height; drag.moved = true;
          circle.setAttribute('cx', p.x); circle.setAttribute('cy', p.y); name.setAttribute('x', p.x); name.setAttribute('y', p.y + 28); place(nd.subjectId); };
        return s('g', { class: 'node' + (nd.isRoot ? ' root' : ''), tabindex: 0, role: 'link', 'data-id': nd.subjectId, 'aria-label': `${nd.fullName}, ${nd.level || 'no alert'}${nd.score != null ? ', score ' + nd.score : ''}`,
          onpointerdown: (ev) => { drag = { moved: false }; ev.currentTarget.setPointerCapture(ev.pointerId); }, onpointermove: move,
          onpointerup: () => { const moved = drag && drag.moved; drag = null; if (!moved) go(); },
          onkeydown: (e) => { if (e.key === 'Enter') go(); } },
          s('title', {}, `${nd.fullName} — ${nd.level || 'no alert'}`), circle, name); }));
    const legend = h('fieldset', { class: 'legend' }, h('legend', {}, 'Links shown'), kinds.map((k) => h('label', { class: 'chk' },
      h('input', { type: 'checkbox', checked: true, onchange: (ev) => { ev.target.checked ? hidden.delete(k) : hidden.add(k); refilter(); } }), ' ' + k, ` (${c.edges.filter((e) => e.kinds.includes(k)).length})`)));
    show(h('h1', {}, `Cluster: ${n} subjects, ${c.edges.length} links`), h('p', { class: 'muted' }, c.truncated ? 'Large shared identifiers (hubs) were not expanded.' : ''),
      h('p', { class: 'muted' }, 'Click or press Enter on a subject to open it; drag to rearrange. Edge labels name what the subjects share (identifier kind, egress IP, or the detector that linked them).'), kinds.length ? legend : null, svg,
      h('section', { class: 'card' }, h('h2', {}, 'Combined findings'),
        h('table', {}, h('thead', {}, h('tr', {}, ['Indicator', 'Detector', 'Subjects', 'Max weight', 'Summary'].map((t) => h('th', { scope: 'col' }, t)))),
          h('tbody', {}, c.findings.map((f) => h('tr', {}, h('td', {}, h('span', { class: 'ind' }, f.indicatorId)), h('td', {}, f.detectorId), h('td', {}, f.subjects), h('td', {}, f.maxWeight), h('td', {}, f.summary)))))));
  } catch (e) { fail(e); }
}

// ---------- Cases ----------
async function renderCases() {
  setNav('cases');
  try {
    const list = await api('/api/cases');
    show(h('h1', {}, 'Cases'), h('table', { 'aria-label': 'Cases' },
      h('thead', {}, h('tr', {}, ['Title', 'Status', 'Disposition', 'Assignee', 'Due', 'Alerts', 'Updated'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, list.items.map((c) => h('tr', { onclick: () => { location.hash = '#/case/' + c.id; } },
        h('td', {}, h('a', { href: '#/case/' + c.id }, c.title)), h('td', {}, c.status), h('td', {}, c.disposition), h('td', {}, c.assignee || ''),
        h('td', { class: c.overdue ? 'error' : null }, fmt(c.dueAt) + (c.overdue ? ' overdue' : '')), h('td', {}, c.alertCount), h('td', {}, fmt(c.updatedAt)))))));
  } catch (e) { fail(e); }
}
async function renderCase(id) {
  setNav('cases');
  try {
    const r = await api('/api/cases/' + id); const c = r.case;
    const patch = async (body) => { try { await api('/api/cases/' + id, { method: 'PATCH', body: JSON.stringify({ version: c.version, ...body }) }); toast('Saved'); renderCase(id); } catch (e) { toast(e.message); } };
    show(
      h('h1', {}, c.title),
      h('section', { class: 'card' }, h('dl', { class: 'kv' }, h('dt', {}, 'Status'), h('dd', { id: 'case-status' }, c.status), h('dt', {}, 'Disposition'), h('dd', { id: 'case-disposition' }, c.disposition),
        h('dt', {}, 'Assignee'), h('dd', {}, c.assignee || '—'), h('dt', {}, 'Due'), h('dd', {}, c.dueAt ? fmt(c.dueAt) : '—'), h('dt', {}, 'Version'), h('dd', {}, c.version)),
        h('div', { class: 'actions' },
          ...r.nextStatuses.filter((st) => st !== 'Closed').map((st) => h('button', { onclick: () => patch({ status: st }) }, 'Move to ' + st)),
          r.nextStatuses.includes('Closed') ? [h('label', { for: 'disp' }, 'Disposition'), h('select', { id: 'disp' }, [['Confirmed', 'Confirmed'], ['FalsePositive', 'False positive'], ['Benign', 'Benign']].map(([v, t]) => h('option', { value: v }, t))),
            h('button', { class: 'primary', id: 'close-case', onclick: () => patch({ status: 'Closed', disposition: document.getElementById('disp').value }) }, 'Close case')] : null),
        h('div', { class: 'actions' }, h('label', { for: 'assignee' }, 'Assignee'), h('input', { id: 'assignee', value: c.assignee || '' }), h('button', { onclick: () => patch({ assignee: document.getElementById('assignee').value }) }, 'Assign'),
          h('label', { for: 'due' }, 'Due date'), h('input', { id: 'due', type: 'date', value: c.dueAt ? c.dueAt.slice(0, 10) : '' }), h('button', { onclick: () => { const v = document.getElementById('due').value; patch(v ? { dueAt: v + 'T00:00:00Z' } : { clearDueAt: true }); } }, 'Set due'))),
      h('section', { class: 'card' }, h('h2', {}, 'Alerts'), h('ul', {}, r.alerts.map((a) => h('li', {}, lvl(a.level), ' ', h('a', { href: `#/subject/${a.subjectId}/${a.id}` }, a.subjectName), ` — ${a.topReason} `, inds(a.indicators), ` (${a.status})`)))),
      h('section', { class: 'card' }, h('h2', {}, 'Notes and evidence'), h('ul', {}, r.notes.map((n) => h('li', {}, h('strong', {}, n.author), ` ${fmt(n.at)}: ${n.text}`, n.evidenceRef ? h('span', { class: 'muted' }, ' · evidence ' + n.evidenceRef) : null))),
        h('form', { onsubmit: async (e) => { e.preventDefault(); try { await api(`/api/cases/${id}/notes`, { method: 'POST', body: JSON.stringify({ text: document.getElementById('note').value, evidenceRef: document.getElementById('evref').value }) }); renderCase(id); } catch (err) { toast(err.message); } } },
          h('label', { for: 'note' }, 'Note'), h('textarea', { id: 'note', rows: 2, cols: 60, required: true }), ' ', h('label', { for: 'evref' }, 'Evidence link'), h('input', { id: 'evref', size: 30, placeholder: 'subject/…, URL' }), ' ', h('button', { type: 'submit' }, 'Add note'))),
      h('section', { class: 'card' }, h('h2', { id: 'audit-title' }, 'Audit trail'), h('table', { id: 'audit', 'aria-labelledby': 'audit-title' },
        h('thead', {}, h('tr', {}, ['#', 'When', 'Who', 'Action', 'Target', 'Details'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, r.audit.map((e) => h('tr', {}, h('td', {}, e.sequence), h('td', {}, fmt(e.at)), h('td', {}, e.actor), h('td', {}, e.action), h('td', {}, e.target.split('/')[0]), h('td', { class: 'muted' }, e.detailsJson || '')))))));
  } catch (e) { fail(e); }
}

// ---------- Overview ----------
async function renderOverview() {
  setNav('overview');
  try {
    const [o, st] = await Promise.all([api('/api/overview'), api('/api/overview/status')]);
    const max = Math.max(1, ...o.alertsPerDay.map((d) => d.count));
    show(h('h1', {}, 'Overview'),
      h('div', { class: 'counts' }, h('span', { class: 'count' }, 'Subjects ', h('strong', {}, o.subjects)), h('span', { class: 'count' }, 'Events ', h('strong', {}, o.events)),
        h('span', { class: 'count' }, 'Alerts ', h('strong', {}, o.alerts.total)), ...['High', 'Review'].map((l) => h('span', { class: 'count' }, lvl(l), ' ', o.alerts.byLevel[l] || 0)), h('span', { class: 'count' }, 'Open cases ', h('strong', {}, o.openCases))),
      h('section', { class: 'card' }, h('h2', {}, 'Alerts per day (30 days)'), s('svg', { width: 30 * 22 + 20, height: 140, viewBox: '0 0 680 140', role: 'img', 'aria-label': 'Alerts per day' },
        o.alertsPerDay.map((d, i) => s('g', {}, s('rect', { x: 10 + i * 22, y: 110 - d.count / max * 100, width: 18, height: d.count / max * 100, fill: '#0b57d0' }, s('title', {}, `${d.day}: ${d.count}`)), i % 5 === 0 ? s('text', { x: 10 + i * 22, y: 128 }, d.day.slice(5)) : null)))),
      h('div', { class: 'grid2' },
        h('section', { class: 'card' }, h('h2', {}, 'Top detectors (open alerts)'), h('ol', {}, o.topDetectors.map((d) => h('li', {}, h('a', { href: '#/queue', onclick: () => { state.queue.detector = d.name; } }, d.name), ` — ${d.count}`)))),
        h('section', { class: 'card' }, h('h2', {}, 'Top indicators'), h('ol', {}, o.topIndicators.map((d) => h('li', {}, h('span', { class: 'ind' }, d.name), ` — ${d.count}`))))),
      h('div', { class: 'grid2' }, listsCard(st), ingestCard(st)),
      sharingCard(st.sharing),
      h('section', { class: 'card' }, h('h2', {}, 'Recent import jobs'), o.recentJobs.length ? h('ul', {}, o.recentJobs.map((j) => h('li', {}, `${fmt(j.createdAt)} ${j.status}: ${j.processed}/${j.total}, ${j.added} added, ${j.rejected} rejected`))) : h('p', { class: 'muted' }, 'None.')));
  } catch (e) { fail(e); }
}

function table(id, caption, heads, rows, empty) {
  if (!rows.length) return h('p', { class: 'muted', id }, empty);
  return h('div', { class: 'scroll' }, h('table', { id, 'aria-label': caption },
    h('thead', {}, h('tr', {}, heads.map((t) => h('th', { scope: 'col' }, t)))), h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c)))))));
}
const age = (days) => days === null || days === undefined ? '—' : days < 1 ? `${Math.round(days * 24)} h` : `${Math.round(days)} d`;
function listsCard(st) {
  return h('section', { class: 'card', 'aria-labelledby': 'lists-title' }, h('h2', { id: 'lists-title' }, 'Sanctions list freshness'),
    table('lists', 'Sanctions lists', ['Source', 'Entries', 'Published', 'Loaded', 'Age'],
      st.lists.map((l) => [l.source, l.entries.toLocaleString('en'), l.publishedVersion || '—', fmt(l.loadedAt), h('span', { class: l.ageDays > 30 ? 'error' : null }, age(l.ageDays) + (l.ageDays > 30 ? ' (stale)' : ''))]),
      'No sanctions lists loaded: run `vigil lists load` or `vigil lists update`. Sanctions screening is off until then.'));
}
function ingestCard(st) {
  const im = st.imports;
  return h('section', { class: 'card', 'aria-labelledby': 'ingest-title' }, h('h2', { id: 'ingest-title' }, 'Ingest health'),
    table('ingest', 'Ingest per log source', ['Source', 'Events', 'Newest event', 'Age', 'No subject', 'Failures'],
      st.ingest.map((i) => [i.source, i.events.toLocaleString('en'), fmt(i.newestEvent), age(i.hoursSinceNewest === null ? null : i.hoursSinceNewest / 24),
        h('span', { class: i.unattributed ? 'warn' : null, title: 'Events whose account matched no subject' }, i.unattributed), i.failures]),
      'No logs ingested yet.'),
    h('p', {}, `Subject imports: ${im.jobs} job(s), ${im.rowsAdded} rows added, `, h('span', { class: im.rowsRejected ? 'warn' : null }, `${im.rowsRejected} rejected`),
      `, ${im.failedJobs} failed`, im.lastFinished ? `; last finished ${fmt(im.lastFinished)}` : ''));
}
function sharingCard(sh) {
  return h('section', { class: 'card', 'aria-labelledby': 'sharing-title' }, h('h2', { id: 'sharing-title' }, 'Sharing partners and exchange'),
    h('div', { class: 'grid2' },
      h('div', {}, h('h3', {}, 'Published (TAXII collections)'),
        table('collections', 'TAXII collections', ['Collection', 'Objects', 'Last added', 'Pushes received', 'Objects pushed', 'Failures'],
          sh.collections.map((c) => [c.title, c.objects, fmt(c.lastAdded), c.pushes, c.pushedObjects, c.pushFailures]), 'No TAXII collections yet.'),
        h('h3', {}, 'Partners'),
        table('partners', 'TAXII partners', ['Partner', 'May read', 'May write'], sh.partners.map((p) => [p.name, p.read.join(', ') || '—', p.write.join(', ') || '—']), 'No partners configured (section Taxii:Partners).')),
      h('div', {}, h('h3', {}, 'Received (community intelligence)'),
        table('received', 'Received intelligence', ['Source', 'Indicators', 'Last loaded'], sh.received.map((r) => [r.source, r.indicators.toLocaleString('en'), fmt(r.lastLoaded)]), 'Nothing received yet (vigil share pull / import).'))));
}

// ---------- Router ----------
// Timings for the browser tests and for anyone profiling: each view records, via the Performance API, how long it took
// from the route change to the first frame painted with its data (measure "vigil:view:<name>"), and the first view also
// when that frame came relative to the page's navigation start (mark "vigil:painted:<name>").
const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
let firstView = true;
async function route() {
  const parts = location.hash.replace(/^#\/?/, '').split('/');
  const name = parts[0] || 'queue';
  performance.mark('vigil:start:' + name);
  switch (name) {
    case 'subject': await renderSubject(parts[1], parts[2]); break;
    case 'cluster': await renderCluster(parts[1]); break;
    case 'cases': await renderCases(); break;
    case 'case': await renderCase(parts[1]); break;
    case 'overview': await renderOverview(); break;
    default: await renderQueue();
  }
  await nextFrame();
  const m = performance.measure('vigil:view:' + name, 'vigil:start:' + name);
  const t = { viewMs: Math.round(m.duration) };
  if (firstView) { t.sinceNavigationMs = Math.round(performance.mark('vigil:painted:' + name).startTime); firstView = false; }
  window.vigilTimings = { ...(window.vigilTimings || {}), [name]: t };
  view.dataset.ready = name;
}
window.addEventListener('hashchange', () => { view.dataset.ready = ''; route(); });
document.getElementById('logout').addEventListener('click', async () => { await fetch('/auth/logout', { method: 'POST' }); location.href = '/login'; });
api('/api/me').then((me) => { document.getElementById('me').textContent = `${me.name} (${me.role}) · ${me.orgName}`; }).catch(() => {});
route();
