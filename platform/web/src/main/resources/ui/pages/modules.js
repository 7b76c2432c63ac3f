import { api, upload } from '../api.js';
import { t, isZh, msg } from '../i18n.js';
import { h, table } from '../dom.js';
import { session } from '../app.js';

export async function modulesPage(main) {
  const m = await api('GET', '/api/modules');
  main.append(
    h('section', { class: 'card' }, h('h2', {}, t('contentModules')), table(['type', t('name'), t('bundle'), t('version')],
      m.modules.map((x) => [x.type, isZh() ? x.nameZh : x.nameEn, x.bundle, x.version]))),
    h('section', { class: 'card' }, h('h2', {}, t('rules')), table(['ID', t('name'), t('bundle'), t('version')],
      m.rules.map((r) => [r.id, isZh() ? r.title : r.titleEn, r.bundle, r.version]))),
    h('section', { class: 'card' }, h('h2', {}, t('modules')), table(['#', t('symbolicName'), t('version'), t('state'), t('problem')],
      m.bundles.map((b) => [String(b.id), b.symbolicName, b.version, h('span', { class: b.state === 'ACTIVE' || (b.fragment && b.state === 'RESOLVED') ? 'good' : 'bad' },
        b.fragment ? `${b.state} (fragment)` : b.state),
        b.problem || '']), { id: 'bundle-table' })));
  if (session.user && session.user.roles.some((r) => r.role === 'administrator')) await deploySection(main);
}

/** The administrator's deploy/ folder: upload a bundle (new or a new version) or remove one. */
async function deploySection(main) {
  const section = h('section', { class: 'card', id: 'deploy' });
  const out = h('div', { id: 'deploy-result' });
  main.append(section);
  // FileInstall polls deploy/ every 100 ms: the table is read again a little after a change
  const later = () => setTimeout(render, 700);
  const send = async (e, file) => {
    e.preventDefault();
    const f = file.files[0];
    if (!f) return;
    try {
      const r = await upload(`/api/deploy/${encodeURIComponent(f.name)}`, f, () => {}, 'PUT', 'application/java-archive');
      out.replaceChildren(h('p', { class: 'good', id: 'deploy-done' },
        `${r.replaced ? t('deployReplaced') : t('deployUploaded')}: ${r.symbolicName} ${r.version}`));
      later();
    } catch (err) {
      out.replaceChildren(h('p', { class: 'error' }, msg(err.body?.error, err.body?.errorEn)));
    }
  };
  const remove = async (name) => {
    try {
      await api('DELETE', `/api/deploy/${encodeURIComponent(name)}`);
      out.replaceChildren(h('p', { class: 'good', id: 'deploy-removed' }, `${t('deployRemoved')}: ${name}`));
      later();
    } catch (err) {
      out.replaceChildren(h('p', { class: 'error' }, msg(err.body?.error, err.body?.errorEn)));
    }
  };
  async function render() {
    const d = await api('GET', '/api/deploy');
    const file = h('input', { type: 'file', id: 'deploy-file', accept: '.jar' });
    section.replaceChildren(h('h2', {}, t('deploy')), h('p', { class: 'hint' }, t('deployHint')),
      table([t('file'), t('symbolicName'), t('version'), t('state'), ''], d.jars.map((j) => [j.file, j.symbolicName || '—',
        j.version || '—', j.state, h('button', { type: 'button', class: 'remove', onclick: () => remove(j.file) }, t('remove'))]),
      { id: 'deploy-table' }),
      h('form', { onsubmit: (e) => send(e, file) }, file, ' ', h('button', { type: 'submit', id: 'deploy-upload' }, t('deployUpload'))),
      out);
  }
  await render();
}
