import { t, msg } from '../i18n.js';
import { h, table } from '../dom.js';

/** The problems of a package: file, feature, field, message. */
export function problemsTable(problems) {
  return h('div', {}, h('h3', {}, t('problems')), table([t('file'), t('feature'), t('field'), t('message')],
    problems.map((p) => [p.file || '', p.feature || '', p.field || '', msg(p.zh, p.en)]), { class: 'problems' }));
}
