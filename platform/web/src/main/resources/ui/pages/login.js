import { api, setCsrf } from '../api.js';
import { t, msg } from '../i18n.js';
import { h } from '../dom.js';

export function loginPage(done) {
  const error = h('p', { class: 'error', id: 'login-error' });
  const user = h('input', { id: 'login-user', name: 'user', autocomplete: 'username', required: true });
  const password = h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true });
  const form = h('form', { class: 'card login', id: 'login-form', onsubmit: async (e) => {
    e.preventDefault();
    try {
      const s = await api('POST', '/api/session', { user: user.value, password: password.value });
      setCsrf(s.csrfToken);
      done();
    } catch (err) {
      error.textContent = msg(err.body?.error, err.body?.errorEn) || err.message;
    }
  } },
  h('h1', {}, t('brand')),
  h('label', {}, t('user'), user), h('label', {}, t('password'), password),
  h('button', { type: 'submit', id: 'login-submit' }, t('login')), error);
  return form;
}
