import { SESSION_ROUTE } from './dashboard-session';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character]!);
}

/** The dashboard's sign-in form; after a refused sign-in, with the reason and the email given kept. */
export function renderSignInPage(refusal?: { error: string; email?: string }): string {
  const error = refusal ? `<p class="error" role="alert">${escapeHtml(refusal.error)}</p>` : '';
  const email = refusal?.email ? ` value="${escapeHtml(refusal.email)}"` : '';
  const focus = refusal?.email ? ' autofocus' : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Citra admin sign-in</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:system-ui,sans-serif;max-width:22rem;margin:4rem auto;padding:0 1rem}
label{display:block;margin:.8rem 0 .2rem}input{width:100%;padding:.4rem;box-sizing:border-box}
button{margin-top:1rem;padding:.5rem 1rem}.error{color:#a00;border:1px solid #a00;padding:.5rem}</style></head>
<body><h1>Citra queues</h1><p>Sign in with an admin account to open the queue dashboard.</p>${error}
<form method="post" action="${SESSION_ROUTE}">
<label for="email">Email</label><input id="email" name="email" type="email" autocomplete="username" required maxlength="254"${email}>
<label for="password">Password</label><input id="password" name="password" type="password" autocomplete="current-password" required maxlength="256"${focus}>
<button type="submit">Sign in</button></form></body></html>`;
}
