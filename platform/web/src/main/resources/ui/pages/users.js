import { api } from '../api.js';
import { t, msg } from '../i18n.js';
import { h, table } from '../dom.js';

const ROLES = ['county-compiler', 'department-editor', 'village-committee', 'county-government', 'region-approver', 'administrator'];

export async function usersPage(main) {
  const users = await api('GET', '/api/users');
  const f = {};
  for (const k of ['username', 'name', 'password', 'region', 'county', 'department', 'scope']) f[k] = h('input', { name: k });
  f.region.value = '640000';
  f.role = h('select', { name: 'role' }, ROLES.map((r) => h('option', { value: r }, r)));
  const out = h('p', {});
  const create = async (e) => {
    e.preventDefault();
    try {
      await api('POST', '/api/users', { username: f.username.value, name: f.name.value, password: f.password.value,
        region: f.region.value, county: f.county.value, department: f.department.value,
        roles: [{ role: f.role.value, scope: f.scope.value }] });
      location.reload();
    } catch (err) { out.textContent = msg(err.body?.error, err.body?.errorEn); }
  };
  main.append(h('section', { class: 'card' }, h('h2', {}, t('users')), table([t('user'), t('name'), t('region'), t('county'), t('role')],
    users.map((u) => [u.username, u.name, u.region, u.county, u.roles.map((r) => r.zh + (r.scope ? ':' + r.scope : '')).join('、')]))),
  h('form', { class: 'card grid', onsubmit: create }, h('h2', {}, t('createUser')),
    ...Object.entries(f).map(([k, el]) => h('label', {}, t(k === 'username' ? 'user' : k), el)),
    h('button', { type: 'submit' }, t('createUser')), out));
}
