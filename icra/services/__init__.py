"""The only code that writes records (Zulip's ``lib/actions.py``), and the home of
every read the web and the CLI need: one function per query.

Every function takes keyword-only arguments, starting with ``session``; those that
change something take the acting ``user`` and write an :class:`~icra.db.models.AuditEvent`
(who, what, before, after) through :mod:`icra.services.audit`. Services flush but
never commit: the caller owns the transaction (``with factory.begin() as session:``),
so a call that fails half-way leaves the database as it was.
"""
