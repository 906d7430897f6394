"""Reading reports: every format into text and paragraphs, and every kind of bad input
into one line that names the file. Fixtures are written here, into tmp_path."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pypdf
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls
from fpdf import FPDF
from PIL import Image

from icra.errors import InputError
from icra.ingest.readers import ReadDocument, read_document, read_path

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

AZ = "Dövlət Miqrasiya Xidməti 2016-cı ildə insan alverinə qarşı 12 təlim keçirmişdir."
AZ_2 = "İŞIQ, çağırış, göz, şəhər: hər hərfi yerində qalmalıdır."
RU = "Министерство внутренних дел провело пять тренингов для полицейских в 2016 году."
TR = "Göç İdaresi çalışanları için eğitim düzenlendi; katılımcılar ışığı gördü."
EN = "The agency trained 28 officers on identifying victims in 2016."


def lines(document: ReadDocument) -> list[str]:
    return [document.paragraph_text(p) for p in document.paragraphs]


def assert_offsets_exact(document: ReadDocument) -> None:
    """Paragraphs index the text exactly, and the text is them joined by newlines."""
    assert document.text == "\n".join(lines(document))
    for paragraph in document.paragraphs:
        for start, end in paragraph.cells:
            assert paragraph.start <= start <= end <= paragraph.end


# ---------------------------------------------------------------------------
# Plain text and its encodings

ENCODED_TEXTS = [
    ("utf-8", f"{AZ}\n{AZ_2}".encode(), "utf-8", [AZ, AZ_2]),
    ("utf-8 with BOM", b"\xef\xbb\xbf" + f"{AZ}\r\n{AZ_2}\r\n".encode(), "utf-8", [AZ, AZ_2]),
    ("utf-16 LE with BOM", f"{AZ}\n{RU}".encode("utf-16"), "utf-16-le", [AZ, RU]),
    ("utf-16 BE with BOM", b"\xfe\xff" + f"{AZ}\n{RU}".encode("utf-16-be"), "utf-16-be", [AZ, RU]),
    ("utf-16 LE without BOM", f"{AZ}\r\n{AZ_2}".encode("utf-16-le"), "utf-16-le", [AZ, AZ_2]),
    ("utf-16 LE Russian without BOM", RU.encode("utf-16-le"), "utf-16-le", [RU]),
    ("utf-16 BE without BOM", AZ.encode("utf-16-be"), "utf-16-be", [AZ]),
    ("cp1251 Russian", f"{RU}\r\nСЛУЖБА МИГРАЦИИ".encode("cp1251"), "cp1251", [RU, "СЛУЖБА МИГРАЦИИ"]),
    ("cp1254 Turkish-like", f"{TR}\n{EN}".encode("cp1254"), "cp1254", [TR, EN]),
    (
        "cp1252, a foreign name",
        "Met at Café Rézidence.".encode("cp1252"),
        "cp1252",
        ["Met at Café Rézidence."],
    ),
    ("old Mac line ends", f"{EN}\r{EN}".encode(), "utf-8", [EN, EN]),
    ("blank lines and indents dropped", f"\n\n  {EN}  \n\t\n{EN}\n".encode(), "utf-8", [EN, EN]),
    ("decomposed letters made NFC", unicodedata.normalize("NFD", AZ_2).encode(), "utf-8", [AZ_2]),
    ("an e-mail's quote marks dropped", f"> {EN}\n>> {EN}\n".encode(), "utf-8", [EN, EN]),
]


@pytest.mark.parametrize(
    ("data", "encoding", "expected"),
    [case[1:] for case in ENCODED_TEXTS],
    ids=[case[0] for case in ENCODED_TEXTS],
)
def test_text_encodings(data: bytes, encoding: str, expected: list[str]) -> None:
    document = read_document(data, "hesabat.txt")
    assert (document.format, document.encoding, lines(document)) == ("txt", encoding, expected)
    assert_offsets_exact(document)


def test_the_sample_report_reads_line_by_line(shared_dir: Path) -> None:
    path = shared_dir / "corpus" / "dmx-2016-az.txt"
    document = read_path(path)
    expected = [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert document.encoding == "utf-8"
    assert lines(document) == [unicodedata.normalize("NFC", line) for line in expected]
    assert document.data == path.read_bytes()


def test_document_keeps_the_upload() -> None:
    data = f"{AZ}\n".encode("cp1254", errors="replace")
    document = read_document(data, "hesabat.txt")
    assert document.data == data
    assert document.size == len(data)
    assert len(document.sha256) == 64
    assert document.filename == "hesabat.txt"


# ---------------------------------------------------------------------------
# Word .docx


PLAN_LEVELS = [(0, "decimal", "%1.", 1), (1, "decimal", "%1.%2.", 1), (2, "lowerLetter", "%3)", 1)]


def add_numbering(
    document: docx.document.Document,
    levels: list[tuple[int, str, str, int]],
    num_id: int = 90,
    start_override: int | None = None,
) -> int:
    """A list definition, levels given as (ilvl, numFmt, lvlText, start); returns its numId."""
    numbering = document.part.numbering_part.element
    xml = "".join(
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
        for ilvl, fmt, text, start in levels
    )
    w = nsdecls("w")
    numbering.append(parse_xml(f'<w:abstractNum {w} w:abstractNumId="{num_id}">{xml}</w:abstractNum>'))
    override = (
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="{start_override}"/></w:lvlOverride>'
        if start_override
        else ""
    )
    numbering.append(
        parse_xml(f'<w:num {w} w:numId="{num_id}"><w:abstractNumId w:val="{num_id}"/>{override}</w:num>')
    )
    return num_id


def numbered(document: docx.document.Document, text: str, num_id: int, ilvl: int) -> None:
    paragraph = document.add_paragraph(text)
    paragraph._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )


def report_docx() -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Kolontitul: oxunmamalıdır"
    document.sections[0].footer.paragraphs[0].text = "Səhifə altı: oxunmamalıdır"
    document.add_heading("Dövlət Miqrasiya Xidmətinin 2016-cı il hesabatı", level=1)
    document.add_paragraph(AZ)
    document.add_heading("Tədbirlər", level=2)
    document.add_paragraph("Bakıda seminar", style="List Number")
    document.add_paragraph("Gəncədə təlim", style="List Number")
    document.add_paragraph("Qeyd olunmalı məqam", style="List Bullet")
    num_id = add_numbering(document, PLAN_LEVELS)
    numbered(document, "Qanunvericilik", num_id, 0)
    numbered(document, "Qərar layihəsi", num_id, 1)
    numbered(document, "Məktub göndərilib", num_id, 2)
    numbered(document, "İkinci qərar", num_id, 1)
    numbered(document, "Maarifləndirmə", num_id, 0)
    table = document.add_table(rows=2, cols=3)
    for cell, text in zip(table.rows[0].cells, ["13.2.5", "Seminar keçirilib", "28 nəfər"], strict=True):
        cell.text = text
    table.rows[1].cells[0].text = "13.3.6"
    table.rows[1].cells[1].text = "Vəsait hazırlanıb"
    inner = table.rows[1].cells[2].add_table(rows=1, cols=2)
    inner.rows[0].cells[0].text = "10 nüsxə"
    inner.rows[0].cells[1].text = "çap olunub"
    document.add_paragraph("Son söz.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_paragraphs_lists_and_tables_in_order() -> None:
    document = read_document(report_docx(), "hesabat.docx")
    assert [(p.kind, p.level, p.marker, document.paragraph_text(p)) for p in document.paragraphs] == [
        ("heading", 1, None, "Dövlət Miqrasiya Xidmətinin 2016-cı il hesabatı"),
        ("paragraph", 0, None, AZ),
        ("heading", 2, None, "Tədbirlər"),
        ("list_item", 1, "1.", "1. Bakıda seminar"),
        ("list_item", 1, "2.", "2. Gəncədə təlim"),
        ("list_item", 1, "•", "• Qeyd olunmalı məqam"),
        ("list_item", 1, "1.", "1. Qanunvericilik"),
        ("list_item", 2, "1.1.", "1.1. Qərar layihəsi"),
        ("list_item", 3, "a)", "a) Məktub göndərilib"),
        ("list_item", 2, "1.2.", "1.2. İkinci qərar"),
        ("list_item", 1, "2.", "2. Maarifləndirmə"),
        ("table_row", 1, None, "13.2.5 | Seminar keçirilib | 28 nəfər"),
        ("table_row", 1, None, "13.3.6 | Vəsait hazırlanıb | "),
        ("table_row", 2, None, "10 nüsxə | çap olunub"),
        ("paragraph", 0, None, "Son söz."),
    ]
    assert "oxunmamalıdır" not in document.text
    assert_offsets_exact(document)


def test_docx_table_cells_are_spans_of_the_row() -> None:
    document = read_document(report_docx(), "hesabat.docx")
    row = next(p for p in document.paragraphs if p.kind == "table_row")
    cells = [document.text[start:end] for start, end in row.cells]
    assert cells == ["13.2.5", "Seminar keçirilib", "28 nəfər"]


@pytest.mark.parametrize(
    ("number_format", "level_text", "start", "override", "markers"),
    [
        ("decimal", "%1.", 1, None, ["1.", "2.", "3."]),
        ("decimal", "%1)", 5, None, ["5)", "6)", "7)"]),
        ("decimal", "%1.", 1, 4, ["4.", "5.", "6."]),
        ("decimalZero", "%1.", 9, None, ["09.", "10.", "11."]),
        ("lowerLetter", "%1)", 25, None, ["y)", "z)", "aa)"]),
        ("upperRoman", "%1.", 3, None, ["III.", "IV.", "V."]),
        ("bullet", "\uf0b7", 1, None, ["•", "•", "•"]),
        ("bullet", "–", 1, None, ["–", "–", "–"]),
        ("none", "", 1, None, [None, None, None]),
    ],
)
def test_docx_list_markers(
    number_format: str, level_text: str, start: int, override: int | None, markers: list[str | None]
) -> None:
    document = docx.Document()
    num_id = add_numbering(document, [(0, number_format, level_text, start)], start_override=override)
    for text in ("Birinci", "İkinci", "Üçüncü"):
        numbered(document, text, num_id, 0)
    assert [(p.kind, p.marker) for p in read_docx(document).paragraphs] == [("list_item", m) for m in markers]


def test_docx_list_of_the_first_list_definition() -> None:
    # python-docx's template numbers list 9 by definition 0: an id of 0 is an id like any other.
    document = docx.Document()
    numbered(document, "Birinci", 9, 0)
    numbered(document, "İkinci", 9, 0)
    assert lines(read_docx(document)) == ["1. Birinci", "2. İkinci"]


W = nsdecls("w")


@pytest.mark.parametrize(
    ("runs", "text"),
    [
        ("<w:r><w:t>13.2.5</w:t><w:tab/><w:t>Seminar</w:t></w:r>", "13.2.5\tSeminar"),
        ("<w:r><w:t>Birinci sətir</w:t><w:br/><w:t>ikinci sətir</w:t></w:r>", "Birinci sətir ikinci sətir"),
        ("<w:r><w:t>2016</w:t><w:noBreakHyphen/><w:t>cı il</w:t></w:r>", "2016-cı il"),
        ("<w:r><w:t>qalan</w:t></w:r><w:del><w:r><w:delText> silinən</w:delText></w:r></w:del>", "qalan"),
        ("<w:ins><w:r><w:t>əlavə olunan</w:t></w:r></w:ins>", "əlavə olunan"),
        ("<w:hyperlink><w:r><w:t>migration.gov.az</w:t></w:r></w:hyperlink>", "migration.gov.az"),
        ("<w:sdt><w:sdtContent><w:r><w:t>forma sahəsi</w:t></w:r></w:sdtContent></w:sdt>", "forma sahəsi"),
        (
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText></w:r>'
            '<w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
            "7",
        ),
    ],
)
def test_docx_inline_text(runs: str, text: str) -> None:
    document = docx.Document()
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(f"<w:p {W}>{runs}</w:p>"))
    assert lines(read_docx(document)) == [text]


MC = 'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
WPS = 'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
VML = 'xmlns:v="urn:schemas-microsoft-com:vml"'


def text_box(text: str) -> str:
    return f"<w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent>"


@pytest.mark.parametrize(
    "shape",
    [
        # As Word writes it: DrawingML, and a VML copy for older readers.
        f"<mc:AlternateContent {MC}><mc:Choice Requires='wps'><w:drawing><wps:txbx {WPS}>{text_box('Qutu')}"
        f"</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox {VML}>{text_box('Qutu')}"
        "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent>",
        f"<w:pict><v:textbox {VML}>{text_box('Qutu')}</v:textbox></w:pict>",
    ],
)
def test_docx_text_boxes_follow_their_paragraph_once(shape: str) -> None:
    document = docx.Document()
    body = document.element.body
    body.insert(len(body) - 1, parse_xml(f"<w:p {W}><w:r><w:t>Əsas mətn</w:t></w:r><w:r>{shape}</w:r></w:p>"))
    document.add_paragraph("Sonra")
    assert lines(read_docx(document)) == ["Əsas mətn", "Qutu", "Sonra"]


def test_docx_blocks_inside_content_controls() -> None:
    document = docx.Document()
    body = document.element.body
    control = (
        f"<w:sdt {W}><w:sdtContent><w:p><w:r><w:t>Forma: 13.1.1</w:t></w:r></w:p>"
        "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>13.1.2</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:sdtContent></w:sdt>"
    )
    body.insert(len(body) - 1, parse_xml(control))
    assert lines(read_docx(document)) == ["Forma: 13.1.1", "13.1.2"]


def read_docx(document: docx.document.Document) -> ReadDocument:
    buffer = io.BytesIO()
    document.save(buffer)
    return read_document(buffer.getvalue(), "sənəd.docx")


# ---------------------------------------------------------------------------
# PDF


def make_pdf(*pages: str, width: float = 0) -> bytes:
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.set_font("DejaVu", size=12)
    for page in pages:
        pdf.add_page()
        for paragraph in page.split("\n"):
            pdf.multi_cell(width, 8, paragraph)
            pdf.ln()
    return bytes(pdf.output())


def scanned_pdf() -> bytes:
    image = io.BytesIO()
    Image.new("L", (60, 20), color=200).save(image, format="PNG")
    pdf = FPDF()
    pdf.add_page()
    pdf.image(image, x=10, y=10, w=60)
    return bytes(pdf.output())


def encrypted_pdf(user_password: str) -> bytes:
    writer = pypdf.PdfWriter(clone_from=pypdf.PdfReader(io.BytesIO(make_pdf(EN))))
    writer.encrypt(user_password, owner_password="sahibi", algorithm="RC4-128")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


needs_dejavu = pytest.mark.skipif(
    not DEJAVU.is_file(), reason=f"{DEJAVU} is absent: apt-get install fonts-dejavu-core (.ci/run does)"
)


@needs_dejavu
def test_pdf_text_per_page_with_wrapped_lines_joined() -> None:
    wrapped = "Xidmət insan alveri qurbanlarının müəyyən edilməsi üzrə əməkdaşlar üçün təlimlər keçirmişdir."
    document = read_document(make_pdf(f"{wrapped}\n{AZ_2}", RU, width=70), "hesabat.pdf")
    assert [(p.page, document.paragraph_text(p)) for p in document.paragraphs] == [
        (1, wrapped),
        (1, AZ_2),
        (2, RU),
    ]
    assert document.format == "pdf"
    assert_offsets_exact(document)


def paged_pdf(pages: list[list[str]], header: str, footer: str) -> bytes:
    """A PDF whose every page has ``header`` at its top and ``footer`` ({page} filled in) at its foot."""
    pdf = FPDF()
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.set_font("DejaVu", size=12)
    pdf.set_auto_page_break(False)  # the footer stands in the bottom margin
    for number, lines in enumerate(pages, 1):
        pdf.add_page()
        pdf.cell(0, 8, header)
        pdf.ln()
        for line in lines:
            pdf.cell(0, 8, line)
            pdf.ln()
        pdf.set_y(-20)
        pdf.cell(0, 8, footer.format(page=number))
    return bytes(pdf.output())


@needs_dejavu
@pytest.mark.parametrize("footer", ["Səhifə {page} / 3", "- {page} -", "{page}"])
def test_pdf_page_headers_footers_and_numbers_are_left_out(footer: str) -> None:
    pages = [
        ["13.1.1-ci yarımbənd üzrə:", "Xidmət əməkdaşları üçün 3 təlim"],
        ["keçirmişdir.", "13.2.5-ci yarımbənd üzrə:", "İl ərzində 12 nəfər müəyyən edilmişdir."],
        ["Rəis müavini", "2016-cı il"],
    ]
    document = read_document(
        paged_pdf(pages, "Dövlət Miqrasiya Xidməti | 2016-cı il hesabatı", footer), "h.pdf"
    )
    assert [(p.page, document.paragraph_text(p)) for p in document.paragraphs] == [
        (1, "13.1.1-ci yarımbənd üzrə:"),
        (1, "Xidmət əməkdaşları üçün 3 təlim keçirmişdir."),  # goes on across the page break
        (2, "13.2.5-ci yarımbənd üzrə:"),
        (2, "İl ərzində 12 nəfər müəyyən edilmişdir."),
        (3, "Rəis müavini"),
        (3, "2016-cı il"),
    ]
    assert_offsets_exact(document)


@needs_dejavu
def test_pdf_keeps_headings_and_counts_that_open_or_close_every_page_in_the_same_shape() -> None:
    # Each page a sub-item: its heading on top, its count at the foot; only the numbers differ.
    pages = [
        ["13.1.4-cü yarımbənd üzrə:", "Seminar keçirilmişdir.", "Cəmi 25 nəfər."],
        ["13.2.7-ci yarımbənd üzrə:", "Vəsait çap olunmuşdur.", "Cəmi 40 nəfər."],
        ["13.3.9-cu yarımbənd üzrə:", "Qurbanlara yardım edilmişdir.", "Cəmi 12 nəfər."],
    ]
    document = read_document(paged_pdf(pages, "Dövlət Miqrasiya Xidməti", "Səhifə {page} / 3"), "h.pdf")
    assert lines(document) == [line for page in pages for line in page]


@needs_dejavu
def test_pdf_keeps_a_number_alone_at_a_pages_foot_where_the_pages_go_unnumbered() -> None:
    # A table's cells come out a line each; the count closing page 2 is no page number.
    pages = [["13.1.1 üzrə:", "Seminar keçirilmişdir."], ["Müəyyən edilmiş qurbanlar", "2"], ["Son."]]
    document = read_document(paged_pdf(pages, "Dövlət Miqrasiya Xidməti", ""), "h.pdf")
    assert lines(document) == [line for page in pages for line in page]


@needs_dejavu
def test_pdf_of_two_pages_keeps_lines_that_only_look_like_furniture() -> None:
    pages = [["Hesabat", "Bakı, 2016"], ["Hesabat", "Bakı, 2017"]]
    document = read_document(paged_pdf(pages, "Başlıq", "Səhifə {page}"), "h.pdf")
    assert "Başlıq" in lines(document)  # two pages are too few to tell a running header


@needs_dejavu
def test_pdf_encrypted_only_against_editing_is_read() -> None:
    assert lines(read_document(encrypted_pdf(""), "hesabat.pdf")) == [EN]


# ---------------------------------------------------------------------------
# HTML

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="windows-1251"><title>Отчёт</title>
<style>p { color: red }</style><script>var skipped = "<p>не текст</p>";</script></head>
<body><h1>Отчёт МВД</h1>
<p>Проведено &laquo;пять&raquo; тренингов &amp; семинаров,
   в том числе&nbsp;в Баку.</p>
<ol><li>Первый</li><li>Второй<ul><li>вложенный</li></ul></li></ol>
<table><tr><th>Пункт</th><th>Мероприятие</th></tr>
<tr><td>13.1.1</td><td>Семинар<br>в Гяндже<table><tr><td>20 человек</td></tr></table></td></tr></table>
<div>Конец</div></body></html>"""


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b"<html><body><pre>13.1.1  Seminar\n13.1.2  Tr\xc9\x99lim</pre></body></html>",
            ["13.1.1  Seminar", "13.1.2  Trəlim"],
        ),
        ('<html><meta charset="utf-8"><p>Отчёт МВД</p></html>'.encode("cp1251"), ["Отчёт МВД"]),
        ("<html><p>Göç İdaresi</p></html>".encode("utf-16"), ["Göç İdaresi"]),
        (b"<html><p>Bir<br>iki</p><p>  </p><p>\xc3\xbc\xc3\xa7</p></html>", ["Bir", "iki", "üç"]),
    ],
)
def test_html_text(data: bytes, expected: list[str]) -> None:
    assert lines(read_document(data, "sehife.html")) == expected


def test_html_blocks_lists_tables_and_entities() -> None:
    document = read_document(HTML_PAGE.encode("cp1251"), "otchet.html")
    assert document.encoding == "cp1251"
    assert [(p.kind, p.level, document.paragraph_text(p)) for p in document.paragraphs] == [
        ("paragraph", 0, "Отчёт"),
        ("heading", 1, "Отчёт МВД"),
        ("paragraph", 0, "Проведено «пять» тренингов & семинаров, в том числе в Баку."),
        ("list_item", 1, "1. Первый"),
        ("list_item", 1, "2. Второй"),
        ("list_item", 2, "• вложенный"),
        ("table_row", 1, "Пункт | Мероприятие"),
        ("table_row", 1, "13.1.1 | Семинар в Гяндже"),
        ("table_row", 2, "20 человек"),
        ("paragraph", 0, "Конец"),
    ]
    assert_offsets_exact(document)


# ---------------------------------------------------------------------------
# The format is told by content, and the document says when the name was wrong


def zipped(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


@needs_dejavu
@pytest.mark.parametrize(
    ("filename", "make", "expected", "note"),
    [
        ("hesabat.txt", lambda: make_pdf(EN), "pdf", "hesabat.txt: named .txt but is a PDF; read as a PDF"),
        ("hesabat.pdf", report_docx, "docx", "hesabat.pdf: named .pdf but is a Word .docx; read as a Word"),
        ("hesabat", lambda: make_pdf(EN), "pdf", "hesabat: has no extension but is a PDF; read as a PDF"),
        ("hesabat.txt", lambda: HTML_PAGE.encode("cp1251"), "html", "hesabat.txt: named .txt but is an HTML"),
        ("hesabat.htm", lambda: EN.encode(), "html", None),
    ],
)
def test_format_by_content(filename: str, make: Callable[[], bytes], expected: str, note: str | None) -> None:
    document = read_document(make(), filename)
    assert document.format == expected
    assert [n[: len(note)] for n in document.notes] == ([note] if note else [])


# ---------------------------------------------------------------------------
# Bad input: one line naming the file


def zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", b"<Types/>")
        with archive.open("word/document.xml", "w") as member:
            block = b"\0" * (1024 * 1024)
            for _ in range(100):
                member.write(block)
    return buffer.getvalue()


def zip_declaring(size: int) -> bytes:
    """A small zip whose directory declares word/document.xml to unpack to ``size`` bytes."""
    data = bytearray(zipped({"word/document.xml": b"<w:document/>"}))
    entry = data.index(b"PK\x01\x02")
    data[entry + 24 : entry + 28] = size.to_bytes(4, "little")  # the entry's uncompressed size
    return bytes(data)


def zip_of_version(version: int) -> bytes:
    """A .docx whose directory says its document needs zip ``version`` (22 is 2.2) to unpack."""
    data = bytearray(report_docx())
    entry = data.index(b"PK\x01\x02")
    data[entry + 6 : entry + 8] = version.to_bytes(2, "little")  # version needed to extract
    return bytes(data)


def corrupt_docx() -> bytes:
    good = zipfile.ZipFile(io.BytesIO(report_docx()))
    members = {name: good.read(name) for name in good.namelist()}
    members["word/document.xml"] = members["word/document.xml"][:500]
    return zipped(members)


def empty_docx() -> bytes:
    buffer = io.BytesIO()
    document = docx.Document()
    document.add_paragraph("   ")
    document.save(buffer)
    return buffer.getvalue()


OLE_HEADER = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
STRAY_AT = len(AZ.encode()) * 3

TXT, DOCX, PDF = "hesabat.txt", "hesabat.docx", "hesabat.pdf"
# (case, file name, its bytes, what the one-line message says after "file name: ")
BAD_INPUT = [
    ("empty", TXT, lambda: b"", "empty file"),
    ("white space", TXT, lambda: b" \r\n\t\n ", "no text, only white space"),
    ("UTF-16 white space", TXT, lambda: " \n \n".encode("utf-16"), "no text, only white space"),
    ("binary named .docx", DOCX, lambda: bytes(range(256)) * 4, "not a .docx: binary content"),
    ("text named .docx", DOCX, lambda: AZ.encode(), "not a .docx: it holds plain text"),
    ("zip, not docx", DOCX, lambda: zipped({"a.txt": b"x"}), "a zip archive but not a Word .docx"),
    (
        "xlsx as docx",
        DOCX,
        lambda: zipped({"xl/workbook.xml": b"<w/>"}),
        r"a zip archive but not a Word \.docx \(an Excel workbook\)",
    ),
    ("truncated docx", DOCX, lambda: report_docx()[:3000], "damaged zip archive"),
    ("corrupt docx", DOCX, corrupt_docx, "damaged .docx"),
    ("docx without text", DOCX, empty_docx, "no text, only white space"),
    (
        "zip of a later version",
        DOCX,
        lambda: zip_of_version(220),
        r"a zip archive İcra cannot unpack \(zip file version 22\.0\)",
    ),
    ("zip bomb", DOCX, zip_bomb, r"word/document.xml unpacks \d+ times its size \(a zip bomb\?\)"),
    (
        "declares 300 MB",
        DOCX,
        lambda: zip_declaring(300 * 2**20),
        r"unpacks to 300\.0 MB, more than 256\.0 MB",
    ),
    ("old .doc", "hesabat.doc", lambda: OLE_HEADER + bytes(600), "an old Word 97-2003 .doc"),
    ("image named .pdf", PDF, lambda: b"\x89PNG\r\n\x1a\n" + bytes(100), "a PNG image"),
    ("unknown format", "hesabat.odp", lambda: EN.encode(), r"unknown format \.odp; İcra reads"),
    ("damaged PDF", PDF, lambda: b"%PDF-1.4\n1 0 obj <<\n", "damaged PDF"),
    ("bytes no encoding has", TXT, lambda: b"Hesabat \x98\x81\x8d\x90", "cannot tell the text encoding"),
    (
        "Russian, byte cp1251 lacks",
        TXT,
        lambda: RU.encode("cp1251") + b"\x98",
        "cannot tell the text encoding",
    ),
    ("UTF-8, a stray byte", TXT, lambda: (AZ * 3).encode() + b"\xfd", f"mostly UTF-8 but byte {STRAY_AT}"),
    ("UTF-8 mark, not UTF-8", TXT, lambda: b"\xef\xbb\xbfG\xf6\xe7", "starts with a UTF-8 mark but"),
    ("UTF-16 mark, odd length", TXT, lambda: b"\xff\xfeA\x00B", "starts with a UTF-16 mark but"),
    ("control characters", TXT, lambda: b"Hesabat\x01\x02", r"not text: control character U\+0001"),
]


@pytest.mark.parametrize(
    ("name", "make", "message"), [c[1:] for c in BAD_INPUT], ids=[c[0] for c in BAD_INPUT]
)
def test_bad_input_is_one_line_naming_the_file(name: str, make: Callable[[], bytes], message: str) -> None:
    with pytest.raises(InputError, match=f"^{re.escape(name)}: {message}") as raised:
        read_document(make(), name)
    assert "\n" not in str(raised.value)


@needs_dejavu
@pytest.mark.parametrize(
    ("make", "message"),
    [
        (scanned_pdf, "hesabat.pdf: scanned PDF, no text layer"),
        (lambda: encrypted_pdf("gizli"), "hesabat.pdf: encrypted PDF, it needs a password"),
    ],
)
def test_unreadable_pdfs(make: Callable[[], bytes], message: str) -> None:
    with pytest.raises(InputError, match=message):
        read_document(make(), "hesabat.pdf")


def test_size_limit_is_checked_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "hesabat.txt"
    with big.open("wb") as file:
        file.truncate(200 * 1024 * 1024)  # sparse: takes no disk
    with pytest.raises(InputError, match=r"hesabat.txt: 200.0 MB is more than the limit of 50.0 MB"):
        read_path(big)


def test_size_limit_comes_from_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ICRA_MAX_UPLOAD_BYTES", "10")
    with pytest.raises(InputError, match=r"hesabat\.txt: .* is more than the limit"):
        read_document(EN.encode(), "hesabat.txt")
    assert lines(read_document(EN.encode(), "hesabat.txt", max_bytes=1000)) == [EN]


def test_read_path_reads_the_file(tmp_path: Path) -> None:
    path = tmp_path / "hesabat.docx"
    path.write_bytes(report_docx())
    document = read_path(path)
    assert (document.filename, document.format, document.data) == ("hesabat.docx", "docx", path.read_bytes())


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    (tmp_path / "qovluq.txt").mkdir()
    with pytest.raises(InputError, match=r"^qovluq\.txt: not a file$"):
        read_path(tmp_path / "qovluq.txt")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"yoxdur\.txt: no such file"):
        read_path(tmp_path / "yoxdur.txt")
