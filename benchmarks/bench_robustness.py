"""Fuzz the reading and extraction with damaged reports: nothing may crash or point outside its text.

Each case is a report of the corpus damaged at random (cut, spliced with another, lines
shuffled or repeated, stray Unicode such as zero-width, right-to-left and combining marks put
in, digits and letters changed, the bytes re-encoded or cut inside a character, a .docx's
bytes truncated) and given to ``extract_file`` as an upload. Each must end in one of two ways:
a draft whose every item's span lies inside its section's text and whose JSON is the schema's,
or an ``IcraError`` with one line for the user. Anything else is a failure, printed with the
seed and case number that rebuild it.

    python benchmarks/bench_robustness.py                 # 3,000 cases
    python benchmarks/bench_robustness.py --smoke         # 150 cases (CI)
    python benchmarks/bench_robustness.py --seed 7 --cases 20000
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path

from icra.errors import IcraError
from icra.evaluation import gold_pairs
from icra.ingest.pipeline import extract_file
from icra.model import ReportDraft

ROOT = Path(__file__).resolve().parent.parent
CORPORA = (
    ROOT / "benchmarks" / "corpus",
    ROOT.parent / "shared" / "corpus",
    ROOT.parent / "shared" / "corpus" / "dev",
)
# Characters that real pasted text carries and rules rarely expect.
STRAY = (
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width, BOM
    "\u200e\u200f\u202a\u202b\u202c\u202e"  # direction marks and overrides
    "\u0307\u0301\u0308"  # combining dot above (İ decomposed), acute, diaeresis
    "\u00a0\u2009\u202f\t\r\f\v\x00\x1b"  # odd spaces and controls
    "İıIiƏəĞğ–—-‐№«»“”„\"'’.,;:()[]/\\%"
    "0123456789١٢٣"  # Arabic-Indic digits are digits to Python too
)
Mutation = Callable[[random.Random, str, str], str]


def cut(rng: random.Random, text: str, _other: str) -> str:
    start = rng.randrange(len(text) + 1)
    return text[start : start + rng.randrange(1, len(text) + 2)]


def splice(rng: random.Random, text: str, other: str) -> str:
    return text[: rng.randrange(len(text) + 1)] + other[rng.randrange(len(other) + 1) :]


def shuffle_lines(rng: random.Random, text: str, _other: str) -> str:
    lines = text.splitlines(keepends=True)
    rng.shuffle(lines)
    return "".join(lines)


def repeat_lines(rng: random.Random, text: str, _other: str) -> str:
    lines = text.splitlines(keepends=True) or [text]
    picked = rng.sample(lines, k=min(len(lines), rng.randrange(1, 6)))
    return "".join(line * rng.randrange(2, 40) if line in picked else line for line in lines)


def stray_characters(rng: random.Random, text: str, _other: str) -> str:
    chars = list(text)
    for _ in range(rng.randrange(1, 60)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(STRAY))
    return "".join(chars)


def change_characters(rng: random.Random, text: str, _other: str) -> str:
    chars = list(text)
    for _ in range(rng.randrange(1, 80)):
        at = rng.randrange(len(chars)) if chars else 0
        if chars:
            chars[at] = rng.choice("0123456789") if chars[at].isdigit() else rng.choice(STRAY)
    return "".join(chars)


def change_case(rng: random.Random, text: str, _other: str) -> str:
    return text.upper() if rng.random() < 0.5 else text.swapcase()


MUTATIONS: tuple[Mutation, ...] = (
    cut,
    splice,
    shuffle_lines,
    repeat_lines,
    stray_characters,
    change_characters,
    change_case,
)


def encoded(rng: random.Random, text: str) -> bytes:
    """``text`` as an upload's bytes: mostly UTF-8, else another encoding, sometimes cut mid-character."""
    encoding = rng.choice(("utf-8", "utf-8", "utf-8", "utf-16", "utf-8-sig", "cp1251", "cp1254"))
    data = text.encode(encoding, errors="replace")
    if rng.random() < 0.1:
        data = data[: rng.randrange(len(data) + 1)]
    return data


def check(draft: ReportDraft) -> str | None:
    """What is wrong with a draft, or None: every span inside its section's text, JSON as the schema."""
    for kind in ("events", "figures", "document_refs", "needs"):
        for item in getattr(draft, kind):
            if item.section_index is None or item.source_start is None:
                continue
            if not 0 <= item.section_index < len(draft.sections):
                return f"{kind}: section_index {item.section_index} of {len(draft.sections)} sections"
            length = len(draft.sections[item.section_index].text)
            if not 0 <= item.source_start <= (item.source_end or 0) <= length:
                return f"{kind}: span {item.source_start}:{item.source_end} outside a text of {length}"
    json.dumps(draft.to_extraction_json(), ensure_ascii=False)
    return None


def corpus() -> list[tuple[str, bytes]]:
    """(file name, bytes) of every gold-annotated report there is to damage."""
    return [
        (report.name, report.read_bytes())
        for folder in CORPORA
        if folder.is_dir()
        for report, _ in gold_pairs(folder)
    ]


def one_case(rng: random.Random, reports: list[tuple[str, bytes]], texts: list[str]) -> tuple[str, bytes]:
    name, data = rng.choice(reports)
    if not name.endswith(".txt"):
        # A binary format: its bytes cut or flipped, as a broken upload is.
        damaged = bytearray(data[: rng.randrange(len(data) + 1)] if rng.random() < 0.5 else data)
        for _ in range(rng.randrange(0, 20)):
            if damaged:
                damaged[rng.randrange(len(damaged))] = rng.randrange(256)
        return name, bytes(damaged)
    text = rng.choice(texts)
    for _ in range(rng.randrange(1, 4)):
        text = rng.choice(MUTATIONS)(rng, text, rng.choice(texts)) or text
    return name, encoded(rng, text)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--smoke", action="store_true", help="150 cases")
    parser.add_argument("--cases", type=int, default=3000)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    cases = 150 if args.smoke else args.cases
    reports = corpus()
    texts = [data.decode("utf-8", errors="replace") for name, data in reports if name.endswith(".txt")]
    rng = random.Random(args.seed)
    refused = failures = 0
    start = time.perf_counter()
    for number in range(cases):
        name, data = one_case(rng, reports, texts)
        try:
            problem = check(extract_file(data=data, filename=name))
        except IcraError as error:
            problem = None if "\n" not in str(error) else f"a user error of several lines: {error!r}"
            refused += 1
        except Exception:  # any other exception is what this benchmark looks for
            problem = traceback.format_exc(limit=-3)
        if problem:
            failures += 1
            print(f"FAILED case {number} (--seed {args.seed}), from {name}: {problem}", flush=True)
    seconds = time.perf_counter() - start
    print(
        f"{cases:,} damaged reports from {len(reports)} in {seconds:.1f} s: {cases - refused - failures:,} "
        f"extracted, {refused:,} refused with a one-line error, {failures} failed"
    )
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
