"""How fast the readers read, and how much memory they hold, on large generated reports.

Prints, per format: pages (3,000 characters a page), size, seconds, pages per second and
the peak of Python memory (tracemalloc) while reading. Time is measured without
tracemalloc, which slows Python down; the peak is taken in a second, traced run.
tracemalloc sees Python's own memory only: lxml's parsed XML tree (docx) is not in it.
The generated text repeats a few sentences, so the .docx packs far smaller than a real one.

    python benchmarks/bench_readers.py          # the figures: 2,000 pages of text, 1,000 of Word
    python benchmarks/bench_readers.py --smoke  # a few pages, to prove it still runs (CI)
"""

from __future__ import annotations

import argparse
import io
import time
import tracemalloc
from collections.abc import Callable

import docx

from icra.ingest.readers import ReadDocument, read_document

PAGE_CHARS = 3000

# Sentences of our own, in the shape agencies write; numbers vary per paragraph.
SENTENCES = (
    "Hesabat dövründə Dövlət Miqrasiya Xidməti {n} nəfər əcnəbi üçün təlim keçirmişdir.",
    "Министерство внутренних дел провело {n} рейдов по выявлению жертв торговли людьми.",
    "İnsan alverinin qurbanlarına {n} manat birdəfəlik müavinət ödənilmişdir.",
    "The shelter received {n} people referred by the police and by NGOs.",
    "2016-cı il {n} may tarixli məktubla Ədliyyə Nazirliyinə müraciət olunmuşdur.",
)


def paragraph(index: int) -> str:
    return " ".join(SENTENCES[(index + k) % len(SENTENCES)].format(n=index + k) for k in range(3))


def paragraphs_for(pages: int) -> list[str]:
    texts: list[str] = []
    size = 0
    while size < pages * PAGE_CHARS:
        texts.append(paragraph(len(texts)))
        size += len(texts[-1]) + 1
    return texts


def text_report(pages: int) -> bytes:
    return "\r\n".join(paragraphs_for(pages)).encode("utf-8")


def cp1251_report(pages: int) -> bytes:
    """An old Russian Windows file: the encoding is judged by its letters, the slow way."""
    return "\r\n".join(paragraphs_for(pages)).encode("cp1251", errors="replace")


def word_report(pages: int) -> bytes:
    """Paragraphs, a numbered list and, every tenth paragraph, a row of a table of events."""
    document = docx.Document()
    table = None
    for index, text in enumerate(paragraphs_for(pages)):
        if index % 10 == 9:
            table = table or document.add_table(rows=0, cols=3)
            cells = table.add_row().cells
            cells[0].text, cells[1].text, cells[2].text = f"13.2.{index % 12 + 1}", text, f"{index} nəfər"
            continue
        table = None
        document.add_paragraph(text, style="List Number" if index % 4 == 0 else None)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def measure(name: str, data: bytes, filename: str) -> None:
    started = time.perf_counter()
    document = read_document(data, filename, max_bytes=len(data))
    seconds = time.perf_counter() - started
    tracemalloc.start()
    read_document(data, filename, max_bytes=len(data))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    pages = len(document.text) / PAGE_CHARS
    print(
        f"{name:5} {pages:8.0f} pages {len(data) / 2**20:7.1f} MB {seconds:7.2f} s "
        f"{pages / seconds:9.0f} pages/s  peak {peak / 2**20:7.1f} MB  {_shape(document)}"
    )


def _shape(document: ReadDocument) -> str:
    kinds: dict[str, int] = {}
    for paragraph_ in document.paragraphs:
        kinds[paragraph_.kind] = kinds.get(paragraph_.kind, 0) + 1
    return ", ".join(f"{count} {kind}" for kind, count in sorted(kinds.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--smoke", action="store_true", help="a few pages only: prove the benchmark runs")
    smoke = parser.parse_args().smoke
    reports: list[tuple[str, Callable[[int], bytes], int, str]] = [
        ("txt", text_report, 5 if smoke else 2000, "hesabat.txt"),
        ("1251", cp1251_report, 5 if smoke else 2000, "otchet.txt"),
        ("docx", word_report, 5 if smoke else 1000, "hesabat.docx"),
    ]
    for name, make, pages, filename in reports:
        measure(name, make(pages), filename)


if __name__ == "__main__":
    main()
