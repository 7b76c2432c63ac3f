import { api, upload } from '../api.js';
import { t, msg } from '../i18n.js';
import { h, table, when } from '../dom.js';
import { problemsTable } from './problems.js';

export async function plansPage(main) {
  const plans = await api('GET', '/api/plans');
  const bar = h('progress', { id: 'upload-progress', max: 100, value: 0, hidden: true });
  const status = h('p', { id: 'upload-status' });
  const problems = h('div', { id: 'upload-problems' });
  const file = h('input', { type: 'file', id: 'upload-file', accept: '.zip,application/zip' });
  const send = async () => {
    if (!file.files.length) return;
    bar.hidden = false;
    problems.replaceChildren();
    status.textContent = t('uploading');
    try {
      const r = await upload('/api/plans', file.files[0], (p) => {
        bar.value = Math.round(p * 100);
        status.textContent = p < 1 ? `${t('uploading')} ${Math.round(p * 100)}%` : t('uploadDone');
      });
      location.hash = `#/plans/${r.id}`;
    } catch (e) {
      status.textContent = msg(e.body?.error, e.body?.errorEn) || e.message;
      if (e.body?.problems) problems.append(problemsTable(e.body.problems));
    }
  };
  main.append(
    h('section', { class: 'card' }, h('h2', {}, t('upload')), file,
      h('button', { type: 'button', id: 'upload-button', onclick: send }, t('upload')), bar, status, problems),
    h('section', { class: 'card' }, h('h2', {}, t('planList')),
      plans.length === 0 ? h('p', {}, t('noPlans')) : table(
        ['#', t('unit'), t('county'), t('state'), t('version'), t('violations'), t('created')],
        plans.map((p) => [String(p.id), h('a', { href: `#/plans/${p.id}`, class: 'plan-link' }, `${p.name}（${p.unitCode}）`),
          p.county, p.stateZh + (p.stale ? ' ⟳' : ''), p.latestVersion ? 'v' + p.latestVersion : '',
          h('span', { class: p.violations ? 'bad' : 'good' }, String(p.violations ?? '')), when(p.created)]),
        { id: 'plan-table' })));
}
