"""Defences that sit in front of every view: one module per attack they answer.

* `ids` — an id too large for the database is a 404, never an overflow (any URL pattern);
* `body_limit` — a body larger than any legal upload is refused before it is read, and a
  client already over a public form's rate is refused before CSRF parses its POST;
* `login_throttle` — failed logins counted per account and per client, on the shared cache;
* `password_reset` — the reset email goes through the task worker for every address;
* `policy` — the Content-Security-Policy and Permissions-Policy headers;
* `demo_accounts` — the deploy check and the command that clear the demo logins.
"""
