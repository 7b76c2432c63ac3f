import { api } from '../api.js';
import { t, isZh } from '../i18n.js';
import { h, table } from '../dom.js';

export async function modulesPage(main) {
  const m = await api('GET', '/api/modules');
  main.append(
    h('section', { class: 'card' }, h('h2', {}, t('contentModules')), table(['type', t('name'), t('bundle'), t('version')],
      m.modules.map((x) => [x.type, isZh() ? x.nameZh : x.nameEn, x.bundle, x.version]))),
    h('section', { class: 'card' }, h('h2', {}, t('rules')), table(['ID', t('name'), t('bundle'), t('version')],
      m.rules.map((r) => [r.id, isZh() ? r.title : r.titleEn, r.bundle, r.version]))),
    h('section', { class: 'card' }, h('h2', {}, t('modules')), table(['#', t('symbolicName'), t('version'), t('state'), t('problem')],
      m.bundles.map((b) => [String(b.id), b.symbolicName, b.version, h('span', { class: b.state === 'ACTIVE' ? 'good' : 'bad' }, b.state),
        b.problem || '']), { id: 'bundle-table' })));
}
