import { api } from '../api.js';
import { t, msg } from '../i18n.js';
import { h, table, when } from '../dom.js';
import { PlanMap } from '../map.js';
import { tablesTab } from './tables.js';
import { parcelsTab, mayEdit, parcelUrl } from './parcels.js';
import { problemsTable } from './problems.js';
import { workflowTab } from './workflow.js';

const TABS = ['map', 'tables', 'parcels', 'workflow', 'versions'];

export async function planPage(main, id, tab) {
  const s = await api('GET', `/api/plans/${id}`);
  const p = s.plan;
  main.append(h('section', { class: 'plan-head' },
    h('h1', { id: 'plan-title' }, `${p.name}（${p.unitCode}）`),
    h('span', { class: 'state', id: 'plan-state', 'data-state': p.state }, p.stateZh),
    s.latest ? h('span', {}, ` v${s.latest.number} · ${t('violations')} ${s.latest.violations}`) : ''),
  staleBanner(s.stale),
  h('nav', { class: 'tabs' }, TABS.map((x) => h('a', { href: `#/plans/${id}/${x}`, class: x === tab ? 'active' : '', id: 'tab-' + x }, t(x)))));
  const body = h('div', { class: 'tab-body' });
  main.append(body);
  if (tab === 'map') await mapTab(body, id, s);
  else if (tab === 'tables') await tablesTab(body, id);
  else if (tab === 'parcels') await parcelsTab(body, id, s);
  else if (tab === 'workflow') await workflowTab(body, id, s);
  else await versionsTab(body, id);
}

function staleBanner(stale) {
  if (!stale || !stale.length) return '';
  return h('div', { class: 'stale', id: 'stale-banner' }, t('stale'),
    table([t('staleRule'), t('checkedWith'), t('runningNow')], stale.map((x) => [x.rule, x.checked || '—', x.running || '—'])));
}

async function mapTab(body, id, s) {
  const mapEl = h('div', { id: 'map', class: 'map' });
  const legend = h('div', { class: 'legend', id: 'legend' }, h('h3', {}, t('legend')),
    PlanMap.legend().map(([fill, label, stroke]) => h('div', {}, h('i', { style: `background:${fill};border-color:${stroke || '#888'}` }), label)));
  const verdictList = h('ol', { class: 'verdicts', id: 'verdicts' });
  const shapeBar = h('div', { class: 'shape-editor', id: 'shape-editor' });
  body.append(h('div', { class: 'map-layout' }, h('div', { class: 'map-wrap' }, mapEl, legend),
    h('aside', {}, shapeBar, h('h2', {}, t('verdicts')), verdictList)));
  const map = new PlanMap(mapEl, id, s);
  window.landconMap = map; // for the browser tests and the console
  await listVerdicts(id, map, verdictList);
  map.map.on('singleclick', (e) => {
    if (map.editing) return;
    const f = map.parcelAt(e.pixel);
    if (!f) return;
    const parcel = { id: f.getId(), type: f.get('type') };
    shapeBar.replaceChildren(h('b', { id: 'shape-parcel' }, `${t('parcel')} ${parcel.id}`), ' ',
      mayEdit(s, parcel) ? h('button', { type: 'button', id: 'edit-shape', onclick: () => editShape(f) }, t('editShape')) : '');
  });

  function editShape(f) {
    map.editShape(f);
    const out = h('div', { id: 'shape-result' });
    const save = async () => {
      try {
        const v = await api('PUT', parcelUrl(id, f.getId()), { geometry: map.editedGeometry() });
        map.stopEditing();
        shapeBar.replaceChildren(h('p', { class: 'good', id: 'shape-saved' }, `${t('saved')}: v${v.number}, ${t('violations')} ${v.violations}`));
        map.layers.parcels.getSource().refresh();
        map.layers.findings.getSource().refresh();
        await listVerdicts(id, map, verdictList);
      } catch (err) {
        out.replaceChildren(h('p', { class: 'error' }, msg(err.body?.error, err.body?.errorEn)));
        if (err.body?.problems) out.append(problemsTable(err.body.problems));
      }
    };
    const cancel = () => { map.stopEditing(); shapeBar.replaceChildren(); };
    shapeBar.replaceChildren(h('b', {}, `${t('editShape')} ${f.getId()}`), h('p', { class: 'hint' }, t('shapeHint')),
      h('button', { type: 'button', id: 'save-shape', onclick: save }, t('saveShape')), ' ',
      h('button', { type: 'button', id: 'cancel-shape', onclick: cancel }, t('cancel')), out);
  }
}

async function listVerdicts(id, map, verdictList) {
  const v = await api('GET', `/api/plans/${id}/verdicts`);
  const order = { violation: 0, error: 1, warning: 2, info: 3, pass: 4, 'not-applicable': 5 };
  const titles = Object.fromEntries(v.rules.map((r) => [r.id, r]));
  verdictList.replaceChildren();
  for (const x of [...v.verdicts].sort((a, b) => order[a.verdict] - order[b.verdict])) {
    const r = titles[x.rule] || {};
    const li = h('li', { class: 'verdict ' + x.verdict, 'data-rule': x.rule, tabindex: 0 },
      h('b', {}, x.rule), ' ', h('span', { class: 'outcome' }, t('out.' + x.verdict)), ' ', msg(r.title, r.titleEn),
      h('div', { class: 'message' }, msg(x.message, x.messageEn)),
      x.features.length ? h('div', { class: 'features' }, x.features.slice(0, 8).join(', ') + (x.features.length > 8 ? ' …' : '')) : '');
    li.addEventListener('click', () => {
      verdictList.querySelectorAll('.selected').forEach((e) => e.classList.remove('selected'));
      li.classList.add('selected');
      map.show(x.features);
    });
    verdictList.append(li);
  }
}

async function versionsTab(body, id) {
  const versions = await api('GET', `/api/plans/${id}/versions`);
  body.append(table([t('version'), t('created'), t('actor'), t('details'), t('violations'), 'plan.json'],
    versions.map((v) => [`v${v.number}`, when(v.created), v.author, v.note || '', String(v.violations),
      h('a', { href: `/api/plans/${id}/versions/${v.number}/plan.json`, target: '_blank' }, 'plan.json')]), { id: 'version-table' }));
}
