"""The documentation cannot quietly fall behind the code (Datasette's test_docs.py, dateparser's
regenerate-and-compare): every generated part of docs/ is what ``docs/generate.py`` writes today,
every command and setting has its section, and every path the architecture names exists."""

from __future__ import annotations

import dataclasses
import importlib.util
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

from icra.lang import LanguageData
from icra.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _load_generator() -> ModuleType:
    # docs/ is no package: load the script by its path (registered first, as dataclasses need).
    spec = importlib.util.spec_from_file_location("docs_generate", DOCS / "generate.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


generate = _load_generator()


def _doc(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def _headings(name: str) -> set[str]:
    return set(re.findall(r"^#+ `([^`]+)`$", _doc(name), flags=re.MULTILINE))


def test_generated_parts_are_fresh() -> None:
    # A program of its own: rich consoles keep the width they were made with, and other tests
    # make them at theirs.
    result = subprocess.run(
        [sys.executable, str(DOCS / "generate.py"), "--check"], capture_output=True, text=True, check=False
    )
    assert (result.returncode, result.stdout, result.stderr) == (0, "", ""), (
        f"{result.stdout}{result.stderr}run `python docs/generate.py` and commit the result"
    )


def test_every_command_has_a_section() -> None:
    documented = _headings("cli.md")
    missing = [" ".join(("icra", *path)) for path in generate.command_paths()]
    assert [name for name in missing if name not in documented] == []


def test_every_setting_is_documented() -> None:
    documented = _headings("settings.md")
    expected = [f"ICRA_{name.upper()}" for name in Settings.model_fields]
    assert [name for name in expected if name not in documented] == []


def test_every_language_slot_is_in_the_table() -> None:
    rows = set(re.findall(r"^\| `(\w+)` \|", _doc("language-data.md"), flags=re.MULTILINE))
    assert [f.name for f in dataclasses.fields(LanguageData) if f.name not in rows] == []


def _where_to_put_a_file() -> list[str]:
    section = _doc("architecture.md").split("## Where to put a file", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"^- `([^`]+)`", section, flags=re.MULTILINE)


def test_every_path_named_in_the_architecture_exists() -> None:
    paths = _where_to_put_a_file()
    assert paths, "docs/architecture.md has no 'Where to put a file' list"
    assert [path for path in paths if not (ROOT / path.rstrip("/")).exists()] == []


def test_every_package_has_its_line_in_the_architecture() -> None:
    listed = set(_where_to_put_a_file())
    packages = sorted(
        f"{init.parent.relative_to(ROOT).as_posix()}/" for init in ROOT.glob("icra/**/__init__.py")
    )
    assert [package for package in packages if package not in listed] == []


def test_links_between_documents_resolve() -> None:
    broken = []
    for document in DOCS.glob("*.md"):
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", document.read_text(encoding="utf-8")):
            if not (document.parent / target).exists():
                broken.append(f"{document.name} -> {target}")
    assert broken == []
