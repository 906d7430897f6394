"""International templates: the year's records regrouped under the headings of the GRETA
evaluation questionnaire or the US TIP report (Prosecution / Protection / Prevention /
Partnership), as ``icra/data/international/<template>.yaml`` maps plan items to them.

An item goes to the section that lists its code; else to the section with the longest
prefix of its code ("13.2" takes 13.2.6 unless a section lists "13.2.6" itself); items no
section claims stand under a last, untitled part, so nothing reported is left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from docx.document import Document as DocxDocument

from icra.data import DEMO_DIR
from icra.errors import InputError, NotFound
from icra.reporting.common import (
    EntryPart,
    ItemPart,
    NationalReport,
    event_line,
    narrative,
    participants_word,
)
from icra.reporting.docx import BULLET, Writer

INTERNATIONAL_DIR = DEMO_DIR.parent / "international"
TEMPLATES = ("greta", "tip")


@dataclass(frozen=True)
class TemplateSection:
    key: str
    title: dict[str, str]
    codes: tuple[str, ...] = ()
    prefixes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Template:
    key: str
    title: dict[str, str]
    sections: tuple[TemplateSection, ...]

    def section_of(self, code: str) -> TemplateSection | None:
        for section in self.sections:
            if code in section.codes:
                return section
        best: tuple[int, TemplateSection] | None = None
        for section in self.sections:
            for prefix in section.prefixes:
                if (code == prefix or code.startswith(prefix + ".")) and (
                    best is None or len(prefix) > best[0]
                ):
                    best = (len(prefix), section)
        return best[1] if best else None


@dataclass
class InternationalPart:
    title: str
    items: list[ItemPart] = field(default_factory=list)


@dataclass
class InternationalReport:
    title: str
    national: NationalReport
    parts: list[InternationalPart]


def load_template(name: str, directory: Path = INTERNATIONAL_DIR) -> Template:
    """The template ``name`` ("greta", "tip"); a missing or malformed file is named in the error."""
    path = directory / f"{name}.yaml"
    if not path.is_file():
        raise NotFound(f"no international template {name!r}; known: {', '.join(TEMPLATES)}")
    try:
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        return Template(
            key=str(spec["template"]),
            title=dict(spec["title"]),
            sections=tuple(
                TemplateSection(
                    key=str(section["key"]),
                    title=dict(section["title"]),
                    codes=tuple(str(code) for code in section.get("codes", ())),
                    prefixes=tuple(str(prefix) for prefix in section.get("prefixes", ())),
                )
                for section in spec["sections"]
            ),
        )
    except (yaml.YAMLError, KeyError, TypeError, AttributeError) as exc:
        raise InputError(f"{path}: not an international template ({type(exc).__name__}: {exc})") from None


def _text(titles: dict[str, str], lang: str) -> str:
    return titles.get(lang) or titles.get("en") or next(iter(titles.values()), "")


def international_report(national: NationalReport, template: Template) -> InternationalReport:
    """The national report's reported items regrouped under ``template``'s sections."""
    lang = national.headings.lang
    parts = {section.key: InternationalPart(_text(section.title, lang)) for section in template.sections}
    unclaimed = InternationalPart("—")
    for item in national.items:
        if not item.entries:
            continue
        section = template.section_of(item.code)
        (parts[section.key] if section else unclaimed).items.append(item)
    title = national.headings.international.format(template=_text(template.title, lang))
    found = [*parts.values(), *([unclaimed] if unclaimed.items else [])]
    return InternationalReport(
        title=f"{title}: {national.plan_title}, {national.year}", national=national, parts=found
    )


def _entry_lines(entry: EntryPart) -> list[tuple[str, bool]]:
    """An entry's paragraphs (text, is a bullet), its events listed from the records."""
    lines = [(block.text, block.bullet) for block in narrative(entry)]
    return lines + [(event_line(event, participants_word(entry)), True) for event in entry.events]


def international_md(report: InternationalReport) -> str:
    lines = [f"# {report.title}", ""]
    for part in report.parts:
        lines += [f"## {part.title}", ""]
        for item in part.items:
            lines += [f"### {item.code}. {item.title}", ""]
            for entry in item.entries:
                lines += [f"**{entry.agency.name}**", ""]
                lines += [f"- {text}" if bullet else f"{text}\n" for text, bullet in _entry_lines(entry)]
                lines.append("")
    return "\n".join(lines)


def international_docx(report: InternationalReport) -> DocxDocument:
    writer = Writer()
    writer.heading(report.title, 0)
    for part in report.parts:
        writer.heading(part.title, 1)
        for item in part.items:
            writer.heading(f"{item.code}. {item.title}", 2)
            for entry in item.entries:
                writer.bold(entry.agency.name)
                for text, bullet in _entry_lines(entry):
                    writer.paragraph(text, BULLET if bullet else None)
    return writer.done()
