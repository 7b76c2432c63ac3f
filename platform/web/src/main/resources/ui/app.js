// Landcon browser UI: hash routes, Chinese first with an English switch.
import { api, setCsrf, ApiError } from './api.js';
import { t, toggle, isZh } from './i18n.js';
import { h } from './dom.js';
import { loginPage } from './pages/login.js';
import { plansPage } from './pages/plans.js';
import { planPage } from './pages/plan.js';
import { modulesPage } from './pages/modules.js';
import { usersPage } from './pages/users.js';

export const session = { user: null };
const main = document.getElementById('main');

async function whoAmI() {
  try {
    session.user = await api('GET', '/api/session');
    setCsrf(session.user.csrfToken);
  } catch (e) {
    session.user = null;
  }
}

function header() {
  document.querySelector('.brand').textContent = t('brand');
  document.getElementById('lang').textContent = isZh() ? 'English' : '中文';
  const nav = document.getElementById('nav');
  nav.replaceChildren();
  const who = document.getElementById('who');
  who.replaceChildren();
  if (!session.user) return;
  nav.append(h('a', { href: '#/plans' }, t('plans')), h('a', { href: '#/modules' }, t('modules')));
  if (session.user.roles.some((r) => r.role === 'administrator')) nav.append(h('a', { href: '#/users' }, t('users')));
  who.append(h('span', { id: 'username' }, session.user.name + '（' + session.user.roles.map((r) => r.zh).join('、') + '）'),
    h('button', { type: 'button', id: 'logout', onclick: logout }, t('logout')));
}

async function logout() {
  await api('DELETE', '/api/session').catch(() => {});
  session.user = null;
  setCsrf(null);
  if (location.hash === '#/login') route(); else location.hash = '#/login';
}

export async function route() {
  const hash = location.hash || '#/plans';
  if (!session.user && hash !== '#/login') await whoAmI();
  header();
  main.replaceChildren();
  if (!session.user) {
    main.append(loginPage(async () => { await whoAmI(); location.hash = '#/plans'; route(); }));
    return;
  }
  const m = hash.match(/^#\/plans\/(\d+)(?:\/(\w+))?/);
  try {
    if (m) await planPage(main, Number(m[1]), m[2] || 'map');
    else if (hash.startsWith('#/modules')) await modulesPage(main);
    else if (hash.startsWith('#/users')) await usersPage(main);
    else await plansPage(main);
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) { session.user = null; route(); return; }
    main.append(h('p', { class: 'error' }, e.message));
  }
}

document.getElementById('lang').addEventListener('click', () => { toggle(); route(); });
window.addEventListener('hashchange', route);
route();
