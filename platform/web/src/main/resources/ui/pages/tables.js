import { t, isZh } from '../i18n.js';
import { h, fmt } from '../dom.js';

export async function tablesTab(body, id) {
  const tables = await fetch(`/api/plans/${id}/tables`, { credentials: 'same-origin' }).then((r) => r.json());
  body.append(h('p', {}, h('a', { href: `/api/plans/${id}/tables.xlsx`, id: 'xlsx-link', class: 'button' }, t('download'))));
  for (const tb of tables) {
    const head = tb.columns.map((c) => h('th', {}, isZh() ? c.zh : c.en, c.unit ? h('small', {}, `（${c.unit}）`) : ''));
    const cell = (c) => h('td', { class: typeof c === 'number' ? 'num' : '' }, typeof c === 'boolean' ? (c ? '是' : '否') : fmt(c));
    const rows = tb.rows.map((r) => h('tr', {}, r.map(cell)));
    body.append(h('section', { class: 'card data-table', 'data-table': tb.id },
      h('h3', {}, `${tb.id} ${isZh() ? tb.titleZh : tb.titleEn}`),
      h('div', { class: 'scroll' }, h('table', {}, h('thead', {}, h('tr', {}, head)), h('tbody', {}, rows)))));
  }
}
