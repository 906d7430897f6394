"""``icra extract`` and ``icra eval`` as a user runs them: the real entry point, real files."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

REPORT = (
    "“Azərbaycan Respublikasında insan alverinə qarşı mübarizəyə dair 2014-2018-ci illər üçün Milli "
    "Fəaliyyət Planı”nın icrası ilə bağlı Ədliyyə Nazirliyi tərəfindən 2018-ci ildə görülən işlər\n\n"
    "13.2.10-cu yarımbənd üzrə:\n"
    "· Hakimlər üçün seminar – 12 mart 2018-ci il, Bakı – 30 nəfər;\n"
)

GOLD = {
    "report": {"agency": "Ədliyyə Nazirliyi", "year": 2018, "language": "az"},
    "sections": [{"codes": ["13.2.10"]}, {"codes": ["13.9.9"]}],
    "events": [{"date_start": "2018-03-12", "date_end": "2018-03-12", "participants": 30, "place": "Bakı"}],
    "figures": [],
    "document_refs": [],
    "organisations": [],
}


def icra(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from icra.cli import main; main()", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "edliyye-2018.txt"
    path.write_text(REPORT, encoding="utf-8")
    return path


def test_extract_json_follows_the_schema(report: Path) -> None:
    result = icra("extract", str(report), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["report"]["agency"] == "Ədliyyə Nazirliyi"
    assert data["report"]["plan_period"] == [2014, 2018]
    assert [s["codes"] for s in data["sections"]] == [["13.2.10"]]
    (event,) = data["events"]
    assert (event["date_start"], event["date_end"], event["place"], event["participants"]) == (
        "2018-03-12",
        "2018-03-12",
        "Bakı",
        30,
    )
    assert event["section"] == "13.2.10"
    assert data["source"]["filename"] == "edliyye-2018.txt"


def test_extract_table_shows_each_kind(report: Path) -> None:
    result = icra("extract", str(report))
    assert result.returncode == 0, result.stderr
    for title in ("Report", "Sections (1)", "Events (1)", "Figures", "Document references", "Organisations"):
        assert title in result.stdout
    assert "2018-03-12" in result.stdout


def test_extract_checks_codes_against_a_plan(report: Path, tmp_path: Path) -> None:
    plan = tmp_path / "plan.yaml"
    plan.write_text(
        "plan:\n  code: nap-2014-2018\n  title: {az: Milli Fəaliyyət Planı}\n  period: [2014, 2018]\n"
        "items:\n  - code: '13'\n    title: {az: Tədbirlər}\n  - code: '13.1'\n    title: {az: Qanun}\n"
        "  - code: '13.1.1'\n    title: {az: Qanunvericilik}\n",
        encoding="utf-8",
    )
    result = icra("extract", str(report), "--plan", str(plan), "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["sections"][0]["unknown_codes"] == ["13.2.10"]
    assert data["warnings"] == ["section '13.2.10-cu yarımbənd üzrə:' names codes not in the plan: 13.2.10"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("extract", "yoxdur.txt"), "error: yoxdur.txt: no such file"),
        (("extract", "{report}", "--lang", "fr"), "error: --lang fr: not a supported language"),
        (("eval", "{missing_dir}"), "not a directory"),
        # pypdf's own notes on what it repaired are not printed beside the error.
        (("extract", "{damaged_pdf}"), "error: hesabat.pdf: damaged PDF"),
    ],
)
def test_errors_are_one_line(args: tuple[str, ...], message: str, report: Path, tmp_path: Path) -> None:
    damaged_pdf = tmp_path / "hesabat.pdf"
    damaged_pdf.write_bytes(b"%PDF-1.4\n1 0 obj\n")
    filled = [a.format(report=report, missing_dir=tmp_path / "none", damaged_pdf=damaged_pdf) for a in args]
    result = icra(*filled)
    assert result.returncode == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_eval_scores_each_file_against_its_gold(report: Path) -> None:
    report.with_name("edliyye-2018.gold.json").write_text(json.dumps(GOLD), encoding="utf-8")
    result = icra("eval", str(report.parent), "--json")
    assert result.returncode == 0, result.stderr
    scores = json.loads(result.stdout)
    assert scores["edliyye-2018.txt"]["sections"]["matched"] == 1
    assert scores["edliyye-2018.txt"]["sections"]["recall"] == 0.5
    assert scores["edliyye-2018.txt"]["events"]["f1"] == 1.0
    assert scores["overall"]["overall"]["matched"] == 2
    table = icra("eval", str(report.parent))
    assert "edliyye-2018.txt" in table.stdout
    assert table.stdout.strip().splitlines()[-1] == f"overall F1 {scores['overall']['overall']['f1']:.4f}"


DEMO_REPORT = Path(__file__).resolve().parents[2] / "icra" / "data" / "demo" / "dmx-2016-demo-az.txt"


def test_ingest_stores_a_report_as_a_draft(icra, database_url: str, report: Path) -> None:
    assert icra("--db", database_url, "init", "--demo").exit_code == 0
    result = icra("--db", database_url, "ingest", str(DEMO_REPORT), "--agency", "DMX", "--period", "2016")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("dmx-2016-demo-az.txt: stored as draft report 1 (")
    assert "events" in result.stdout


def test_ingest_a_folder_stores_each_file_and_reports_the_bad_ones(
    icra, database_url: str, report: Path, tmp_path: Path
) -> None:
    assert icra("--db", database_url, "init", "--demo").exit_code == 0
    (report.parent / "bos.txt").write_bytes(b"")
    result = icra("--db", database_url, "ingest", str(report.parent), "--agency", "DMX", "--period", "2018")
    assert result.exit_code == 2
    assert "bos.txt: empty file" in result.stderr
    assert "edliyye-2018.txt: stored as draft report 1" in result.stdout
    assert "1 of 2 reports stored" in result.stdout


def test_ingest_refuses_an_unknown_agency_and_stores_nothing(icra, database_url: str, report: Path) -> None:
    assert icra("--db", database_url, "init", "--demo").exit_code == 0
    result = icra("--db", database_url, "ingest", str(report), "--agency", "XYZ", "--period", "2018")
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    again = icra("--db", database_url, "ingest", str(report), "--agency", "DMX", "--period", "2018")
    assert "stored as draft report 1 " in again.stdout


def test_extract_reads_plan_codes_from_the_database(icra, database_url: str, report: Path) -> None:
    assert icra("--db", database_url, "init", "--demo").exit_code == 0
    result = icra("--db", database_url, "extract", str(report), "--plan", "nap-2014-2018", "--format", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["sections"][0]["unknown_codes"] == []
