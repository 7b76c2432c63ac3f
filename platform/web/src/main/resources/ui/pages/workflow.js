import { api } from '../api.js';
import { t, msg } from '../i18n.js';
import { h, table, when } from '../dom.js';
import { session } from '../app.js';

const today = () => new Date().toISOString().slice(0, 10);
const input = (name, value, type) => h('input', { name, value: value ?? '', type: type || 'text', id: 'wf-' + name });

/** The form of each action: its fields and the request it sends. */
function forms(id, s) {
  const village = session.user.roles.find((r) => r.role === 'village-committee')?.scope;
  const pending = s.chain.find((x) => !x.filing && !x.done);
  const accepted = new Set(s.acceptances.map((a) => a.subproject));
  const open = s.subprojects.filter((x) => !accepted.has(x.id));
  return {
    consent: () => ({ fields: { villageCode: input('villageCode', village), villageName: input('villageName', s.villages[village] || ''),
      ratio: input('ratio', '0.9'), documentRef: input('documentRef', '村民代表大会决议'), date: input('date', today(), 'date') },
    send: (f) => api('POST', `/api/plans/${id}/consents`, { villageCode: f.villageCode, villageName: f.villageName, body: 'VILLAGE_COMMITTEE',
      ratio: Number(f.ratio), documentRef: f.documentRef, date: f.date }) }),
    'confirm-consent': () => ({ fields: {}, send: () => api('POST', `/api/plans/${id}/consents/confirm`, {}) }),
    submit: () => ({ fields: {}, send: () => api('POST', `/api/plans/${id}/submit`, {}) }),
    approve: () => ({ fields: { reference: input('reference', (pending?.nameZh || '') + '批复〔' + new Date().getFullYear() + '〕1号') },
      send: (f) => api('POST', `/api/plans/${id}/approve`, f) }),
    reject: () => ({ fields: { reason: input('reason', '') }, send: (f) => api('POST', `/api/plans/${id}/reject`, f) }),
    filing: () => ({ fields: { reference: input('reference', '备案号') }, send: (f) => api('POST', `/api/plans/${id}/filing`, f) }),
    start: () => ({ fields: {}, send: () => api('POST', `/api/plans/${id}/start`, {}) }),
    'accept-subproject': () => ({ fields: {
      subproject: h('select', { name: 'subproject', id: 'wf-subproject' }, open.map((x) => h('option', { value: x.id, 'data-cultivated': x.createsCultivated }, `${x.id} ${x.name || ''}${x.createsCultivated ? ' *' : ''}`))),
      measuredArea: input('measuredArea', ''), reference: input('reference', '子项目验收'), date: input('date', today(), 'date') },
    send: (f) => api('POST', `/api/plans/${id}/subprojects/${f.subproject.split("/").map(encodeURIComponent).join("/")}/accept`,
      { date: f.date, reference: f.reference, measuredArea: f.measuredArea === '' ? null : Number(f.measuredArea) }) }),
    accept: () => ({ fields: { reference: input('reference', '整体验收'), date: input('date', today(), 'date') },
      send: (f) => api('POST', `/api/plans/${id}/accept`, f) }),
    maintenance: () => ({ fields: { owner: input('owner', '乡人民政府'), funds: input('funds', '100'), fundSource: input('fundSource', '县级财政') },
      send: (f) => api('POST', `/api/plans/${id}/maintenance`, { owner: f.owner, funds: Number(f.funds), fundSource: f.fundSource }) }),
    edit: () => ({ fields: {}, send: () => { location.hash = `#/plans/${id}/parcels`; return Promise.resolve(); } }),
  };
}

export async function workflowTab(body, id, s) {
  const out = h('div', { id: 'wf-result' });
  const all = forms(id, s);
  const actions = h('section', { class: 'card', id: 'actions' }, h('h2', {}, t('workflow') + '：' + s.plan.stateZh));
  if (!s.actions.length) actions.append(h('p', {}, t('noActions')));
  for (const name of s.actions) {
    const { fields, send } = all[name]();
    const form = h('form', { class: 'action', 'data-action': name, onsubmit: async (e) => {
      e.preventDefault();
      const values = Object.fromEntries(Object.entries(fields).map(([k, el]) => [k, el.value]));
      try {
        await send(values);
        location.reload();
      } catch (err) {
        out.replaceChildren(h('p', { class: 'error' }, msg(err.body?.error, err.body?.errorEn)));
        if (err.body?.violations) out.append(h('ul', {}, err.body.violations.map((v) => h('li', {}, `${v.rule}: ${msg(v.message, v.messageEn)}`))));
      }
    } }, Object.entries(fields).map(([k, el]) => h('label', {}, t(k === 'villageCode' ? 'village' : k === 'documentRef' ? 'document' : k), el)),
    h('button', { type: 'submit', id: 'action-' + name }, t('act.' + name)));
    actions.append(form);
  }
  actions.append(out);
  const audit = await api('GET', `/api/plans/${id}/audit`);
  body.append(actions,
    h('section', { class: 'card' }, h('h2', {}, t('chain')), table([t('step'), t('done'), t('by'), t('reference')],
      s.chain.map((x) => [x.nameZh + (x.filing ? '（备案）' : ''), when(x.done), x.doneBy || '', x.reference || '']), { id: 'chain-table' })),
    h('section', { class: 'card' }, h('h2', {}, t('consents')), table([t('village'), t('ratio'), t('document'), t('date'), t('by')],
      Object.entries(s.villages).map(([code, name]) => {
        const k = s.consents.find((c) => c.villageCode === code);
        return [`${name}（${code}）`, k ? (k.ratio * 100).toFixed(1) + '%' : '—', k?.documentRef || '', k?.date || '', k?.recordedBy || ''];
      }))),
    h('section', { class: 'card' }, h('h2', {}, t('audit')), table([t('time'), t('actor'), t('action'), t('details')],
      audit.map((e) => [when(e.time), e.actor, e.action, JSON.stringify(e.details).slice(0, 160)]), { id: 'audit-table' })));
}
