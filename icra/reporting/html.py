"""The national report as HTML, from ``templates/national.html``: the page the web shows
(``_national.html`` is its body, to include in the web's own layout) and what the PDF prints.

Charts are SVG drawn by the template from :func:`charts`, so the page needs no script and
the PDF prints them as vectors.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

from icra.reporting.common import (
    NationalReport,
    document_line,
    event_line,
    grouped,
    narrative,
    participants_word,
)

TEMPLATES_DIR = Path(__file__).resolve().parent / "templates"
# Chart geometry, in CSS pixels.
_LABEL_WIDTH = 150
_BAR_SPACE = 300
_ROW = 16


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    length: int
    y: int


@dataclass(frozen=True)
class Chart:
    title: str
    bars: list[Bar]
    label_width: int = _LABEL_WIDTH

    @property
    def width(self) -> int:
        return self.label_width + _BAR_SPACE + 60

    @property
    def height(self) -> int:
        return 24 + _ROW * len(self.bars)


def bar_chart(title: str, values: list[tuple[str, int]]) -> Chart:
    """A horizontal bar chart, the longest bar ``_BAR_SPACE`` wide."""
    top = max((value for _, value in values), default=0) or 1
    bars = [
        Bar(label=label, value=value, length=round(_BAR_SPACE * value / top), y=20 + _ROW * n)
        for n, (label, value) in enumerate(values)
    ]
    return Chart(title=title, bars=bars)


def charts(report: NationalReport) -> list[Chart]:
    """Events and participants per agency."""
    words = report.headings
    label = [(s.agency.abbreviation or s.agency.code) for s in report.summary]
    return [
        bar_chart(words.events, [(name, s.events) for name, s in zip(label, report.summary, strict=True)]),
        bar_chart(
            words.participants,
            [(name, s.participants) for name, s in zip(label, report.summary, strict=True)],
        ),
    ]


def environment() -> Environment:
    """The Jinja2 environment of the report templates, with the helpers they call."""
    env = Environment(
        loader=FileSystemLoader(TEMPLATES_DIR),
        autoescape=select_autoescape(["html"]),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        charts=charts,
        event_line=event_line,
        document_line=document_line,
        grouped=grouped,
        narrative=narrative,
        participants_word=participants_word,
    )
    return env


def national_html(report: NationalReport) -> str:
    """The whole page: ``<html>`` with its style and the report's body."""
    return environment().get_template("national.html").render(report=report)


def national_body(report: NationalReport) -> str:
    """Only the ``<article>``, for a page that brings its own layout."""
    return environment().get_template("_national.html").render(report=report)
