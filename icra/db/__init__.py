"""İcra's records and how to reach them: models, engines, sessions, migrations.

Only ``icra/services`` writes records; the web and the CLI make an engine with
:func:`make_engine`, bring the schema up to date with :func:`upgrade_database`
(``icra init``) and open sessions from :func:`session_factory`.
"""

from icra.db.engine import make_engine, session_factory
from icra.db.migrations import check_database, upgrade_database

__all__ = ["check_database", "make_engine", "session_factory", "upgrade_database"]
