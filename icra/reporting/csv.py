"""Tables for analysts as CSV: one file per table, several in a .zip. UTF-8 with a byte
order mark, which Excel needs to show ə, ğ, ı as they are."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from icra.errors import InputError
from icra.reporting.common import NationalReport
from icra.reporting.tables import TABLE_NAMES, Table, tables


def table_csv(table: Table) -> bytes:
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(table.header)
    writer.writerows([["" if value is None else value for value in row] for row in table.rows])
    return out.getvalue().encode("utf-8-sig")


def save_csv(report: NationalReport, path: Path, *, table: str | None = None) -> Path:
    """One table as ``path`` (a .csv), or every table as ``<name>.csv`` in ``path`` (a .zip)."""
    found = {t.name: t for t in tables(report)}
    if table is not None:
        if table not in found:
            raise InputError(f"no table {table!r}; the tables are {', '.join(TABLE_NAMES)}")
        path.write_bytes(table_csv(found[table]))
        return path
    if path.suffix.lower() != ".zip":
        raise InputError(f"{path}: several tables go in a .zip; name one table to write a single .csv")
    path.write_bytes(csv_zip(report))
    return path


def csv_zip(report: NationalReport) -> bytes:
    """Every table as ``<name>.csv`` in one zip archive."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for table in tables(report):
            archive.writestr(f"{table.name}.csv", table_csv(table))
    return out.getvalue()
