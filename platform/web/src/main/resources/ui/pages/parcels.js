import { api } from '../api.js';
import { t, msg } from '../i18n.js';
import { h, table, fmt } from '../dom.js';
import { session } from '../app.js';
import { problemsTable } from './problems.js';

const FIELDS = ['name', 'kind', 'toDLBM', 'toGrade', 'measure', 'start', 'finish', 'investment', 'households', 'consentRatio', 'department'];

/** Who may edit a parcel: the county compiler, or a department editor of the parcel's content type. */
export function mayEdit(s, parcel) {
  const u = session.user;
  return ['draft', 'consented'].includes(s.plan.state) && u.roles.some((r) => (r.role === 'county-compiler' && u.county === s.plan.county)
    || (r.role === 'department-editor' && r.scope === parcel.type));
}

export async function parcelsTab(body, id, s) {
  const parcels = await api('GET', `/api/plans/${id}/parcels`);
  const editor = h('div', { id: 'parcel-editor' });
  body.append(table(['ID', t('subproject'), t('name'), t('type'), t('kind'), 'toDLBM', t('area'), ''],
    parcels.map((p) => [p.id, p.subproject, p.name || '', p.type, p.kind, p.toDLBM || '', fmt(p.planarArea),
      mayEdit(s, p) ? h('button', { type: 'button', class: 'edit', 'data-parcel': p.id, onclick: () => edit(editor, id, p) }, t('edit')) : '']),
  { id: 'parcel-table' }), editor);
}

/** The REST address of a change parcel (its id may hold '/'). */
export function parcelUrl(id, parcelId) {
  return `/api/plans/${id}/parcels/${parcelId.split('/').map(encodeURIComponent).join('/')}`;
}

function edit(editor, id, p) {
  const inputs = Object.fromEntries(FIELDS.map((k) => [k, h('input', { name: k, value: p[k] ?? '' })]));
  const out = h('div', { id: 'edit-result' });
  const save = async (e) => {
    e.preventDefault();
    const properties = {};
    for (const [k, el] of Object.entries(inputs)) {
      const old = p[k] ?? '';
      if (String(old) !== el.value) properties[k] = el.value === '' ? null : (isNaN(el.value) || k === 'toDLBM' || el.value.trim() === '' ? el.value : Number(el.value));
    }
    try {
      const v = await api('PUT', parcelUrl(id, p.id), { properties });
      out.replaceChildren(h('p', { class: 'good' }, `${t('saved')}: v${v.number}, ${t('violations')} ${v.violations}`));
    } catch (err) {
      out.replaceChildren(h('p', { class: 'error' }, msg(err.body?.error, err.body?.errorEn)));
      if (err.body?.problems) out.append(problemsTable(err.body.problems));
    }
  };
  editor.replaceChildren(h('form', { class: 'card grid', onsubmit: save }, h('h3', {}, `${t('edit')} ${p.id}`),
    Object.entries(inputs).map(([k, el]) => h('label', {}, k, el)), h('button', { type: 'submit', id: 'parcel-save' }, t('save')), out));
}
