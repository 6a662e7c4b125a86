'use strict';
document.getElementById('login-form').addEventListener('submit', async (e) => {
  e.preventDefault();
  const key = document.getElementById('key').value;
  const r = await fetch('/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ key }) });
  if (r.ok) { location.href = '/'; return; }
  const p = await r.json().catch(() => ({}));
  document.getElementById('login-error').textContent = p.detail || 'Sign-in failed.';
});
