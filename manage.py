#!/usr/bin/env python
"""Django's command-line utility for administrative tasks."""

import os
import sys

# The error texts of SQLite and PostgreSQL for a query that names a table no
# migration has created yet.
_MISSING_TABLE_MESSAGES = ("no such table", "does not exist")


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "docai.settings")
    from django.core.management import execute_from_command_line
    from django.db.utils import OperationalError, ProgrammingError

    try:
        execute_from_command_line(sys.argv)
    except (OperationalError, ProgrammingError) as error:
        if not any(text in str(error) for text in _MISSING_TABLE_MESSAGES):
            raise
        sys.exit(_missing_tables_message(error))


def _missing_tables_message(error: Exception) -> str:
    """Return the fix for a command run against a database without DocAI's tables.

    The usual cause is a data directory other than the server's: the default SQLite
    database lives in DOCAI_DATA_DIR, which scripts/run.sh may point elsewhere.
    """
    from django.conf import settings

    database = settings.DATABASES["default"]
    return (
        f"Database {database['NAME']} has no DocAI tables ({error}). "
        "Set DOCAI_DATA_DIR or DATABASE_URL to the database that the server uses, "
        "or create the tables with `manage.py migrate`."
    )


if __name__ == "__main__":
    main()
