"""Write the generated parts of İcra's documentation from the program itself (Datasette uses cog).

A generated part stands in a Markdown file between ``<!-- generated: NAME -->`` and
``<!-- end generated: NAME -->``; everything around it is written by hand. The parts are
what the program prints (``--help`` of every command, plan file errors, ``icra extract``
and ``icra eval`` on the demo report) and what the code declares (the ``Settings`` fields,
the ``LanguageData`` slots). Run it after changing any of those and commit the result::

    python docs/generate.py           # rewrite the parts
    python docs/generate.py --check   # list stale parts, exit 1 if any (tests/test_docs.py does this)
"""

from __future__ import annotations

import ast
import contextlib
import dataclasses
import inspect
import io
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
# The width every generated terminal output is rendered at, whatever the terminal running this.
COLUMNS = "100"
# Variables that change how rich and Typer draw (width, colours); set or removed before either is
# imported, since both read some of them once (a console keeps the COLUMNS it was made with).
TERMINAL_ENVIRONMENT = {"COLUMNS": COLUMNS, "NO_COLOR": "1"}
TERMINAL_OVERRIDES = ("TERMINAL_WIDTH", "FORCE_COLOR", "PY_COLORS", "GITHUB_ACTIONS", "TTY_COMPATIBLE")
ANSI_ESCAPE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")
DEMO_REPORT = "icra/data/demo/dmx-2016-demo-az.txt"
DEMO_DIR = "icra/data/demo"
CORPUS_DIR = "benchmarks/corpus"
HELDOUT_DIR = "benchmarks/heldout"


# Running the program ------------------------------------------------------------------------------


def run_icra(*args: str, cwd: Path = ROOT) -> str:
    """What ``icra ARGS`` prints (stdout, then stderr), run through ``main()`` as a user runs it.

    Widths are only stable when this process is the generator's own (``main`` sets the
    terminal's variables first): tests run ``docs/generate.py --check`` as a program."""
    from icra.cli import main

    out, err = io.StringIO(), io.StringIO()
    with (
        mock.patch.object(sys, "argv", ["icra", *args]),
        mock.patch.dict(os.environ, TERMINAL_ENVIRONMENT),
        contextlib.chdir(cwd),
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
        contextlib.suppress(SystemExit),
    ):
        main()
    return _tidy(out.getvalue() + err.getvalue())


def _tidy(output: str) -> str:
    # Rich pads every line to the full width; the padding is noise in a diff.
    lines = [line.rstrip() for line in ANSI_ESCAPE.sub("", output).splitlines()]
    return "\n".join(lines).strip("\n")


def command_paths() -> list[tuple[str, ...]]:
    """Every command and command group of ``icra``, in the order ``--help`` lists them."""
    import typer

    from icra.cli import _register_all, app

    _register_all()
    root = typer.main.get_command(app)
    paths: list[tuple[str, ...]] = []

    # Typer carries its own copy of click, so a group is known by what it does.
    def walk(command: Any, path: tuple[str, ...]) -> None:
        paths.append(path)
        if hasattr(command, "list_commands"):
            context = typer.Context(command)
            for name in command.list_commands(context):
                sub = command.get_command(context, name)
                if sub is not None and not sub.hidden:
                    walk(sub, (*path, name))

    walk(root, ())
    return paths


# The parts ------------------------------------------------------------------------------------------


def cli_part() -> str:
    blocks = []
    for path in command_paths():
        name = " ".join(("icra", *path))
        blocks.append(f"## `{name}`\n\n```text\n$ {name} --help\n{run_icra(*path, '--help')}\n```")
    return "\n\n".join(blocks)


def settings_part() -> str:
    from icra.settings import Settings

    prefix = Settings.model_config.get("env_prefix") or ""
    blocks = []
    for name, field in Settings.model_fields.items():
        annotation = field.annotation
        shown_type = annotation.__name__ if isinstance(annotation, type) else str(annotation)
        default = "unset" if field.default is None else f"`{field.default}`"
        blocks.append(
            f"## `{prefix}{name.upper()}`\n\n"
            f"Field `{name}`, type `{shown_type}`, default {default}.\n\n{field.description}"
        )
    return "\n\n".join(blocks)


# Slots whose line in icra/lang/__init__.py carries no comment of its own.
_UNCOMMENTED_SLOTS = {
    "code": "The language's code, by which `icra.lang.get(code)` finds it.",
    "name": "The language's name for itself, as the interface shows it.",
}
# Text run through the language's fold and upper in the table's examples.
CASE_SAMPLE = "iyun İNSAN IŞIQ"


def slot_comments() -> dict[str, str]:
    """Each ``LanguageData`` slot's comment in its source; a slot right under another without a
    comment of its own shares that one's ("Markers ... after it" and "... before it")."""
    from icra.lang import LanguageData

    names = {field.name for field in dataclasses.fields(LanguageData)}
    comments: dict[str, str] = {}
    pending: list[str] = []
    previous: str | None = None
    for line in inspect.getsource(LanguageData).splitlines():
        stripped = line.strip()
        if stripped.startswith("#"):
            pending.append(stripped.lstrip("# "))
            continue
        slot = re.match(r"(\w+):", stripped)
        if slot and slot[1] in names:
            name = slot[1]
            if pending:
                comments[name] = " ".join(pending)
                previous = name
            elif name in _UNCOMMENTED_SLOTS:
                comments[name] = _UNCOMMENTED_SLOTS[name]
            elif previous:
                comments[name] = f"As `{previous}` above."
            else:
                raise SystemExit(f"icra/lang/__init__.py: slot {name!r} has no comment saying what it holds")
        else:
            previous = None
        pending = []
    return comments


def slot_sources(code: str) -> dict[str, str]:
    """Where ``icra/lang/<code>/`` fills each slot: the data module with the constant named like
    it (``dates.py: `MONTHS```, as ``LanguageData.from_modules`` reads them), or, for a slot
    its ``__init__.py`` passes by name, the module it imports the value from."""
    import importlib
    import pkgutil

    from icra.lang import LanguageData

    slots = {field.name.upper(): field.name for field in dataclasses.fields(LanguageData)}
    package = importlib.import_module(f"icra.lang.{code}")
    sources = {}
    for info in pkgutil.iter_modules(package.__path__):
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        for constant in vars(module):
            if constant in slots:
                sources[slots[constant]] = f"{info.name}.py: `{constant}`"
    init = Path(package.__file__ or "")
    tree = ast.parse(init.read_text(encoding="utf-8"))
    imported = {
        alias.asname or alias.name: f"{node.module}.py"
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 1
        for alias in node.names
    }
    for node in ast.walk(tree):
        for keyword in node.keywords if isinstance(node, ast.Call) else ():
            if keyword.arg is not None and keyword.arg in slots.values():
                value = keyword.value
                named = imported.get(value.id) if isinstance(value, ast.Name) else None
                sources[keyword.arg] = named or "__init__.py"
    return sources


def example(value: Any) -> str:
    """A slot's value in a few characters: its first entries and how many there are."""
    if callable(value):
        return f"`{CASE_SAMPLE}` → `{value(CASE_SAMPLE)}`"
    if isinstance(value, str):
        return f"`{value}`" if value else "(empty)"
    if isinstance(value, Mapping):
        entries = [f"{key!r}: {item!r}" for key, item in list(value.items())[:2]]
    else:
        entries = [repr(item) for item in (sorted(value) if isinstance(value, frozenset) else value)[:3]]
    if not entries:
        return "(empty)"
    more = ", …" if len(value) > len(entries) else ""
    return f"`{', '.join(entries)}{more}` ({len(value)})"


def filled_example(name: str) -> str:
    """The slot's example in Azerbaijani, or where az leaves it empty, in the first language filling it."""
    from icra import lang

    for code in lang.SUPPORTED:
        value = getattr(lang.get(code), name)
        if callable(value) or value:
            return example(value) if code == "az" else f"{code}: {example(value)}"
    return "(empty in every language)"


def language_slots_part() -> str:
    from icra import lang

    comments = slot_comments()
    sources = slot_sources("az")
    rows = [
        "| slot | what it holds | in `icra/lang/az/` | example (az, else ru or en) |",
        "|---|---|---|---|",
    ]
    for field in dataclasses.fields(lang.LanguageData):
        cells = (
            f"`{field.name}`",
            comments[field.name],
            sources.get(field.name, "(not filled)"),
            filled_example(field.name),
        )
        rows.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return "\n".join(rows)


FOLD_SAMPLES = ("İyun", "İNSAN ALVERİ", "IŞIQ", "DİN")


def fold_part() -> str:
    from icra import lang

    az = lang.get("az")
    rows = [
        "| text | `str.lower()` | length | `lang.get('az').fold()` | length |",
        "|---|---|---|---|---|",
    ]
    for text in FOLD_SAMPLES:
        lowered, folded = text.lower(), az.fold(text)
        rows.append(
            f"| `{text}` ({len(text)}) | `{lowered!a}` | {len(lowered)} | `{folded}` | {len(folded)} |"
        )
    return "\n".join(rows)


@dataclass(frozen=True)
class PlanFileCase:
    """A broken plan file and what ``icra plan import`` says about it."""

    title: str
    filename: str
    # The file's text (YAML), its bytes, its sheets' rows (XLSX), or None for a file that is not there.
    content: str | bytes | dict[str, list[list[Any]]] | None
    # Commands run before the import, in the same folder (``icra init`` for database checks).
    before: tuple[tuple[str, ...], ...] = ()
    # What the page says the file holds, where its content cannot be shown as it is.
    shown: str = ""


# Most YAML cases start with these lines; docs/plan-files.md shows them once (part "plan-head").
PLAN_HEAD = """plan:
  code: nap-2014-2018
  title: {az: İnsan alverinə qarşı Milli Fəaliyyət Planı, en: National Action Plan}
  period: [2014, 2018]
items:
  - code: "13"
    title: {en: Migration}
"""


def _yaml_case(title: str, filename: str, items: str, **kwargs: Any) -> PlanFileCase:
    return PlanFileCase(title, filename, PLAN_HEAD + items, **kwargs)


def _head_case(title: str, filename: str, old: str, new: str) -> PlanFileCase:
    """PLAN_HEAD with one line changed."""
    assert old in PLAN_HEAD, old
    return PlanFileCase(title, filename, PLAN_HEAD.replace(old, new))


_XLSX_PLAN_SHEET: list[list[Any]] = [["code", "nap-2014-2018"], ["title_en", "National Action Plan"]]
_XLSX_PLAN_SHEET += [["period_start", 2014], ["period_end", 2018]]
_XLSX_ITEM_COLUMNS: list[Any] = ["code", "title_en", "deadline", "lead"]
_XLSX_ITEMS = [_XLSX_ITEM_COLUMNS, ["13", "Migration"]]

PLAN_FILE_CASES = (
    # The file itself.
    PlanFileCase("Not a plan file", "plan.txt", "13.1.1 ...\n"),
    PlanFileCase("No such file", "missing.yaml", None),
    PlanFileCase(
        "Not UTF-8",
        "cp1251.yaml",
        "plan:\n  code: nap\n  title: {ru: Национальный план действий}\n".encode("cp1251"),
        shown="a plan whose Russian title is saved in Windows-1251",
    ),
    _yaml_case("Not YAML", "tabs.yaml", '  - code: "13.1"\n\ttitle: {en: Laws}\n'),
    PlanFileCase("No plan in it", "items-only.yaml", 'items:\n  - code: "13"\n    title: {en: Migration}\n'),
    _head_case("Items not a list", "items.yaml", "items:\n", "items: none\nitems_list:\n"),
    # The plan.
    _head_case(
        "A plan code with capitals and a space", "plan-code.yaml", "code: nap-2014-2018", "code: NAP 2014"
    ),
    _head_case("A period that is not two years", "period.yaml", "period: [2014, 2018]", "period: 2014-2018"),
    _head_case("A period that ends before it starts", "backwards.yaml", "[2014, 2018]", "[2018, 2014]"),
    # An item.
    _yaml_case("An item that is not a mapping", "scalar.yaml", '  - "13.1 Laws"\n'),
    _yaml_case("A code that is not a plan code", "code.yaml", '  - code: "13.a"\n    title: {en: Laws}\n'),
    _yaml_case("An item without a title", "no-title.yaml", '  - code: "13.1"\n'),
    _yaml_case(
        "An item with no title in any language", "title.yaml", '  - code: "13.1"\n    title: {az: ""}\n'
    ),
    _yaml_case(
        "A field the format does not have",
        "field.yaml",
        '  - code: "13.1"\n    title: {en: Laws}\n    budget: 1000\n',
    ),
    _yaml_case(
        "An item without its parent",
        "parent.yaml",
        '  - code: "13.1.1"\n    title: {en: Amend the Migration Code}\n',
    ),
    _yaml_case(
        "The same code twice",
        "twice.yaml",
        '  - code: "13.1"\n    title: {en: Laws}\n  - code: "13.1"\n    title: {en: Training}\n',
    ),
    # Deadlines.
    _yaml_case(
        "A deadline that is no year, range or date",
        "soon.yaml",
        '  - code: "13.1"\n    title: {en: Laws}\n    deadline: soon\n',
    ),
    _yaml_case(
        "A range of years that ends before it starts",
        "range.yaml",
        '  - code: "13.1"\n    title: {en: Laws}\n    deadline: 2018-2016\n',
    ),
    _yaml_case(
        "A date that does not exist",
        "date.yaml",
        '  - code: "13.1"\n    title: {en: Laws}\n    deadline: 2016-02-30\n',
    ),
    _yaml_case(
        "A deadline outside the plan's period",
        "deadline.yaml",
        '  - code: "13.1"\n    title: {en: Laws}\n    deadline: 2019\n',
    ),
    # Agencies.
    _yaml_case(
        "Something that is not an agency code",
        "agency-code.yaml",
        '  - code: "13.1"\n    title: {en: Laws}\n    lead: [D.M.X]\n',
    ),
    _yaml_case(
        "An agency both lead and partner",
        "partner.yaml",
        '  - code: "13.1"\n    title: {en: Laws}\n    lead: [DMX]\n    partners: [DMX, EN]\n',
    ),
    _yaml_case(
        "An agency the database does not know (checked on import, after `icra init`)",
        "agency.yaml",
        '  - code: "13.1"\n    title: {en: Laws}\n    lead: [XYZ]\n',
        before=(("init",),),
    ),
    # XLSX.
    PlanFileCase(
        "XLSX: not a workbook",
        "broken.xlsx",
        b"PK\x03\x04 not really a zip",
        shown="a few bytes that start like a zip file and are none",
    ),
    PlanFileCase("XLSX: a sheet missing", "sheet.xlsx", {"plan": _XLSX_PLAN_SHEET, "Sheet1": _XLSX_ITEMS}),
    PlanFileCase(
        "XLSX: a plan field the format does not have",
        "plan-field.xlsx",
        {"plan": [*_XLSX_PLAN_SHEET, ["budget", 1000]], "items": _XLSX_ITEMS},
    ),
    PlanFileCase(
        "XLSX: a column the format does not have",
        "column.xlsx",
        {"plan": _XLSX_PLAN_SHEET, "items": [[*_XLSX_ITEM_COLUMNS, "budget"], ["13", "Migration"]]},
    ),
    PlanFileCase(
        "XLSX: no code column",
        "no-code.xlsx",
        {"plan": _XLSX_PLAN_SHEET, "items": [["title_en", "lead"], ["Migration", "DMX"]]},
    ),
    PlanFileCase(
        "XLSX: a code typed as a number (Excel reads 13.10 as 13.1)",
        "number.xlsx",
        {"plan": _XLSX_PLAN_SHEET, "items": [*_XLSX_ITEMS, [13.1, "Laws"]]},
    ),
    PlanFileCase(
        "XLSX: a plan field left out (period_end)",
        "no-period.xlsx",
        {"plan": _XLSX_PLAN_SHEET[:3], "items": _XLSX_ITEMS},
    ),
)


def _write_case(case: PlanFileCase, folder: Path) -> None:
    path = folder / case.filename
    if isinstance(case.content, str):
        path.write_text(case.content, encoding="utf-8")
    elif isinstance(case.content, bytes):
        path.write_bytes(case.content)
    elif case.content is not None:
        from openpyxl import Workbook

        workbook = Workbook()
        workbook.remove(workbook.active)
        for name, rows in case.content.items():
            sheet = workbook.create_sheet(name)
            for row in rows:
                sheet.append(row)
        workbook.save(path)


def _describe_content(case: PlanFileCase) -> str:
    if case.shown:
        return f"`{case.filename}`: {case.shown}.\n\n"
    if isinstance(case.content, str) and case.content.startswith(PLAN_HEAD):
        items = case.content.removeprefix(PLAN_HEAD).rstrip()
        return f"`{case.filename}`: the lines above, then\n\n```yaml\n{items}\n```\n\n"
    if isinstance(case.content, str):
        syntax = "yaml" if case.filename.endswith((".yaml", ".yml")) else "text"
        return f"`{case.filename}`:\n\n```{syntax}\n{case.content.rstrip()}\n```\n\n"
    if not isinstance(case.content, dict):
        return ""
    sheets = "; ".join(
        f"sheet `{name}`: " + " / ".join(", ".join(str(cell) for cell in row) for row in rows)
        for name, rows in case.content.items()
    )
    return f"`{case.filename}`, row by row ({sheets}):\n\n"


# A first import of the demo plan into an empty database, as a newcomer would run it.
PLAN_IMPORT_SESSION = (
    ("init",),
    ("agency", "add", "DMX", "--name-en", "State Migration Service", "--abbreviation", "DMX"),
    ("agency", "add", "DIN", "--name-en", "Ministry of Internal Affairs", "--abbreviation", "DİN"),
    ("agency", "add", "EESMN", "--name-en", "Ministry of Labour and Social Protection of Population"),
    ("agency", "add", "EN", "--name-en", "Ministry of Justice", "--abbreviation", "ƏN"),
    ("plan", "import", "plan-nap-2014-2018.yaml"),
    ("plan", "show", "--lang", "en"),
    ("plan", "import", "plan-nap-2014-2018.yaml"),
)


def _shell_quote(arg: str) -> str:
    return f'"{arg}"' if " " in arg else arg


def plan_import_part() -> str:
    from icra.data import DEMO_PLAN

    lines = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / DEMO_PLAN.name).write_bytes(DEMO_PLAN.read_bytes())
        for command in PLAN_IMPORT_SESSION:
            lines.append(f"$ icra {' '.join(_shell_quote(arg) for arg in command)}")
            printed = run_icra(*command, cwd=folder)
            if printed:
                lines.append(printed)
    return "```console\n$ cp icra/data/demo/plan-nap-2014-2018.yaml .\n" + "\n".join(lines) + "\n```"


def plan_head_part() -> str:
    return f"```yaml\n{PLAN_HEAD.rstrip()}\n```"


def plan_errors_part() -> str:
    blocks = []
    for case in PLAN_FILE_CASES:
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp)
            _write_case(case, folder)
            for command in case.before:
                run_icra(*command, cwd=folder)
            printed = run_icra("plan", "import", case.filename, cwd=folder)
        commands = "".join(f"$ icra {' '.join(command)}\n" for command in case.before)
        blocks.append(
            f"### {case.title}\n\n{_describe_content(case)}"
            f"```console\n{commands}$ icra plan import {case.filename}\n{printed}\n```"
        )
    return "\n\n".join(blocks)


# Long texts in the excerpt of ``icra extract``'s JSON are cut here.
EXCERPT_TEXT = 160
EXCERPT_ITEMS = 2


def _shorten(value: Any) -> Any:
    if isinstance(value, str) and len(value) > EXCERPT_TEXT:
        return value[:EXCERPT_TEXT] + "…"
    if isinstance(value, dict):
        return {key: _shorten(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_shorten(item) for item in value[:EXCERPT_ITEMS]]
    return value


def extract_part() -> str:
    command = ("extract", DEMO_REPORT, "--format", "json")
    printed = run_icra(*command)
    try:
        document = json.loads(printed)
    except json.JSONDecodeError:
        raise SystemExit(f"icra {' '.join(command)} printed no JSON but: {printed[:500]}") from None
    excerpt = _shorten(document)
    counts = ", ".join(f"{key} {len(value)}" for key, value in document.items() if isinstance(value, list))
    return (
        f"```console\n$ icra {' '.join(command)}\n```\n\n"
        f"What it printed, every list cut to its first {EXCERPT_ITEMS} items and every text to "
        f"{EXCERPT_TEXT} characters (…). The full lists held: {counts}.\n\n"
        f"```json\n{json.dumps(excerpt, ensure_ascii=False, indent=2)}\n```"
    )


def eval_part() -> str:
    return f"```console\n$ icra eval {DEMO_DIR}\n{run_icra('eval', DEMO_DIR)}\n```"


@dataclass(frozen=True)
class Term:
    """A code name and the interface message that names the same thing (None: the pages show none)."""

    name: str
    message: str | None
    meaning: str
    module: str = "icra.db.models"


GLOSSARY = (
    Term("Plan", "Plan", "A national action plan (NAP 2014-2018), with titles and a period."),
    Term("PlanItem", "Item", "One node of a plan: section `13`, measure `13.1`, sub-item `13.1.1`."),
    Term("Agency", "Agency", "A state body responsible for plan items, which reports on them."),
    Term("Report", "report", "One agency's report on one plan for one year, with its status."),
    Term("SourceFile", "Original file", "The uploaded file, byte for byte."),
    Term("Entry", "entry", "The part of a report under one or more plan codes, with its text."),
    Term("Event", "event", "A dated meeting, seminar, training, visit or campaign."),
    Term("Figure", "figure", "A statistic the report states: a value and what it counts."),
    Term("DocumentRef", "document reference", "A letter, decision, law ... by number and date."),
    Term("Need", "need", "A need or difficulty the report states."),
    Term("Organisation", None, "A body a report names (full name, abbreviation)."),
    Term("AuditEvent", "History", "One change to a record: who, when, before, after."),
    Term("ReportingPeriod", "reporting period", "A plan's reporting round for one year."),
    Term("PlanItemRating", "plan item rating", "A coordinator's rating of a plan item."),
    Term(
        "ReportDraft", "draft", "What extraction makes of one file, before anyone reviews it.", "icra.model"
    ),
)


def interface_words(lang: str) -> dict[str, str]:
    """The interface's catalogue for ``lang``: English message -> the word the pages show."""
    from babel.messages.pofile import read_po

    from icra.web.i18n import TRANSLATIONS

    with (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalog = read_po(po, locale=lang)
    return {str(m.id): str(m.string) or str(m.id) for m in catalog if m.id and isinstance(m.id, str)}


def glossary_part() -> str:
    import importlib

    words = {lang: interface_words(lang) for lang in ("az", "ru", "en")}
    rows = ["| code name | what it is | az | ru | en |", "|---|---|---|---|---|"]
    for term in GLOSSARY:
        if not hasattr(importlib.import_module(term.module), term.name):
            raise SystemExit(f"docs/generate.py GLOSSARY: {term.module} has no {term.name}")
        if term.message is None:
            shown = ["(not shown in the interface)"] * 3
        else:
            for lang, catalogue in words.items():
                if term.message not in catalogue:
                    raise SystemExit(
                        f"docs/generate.py GLOSSARY: no message {term.message!r} in the {lang} catalogue"
                    )
            shown = [words[lang][term.message] for lang in ("az", "ru", "en")]
        rows.append(f"| `{term.module}.{term.name}` | {term.meaning} | " + " | ".join(shown) + " |")
    return "\n".join(rows)


def eval_summary_part(directory: str) -> str:
    printed = run_icra("eval", directory)
    summary = printed[printed.index("\nAll ") + 1 :]
    return (
        f"```console\n$ icra eval {directory}\n```\n\n"
        f"The last table, over every file (one table per file comes before it):\n\n```text\n{summary}\n```"
    )


# Where the parts go -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Part:
    name: str
    document: str
    render: Callable[[], str]


PARTS = (
    Part("glossary", "architecture.md", glossary_part),
    Part("cli", "cli.md", cli_part),
    Part("settings", "settings.md", settings_part),
    Part("language-slots", "language-data.md", language_slots_part),
    Part("fold", "language-data.md", fold_part),
    Part("plan-import", "plan-files.md", plan_import_part),
    Part("plan-head", "plan-files.md", plan_head_part),
    Part("plan-errors", "plan-files.md", plan_errors_part),
    Part("extract-json", "extraction.md", extract_part),
    Part("eval", "extraction.md", eval_part),
    Part("eval-corpus", "extraction.md", partial(eval_summary_part, CORPUS_DIR)),
    Part("eval-heldout", "extraction.md", partial(eval_summary_part, HELDOUT_DIR)),
)


def _region(name: str) -> re.Pattern[str]:
    return re.compile(
        rf"(<!-- generated: {re.escape(name)} -->\n)(.*?)(<!-- end generated: {re.escape(name)} -->)",
        re.DOTALL,
    )


def on_disk(part: Part) -> str:
    """The part as its document holds it now (what ``render`` gave, and a line end)."""
    match = _region(part.name).search((DOCS / part.document).read_text(encoding="utf-8"))
    if match is None:
        raise SystemExit(f"docs/{part.document}: no markers for the generated part {part.name!r}")
    return match[2]


def main(argv: list[str]) -> int:
    for name in TERMINAL_OVERRIDES:
        os.environ.pop(name, None)
    os.environ.update(TERMINAL_ENVIRONMENT)
    check = "--check" in argv
    stale = 0
    for part in PARTS:
        fresh = part.render() + "\n"
        if fresh == on_disk(part):
            continue
        stale += 1
        print(f"docs/{part.document}: part {part.name!r} {'is stale' if check else 'rewritten'}")
        if not check:
            path = DOCS / part.document
            match = _region(part.name).search(text := path.read_text(encoding="utf-8"))
            assert match is not None  # on_disk found it
            path.write_text(text[: match.start(2)] + fresh + text[match.end(2) :], encoding="utf-8")
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
