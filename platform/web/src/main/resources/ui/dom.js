// DOM building without innerHTML: h('tag', {attrs, onclick…}, children…).
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'value') el.value = v;
    else el.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export const fmt = (v, digits = 2) => (typeof v === 'number'
  ? v.toLocaleString('zh-CN', { minimumFractionDigits: Number.isInteger(v) ? 0 : digits, maximumFractionDigits: digits })
  : v ?? '');

export const when = (iso) => (iso ? new Date(iso).toLocaleString('zh-CN', { hour12: false }) : '');

/** A table: headers and rows of cells (text or nodes). */
export function table(headers, rows, attrs) {
  return h('table', attrs || {}, h('thead', {}, h('tr', {}, headers.map((x) => h('th', {}, x)))),
    h('tbody', {}, rows.map((r) => h('tr', {}, r.map((c) => h('td', {}, c))))));
}
