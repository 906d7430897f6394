"""Read an uploaded report (.txt, .docx, .pdf, .html) into text and paragraphs.

Every format gives the same :class:`ReadDocument`: the text, its paragraphs joined
with ``"\\n"`` (each :class:`Paragraph` holds exact offsets into that text), and the
uploaded bytes as they came, so nothing a user sends is lost. The format is told by
the content (magic bytes) before the name: a PDF named ``.txt`` is read as a PDF and
the document says so in ``notes``. Anything İcra cannot read raises
:class:`~icra.errors.InputError` with one line that names the file.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import logging
import re
import unicodedata
import zipfile
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path
from typing import Literal, NamedTuple

import docx
import pypdf
from docx.document import Document as DocxDocument
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from lxml import etree
from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError

from icra import lang
from icra.errors import InputError
from icra.settings import Settings

# pypdf logs what it repairs in a damaged file ("EOF marker not found"); without a handler Python
# would print that on the user's terminal beside İcra's own one-line answer.
logging.getLogger("pypdf").addHandler(logging.NullHandler())

Format = Literal["txt", "docx", "pdf", "html"]
ParagraphKind = Literal["paragraph", "heading", "list_item", "table_row"]

EXTENSIONS: dict[str, Format] = {
    ".txt": "txt",
    ".text": "txt",
    ".docx": "docx",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
}

# What a .docx may unpack to. A report's XML is a few MB; more is a zip bomb, and
# python-docx would hold all of it in memory (several times over, once parsed).
MAX_UNZIPPED_BYTES = 256 * 1024 * 1024
# Word's XML packs 5-30 times; a member that packs hundreds of times is not a report.
MAX_ZIP_RATIO = 200
_RATIO_CHECKED_FROM = 1024 * 1024
MAX_ZIP_MEMBERS = 10_000

CELL_SEPARATOR = " | "


@dataclass(frozen=True)
class Paragraph:
    """One paragraph of :attr:`ReadDocument.text`: ``text[start:end]``."""

    start: int
    end: int
    kind: ParagraphKind = "paragraph"
    # Heading level (1 = top), list nesting (1 = outermost) or table nesting (1 = a table
    # in the body, 2 = a table inside a cell); 0 for a plain paragraph.
    level: int = 0
    # The number or bullet a list item shows ("1.", "13.2.5.", "•"); the text starts with it.
    marker: str | None = None
    # A table row's cells as (start, end) offsets into the text, cells joined by " | ".
    cells: tuple[tuple[int, int], ...] = ()
    # PDF only: the page the paragraph starts on, counted from 1.
    page: int | None = None


@dataclass(frozen=True)
class ReadDocument:
    """A report as read: its text and paragraphs, and the file exactly as uploaded."""

    text: str
    paragraphs: tuple[Paragraph, ...]
    format: Format
    filename: str
    data: bytes = field(repr=False)
    sha256: str
    size: int
    # The text encoding found (txt, html): "utf-8", "utf-16-le", "cp1251" ...
    encoding: str | None = None
    # What the reader noticed and did about it ("named .txt but is a PDF; read as a PDF").
    notes: tuple[str, ...] = ()

    def paragraph_text(self, paragraph: Paragraph) -> str:
        return self.text[paragraph.start : paragraph.end]


class _Content(NamedTuple):
    text: str
    paragraphs: tuple[Paragraph, ...]
    encoding: str | None = None


def read_path(path: str | Path, *, max_bytes: int | None = None) -> ReadDocument:
    """Read the report at ``path``; its size is checked before any of it is read."""
    path = Path(path)
    limit = _limit(max_bytes)
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise InputError(f"{path.name}: not a file")
        _check_size(size, limit, path.name)
        with path.open("rb") as file:
            # One byte past the limit: a file that grew since stat() is still refused.
            data = file.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{path.name}: no such file ({path})") from None
    except PermissionError:
        raise InputError(f"{path.name}: not allowed to read it ({path})") from None
    except OSError as error:
        raise InputError(f"{path.name}: cannot read it ({error.strerror or error})") from None
    return read_document(data, path.name, max_bytes=limit)


def read_document(data: bytes, filename: str, *, max_bytes: int | None = None) -> ReadDocument:
    """Read an uploaded report given as bytes; ``filename`` is how errors name it."""
    _check_size(len(data), _limit(max_bytes), filename)
    if not data:
        raise InputError(f"{filename}: empty file")
    if data.isspace():
        raise InputError(f"{filename}: no text, only white space")
    named = EXTENSIONS.get(Path(filename).suffix.lower())
    found = _format_by_content(data, filename, named)
    notes: tuple[str, ...] = ()
    if found != named:
        said = f"named {Path(filename).suffix}" if Path(filename).suffix else "has no extension"
        notes = (f"{filename}: {said} but is {_FORMAT_NAMES[found]}; read as {_FORMAT_NAMES[found]}",)
    content = _READERS[found](data, filename)
    if not content.paragraphs:
        raise InputError(f"{filename}: no text, only white space")
    return ReadDocument(
        text=content.text,
        paragraphs=content.paragraphs,
        format=found,
        filename=filename,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        encoding=content.encoding,
        notes=notes,
    )


def _limit(max_bytes: int | None) -> int:
    # Settings' fields all have defaults and are read from the environment; mypy, without
    # pydantic's plugin, takes them for required arguments.
    return Settings().max_upload_bytes if max_bytes is None else max_bytes  # type: ignore[call-arg]


def _check_size(size: int, limit: int, filename: str) -> None:
    if size > limit:
        raise InputError(
            f"{filename}: {_megabytes(size)} is more than the limit of {_megabytes(limit)} "
            "(ICRA_MAX_UPLOAD_BYTES)"
        )


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


# ---------------------------------------------------------------------------
# Telling the format by content

_FORMAT_NAMES: dict[Format, str] = {
    "txt": "plain text",
    "docx": "a Word .docx",
    "pdf": "a PDF",
    "html": "an HTML page",
}

# Formats İcra does not read, by their first bytes, with what the user can do.
_FOREIGN_MAGIC = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "an old Word 97-2003 .doc or a password-protected Office file; save it as .docx without a password",
    ),
    (b"{\\rtf", "an RTF file; save it as .docx"),
    (b"\x89PNG", "a PNG image, not a text report"),
    (b"\xff\xd8\xff", "a JPEG image, not a text report"),
    (b"GIF8", "a GIF image, not a text report"),
    (b"II*\x00", "a TIFF image, not a text report"),
    (b"MM\x00*", "a TIFF image, not a text report"),
    (b"Rar!", "a RAR archive, not a report"),
    (b"7z\xbc\xaf", "a 7-Zip archive, not a report"),
    (b"\x1f\x8b", "a gzip archive, not a report"),
)

_HTML_START = re.compile(rb"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)


def _format_by_content(data: bytes, filename: str, named: Format | None) -> Format:
    head = data[:1024]
    if head.lstrip().startswith(b"%PDF-"):
        return "pdf"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        _check_docx_archive(data, filename)
        return "docx"
    for magic, what in _FOREIGN_MAGIC:
        if head.startswith(magic):
            raise InputError(f"{filename}: {what}")
    if not _looks_like_text(data):
        expected = f"not a {Path(filename).suffix}: " if named in ("docx", "pdf") else ""
        raise InputError(f"{filename}: {expected}binary content, not a report (.docx, .pdf, .txt or .html)")
    if named in ("docx", "pdf"):
        # Text has no magic bytes to prove it, so a .docx that holds text is refused, not guessed.
        raise InputError(f"{filename}: not a {Path(filename).suffix}: it holds plain text; rename it to .txt")
    if _HTML_START.match(_without_bom(head)):
        return "html"
    if named is None:
        raise InputError(
            f"{filename}: unknown format {Path(filename).suffix or '(no extension)'}; "
            f"İcra reads {', '.join(EXTENSIONS)}"
        )
    return named


def _without_bom(data: bytes) -> bytes:
    return data.removeprefix(codecs.BOM_UTF8)


def _looks_like_text(data: bytes) -> bool:
    """Text has no NUL bytes, unless it is UTF-16 (a BOM, or NULs on one side of each pair)."""
    return data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or (
        b"\x00" not in data[:65536] or _utf16_by_nuls(data) is not None
    )


def _check_docx_archive(data: bytes, filename: str) -> None:
    """Refuse a zip that is not a .docx or would unpack too far, from its directory alone.

    zipfile never reads a member past the size the directory declares, so once these
    sizes pass, what python-docx reads is capped by them too."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError) as error:
        raise InputError(f"{filename}: damaged zip archive ({error})") from None
    except NotImplementedError as error:  # a zip version or compression method zipfile lacks
        raise InputError(
            f"{filename}: a zip archive İcra cannot unpack ({error}); save it again from Word"
        ) from None
    if len(members) > MAX_ZIP_MEMBERS:
        raise InputError(f"{filename}: zip archive of {len(members)} files, too many for a report")
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNZIPPED_BYTES:
        raise InputError(
            f"{filename}: unpacks to {_megabytes(unpacked)}, more than {_megabytes(MAX_UNZIPPED_BYTES)} "
            "(a zip bomb?)"
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > _RATIO_CHECKED_FROM and ratio > MAX_ZIP_RATIO:
            raise InputError(
                f"{filename}: {member.filename} unpacks {ratio:.0f} times its size (a zip bomb?)"
            )
    names = {member.filename for member in members}
    if "word/document.xml" not in names:
        raise InputError(f"{filename}: a zip archive but not a Word .docx ({_zip_kind(names)})")


def _zip_kind(names: set[str]) -> str:
    if "xl/workbook.xml" in names:
        return "an Excel workbook"
    if "ppt/presentation.xml" in names:
        return "a PowerPoint presentation"
    if "content.xml" in names and "mimetype" in names:
        return "an OpenDocument file; save it as .docx"
    return "no word/document.xml in it"


# ---------------------------------------------------------------------------
# Building text and paragraphs


_SPACES = re.compile(r"\s+")
# Line and paragraph breaks that would split a paragraph's one line.
_BREAKS = re.compile(r"[\n\r\v\f\x85\u2028\u2029]")


def _clean(text: str) -> str:
    return _BREAKS.sub(" ", unicodedata.normalize("NFC", text)).strip()


class _TextBuilder:
    """Joins paragraphs with "\\n", keeping each one's offsets."""

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._paragraphs: list[Paragraph] = []
        self._length = 0

    def add(
        self,
        text: str,
        kind: ParagraphKind = "paragraph",
        *,
        level: int = 0,
        marker: str | None = None,
        page: int | None = None,
    ) -> None:
        body = _clean(text)
        if not body:
            return
        line = f"{marker} {body}" if marker else body
        start = self._append(line)
        self._paragraphs.append(Paragraph(start, start + len(line), kind, level, marker or None, page=page))

    def add_row(self, cells: Sequence[str], *, level: int) -> None:
        texts = [_clean(cell) for cell in cells]
        if not any(texts):
            return
        start = self._append(CELL_SEPARATOR.join(texts))
        spans = []
        offset = start
        for cell in texts:
            spans.append((offset, offset + len(cell)))
            offset += len(cell) + len(CELL_SEPARATOR)
        self._paragraphs.append(Paragraph(start, spans[-1][1], "table_row", level, cells=tuple(spans)))

    def _append(self, line: str) -> int:
        if self._lines:
            self._length += 1
        start = self._length
        self._lines.append(line)
        self._length += len(line)
        return start

    def content(self, encoding: str | None = None) -> _Content:
        return _Content("\n".join(self._lines), tuple(self._paragraphs), encoding)


# ---------------------------------------------------------------------------
# Plain text: the encoding, found by evidence

_BOMS = (
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
# Single-byte encodings agencies' files come in: Western, Turkish-like Latin, Russian. (Latin-1
# differs from cp1252 only where it has control characters, which text does not.) Where the
# letters give no evidence (the decodings agree on them) the first one is named.
_SINGLE_BYTE = ("cp1252", "cp1254", "cp1251")
# Enough text to judge an encoding by.
_SAMPLE_BYTES = 256 * 1024
_FOREIGN_LETTERS_TOLERATED = 20
_LETTERS = re.compile(r"[^\W\d_]+")
# Control characters that are not white space: text has none, binary data does.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")


# The marks a forwarded or replied e-mail quotes its lines with: "> ", ">> ".
_QUOTE_MARKS = re.compile(r"^(?:[ \t]*>)+[ \t]?")


def _read_txt(data: bytes, filename: str) -> _Content:
    text, encoding = decode_text(data, filename)
    builder = _TextBuilder()
    for line in text.splitlines():
        builder.add(_QUOTE_MARKS.sub("", line))
    return builder.content(encoding)


def decode_text(data: bytes, filename: str) -> tuple[str, str]:
    """Decode text bytes: BOM, UTF-16 by its NULs, strict UTF-8, else the single-byte
    encoding whose letters the supported languages write. Returns (text, encoding)."""
    text, encoding = _decode(data, filename)
    if control := _CONTROLS.search(text):
        raise InputError(f"{filename}: not text: control character U+{ord(control.group()):04X} in it")
    return text, encoding


def _decode(data: bytes, filename: str) -> tuple[str, str]:
    for bom, encoding, name in _BOMS:
        if data.startswith(bom):
            text = _decode_strictly(data[len(bom) :], encoding, filename, f"starts with a {name} mark but")
            return text, encoding
    utf16 = _utf16_by_nuls(data)
    if utf16:
        return _decode_strictly(data, utf16, filename, "looks like UTF-16 but"), utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if _mostly_utf8(data):
            raise InputError(
                f"{filename}: mostly UTF-8 but byte {error.start} is not; the file mixes encodings"
            ) from None
    return _decode_single_byte(data, filename)


def _decode_strictly(data: bytes, encoding: str, filename: str, said: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise InputError(f"{filename}: {said} byte {error.start} is not {encoding.upper()}") from None


def _utf16_by_nuls(data: bytes) -> str | None:
    """UTF-16 without a BOM: spaces, digits and Latin letters leave NULs in the high byte of
    each pair, on one side only; a binary file has NULs on both sides."""
    sample = data[: 64 * 1024]
    if len(sample) < 2 or len(data) % 2:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    pairs = len(sample) // 2
    if odd and odd >= pairs // 20 and even <= odd // 50:
        return "utf-16-le"
    if even and even >= pairs // 20 and odd <= even // 50:
        return "utf-16-be"
    return None


_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _mostly_utf8(data: bytes) -> bool:
    """UTF-8 with a few bad bytes (pasted from elsewhere): decoding it as a single-byte
    encoding would garble every letter, so it is refused instead."""
    sample = data[:_SAMPLE_BYTES]
    sequences = _UTF8_MULTIBYTE.findall(sample)
    stray = sum(1 for byte in sample if byte >= 0x80) - sum(len(sequence) for sequence in sequences)
    return len(sequences) >= 10 * max(stray, 1)


def _decode_single_byte(data: bytes, filename: str) -> tuple[str, str]:
    """The single-byte encoding that defines every byte of ``data`` and whose reading of
    it has the most letters the supported languages write."""
    sample = data[:_SAMPLE_BYTES]
    scored = [
        (_letter_evidence(sample.decode(encoding)), encoding)
        for encoding in _SINGLE_BYTE
        if not any(byte in data for byte in _undefined_bytes(encoding))
    ]
    cannot_tell = (
        f"{filename}: cannot tell the text encoding (not UTF-8, UTF-16, Windows-1251 or Windows-1254)"
    )
    if not scored:
        raise InputError(cannot_tell)
    (known, unknown), encoding = max(scored, key=lambda pair: pair[0][0] - pair[0][1])
    # A few foreign letters are names ("café"); mostly foreign letters are a wrong encoding.
    if unknown > max(known, _FOREIGN_LETTERS_TOLERATED):
        raise InputError(cannot_tell)
    return data.decode(encoding), encoding


@cache
def _undefined_bytes(encoding: str) -> tuple[bytes, ...]:
    undefined = []
    for value in range(256):
        try:
            bytes([value]).decode(encoding)
        except UnicodeDecodeError:
            undefined.append(bytes([value]))
    return tuple(undefined)


def _letter_evidence(text: str) -> tuple[int, int]:
    """(known, unknown): non-ASCII letters some supported language writes, and the others.
    A word mixing scripts ("Bakэ": Turkish read as Cyrillic) is unknown in all its letters."""
    known = unknown = 0
    for word, times in Counter(word for word in _LETTERS.findall(text) if not word.isascii()).items():
        if len({_script(ch) for ch in word}) > 1:
            unknown += len(word) * times
            continue
        letters = [ch for ch in word if not ch.isascii()]
        found = sum(1 for ch in letters if _is_known_letter(ch))
        known += found * times
        unknown += (len(letters) - found) * times
    return known, unknown


@cache
def _script(ch: str) -> str:
    return unicodedata.name(ch, "UNKNOWN").split(" ", 1)[0]


@cache
def _is_known_letter(ch: str) -> bool:
    return any(data.fold(ch) in data.letters for data in map(lang.get, lang.SUPPORTED))


# ---------------------------------------------------------------------------
# Word .docx: body paragraphs and tables in document order

_P, _TBL, _TR, _TC = qn("w:p"), qn("w:tbl"), qn("w:tr"), qn("w:tc")
_T = qn("w:t")
_VAL = qn("w:val")
# Containers whose children are body blocks or rows (content controls, custom XML).
_WRAPPERS = frozenset({qn("w:sdt"), qn("w:sdtContent"), qn("w:customXml"), qn("w:smartTag")})
# Inline elements that stand for a character.
_INLINE_CHARS = {
    qn("w:tab"): "\t",
    qn("w:ptab"): "\t",
    qn("w:br"): " ",
    qn("w:cr"): " ",
    qn("w:noBreakHyphen"): "-",
}
# Never read inside a paragraph: properties, and deleted or moved-away text.
_SKIPPED_INLINE = frozenset({qn("w:pPr"), qn("w:rPr"), qn("w:del"), qn("w:moveFrom")})
# Shapes that may hold text boxes, whose paragraphs are read after the paragraph they sit in.
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_ALTERNATE_CONTENT, _CHOICE, _FALLBACK = f"{_MC}AlternateContent", f"{_MC}Choice", f"{_MC}Fallback"
_SHAPES = frozenset({qn("w:drawing"), qn("w:pict"), _ALTERNATE_CONTENT})
_TEXT_BOX = qn("w:txbxContent")
_HEADING_STYLE = re.compile(r"heading\s*(\d)$", re.IGNORECASE)
# Word draws bullets from the Symbol and Wingdings fonts at private-use code points.
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
_BULLET = "•"
_DOCX_ERRORS = (
    zipfile.BadZipFile,
    # A member compressed by a method zipfile lacks (deflate64): found by benchmarks/bench_robustness.py.
    NotImplementedError,
    PackageNotFoundError,
    KeyError,
    ValueError,
    EOFError,
    zlib.error,
    etree.XMLSyntaxError,
)


def _read_docx(data: bytes, filename: str) -> _Content:
    try:
        document = docx.Document(io.BytesIO(data))
        reader = _DocxReader(document)
        reader.blocks(document.element.body, table_depth=0)
    except _DOCX_ERRORS as error:
        raise InputError(f"{filename}: damaged .docx ({type(error).__name__}: {error})") from None
    return reader.builder.content()


def _children(parent: etree._Element, tags: frozenset[str]) -> Iterator[etree._Element]:
    """Children with one of ``tags``, looking through content controls and custom XML."""
    for child in parent.iterchildren():
        if child.tag in tags:
            yield child
        elif child.tag in _WRAPPERS:
            yield from _children(child, tags)


def _inline_text(element: etree._Element, out: list[str], boxes: list[etree._Element]) -> None:
    """The text of a paragraph's runs into ``out``; the text boxes it anchors into ``boxes``."""
    for child in element.iterchildren():
        tag = child.tag
        if tag == _T:
            out.append(child.text or "")
        elif tag in _INLINE_CHARS:
            out.append(_INLINE_CHARS[tag])
        elif tag in _SHAPES:
            boxes.extend(_text_boxes(child))
        elif tag not in _SKIPPED_INLINE:
            _inline_text(child, out, boxes)


def _text_boxes(shape: etree._Element) -> list[etree._Element]:
    """The outermost text boxes in a shape. Word writes a text box twice, as DrawingML
    (mc:Choice) and as VML (mc:Fallback): only the first is read."""
    if shape.tag == _ALTERNATE_CONTENT:
        shape = next(shape.iterchildren(_CHOICE, _FALLBACK), shape)
    boxes = []
    for box in shape.iter(_TEXT_BOX):
        parent = box.getparent()
        while parent is not None and parent is not shape and parent.tag != _TEXT_BOX:
            parent = parent.getparent()
        if parent is None or parent is shape:
            boxes.append(box)
    return boxes


def _attr_int(element: etree._Element | None) -> int | None:
    """The element's w:val as a number; None where the element or a number is missing."""
    if element is None:
        return None
    try:
        return int(element.get(_VAL, ""))
    except ValueError:
        return None


def _attr_int_or(element: etree._Element | None, default: int) -> int:
    value = _attr_int(element)
    return default if value is None else value


class _WordParagraph(NamedTuple):
    kind: ParagraphKind
    level: int
    marker: str | None
    text: str
    # Text boxes anchored in the paragraph: their paragraphs come right after it.
    boxes: list[etree._Element]


class _Style(NamedTuple):
    name: str
    based_on: str | None
    numbering: tuple[int, int] | None
    outline_level: int | None


class _DocxReader:
    def __init__(self, document: DocxDocument) -> None:
        self.builder = _TextBuilder()
        self.styles = _paragraph_styles(document)
        self.numbering = _Numbering(document)
        self.default_style = next((sid for sid, s in self.styles.items() if s.name.lower() == "normal"), None)

    def blocks(self, parent: etree._Element, table_depth: int) -> None:
        for element in _children(parent, frozenset({_P, _TBL})):
            if element.tag == _P:
                paragraph = self.paragraph(element)
                self.builder.add(
                    paragraph.text, paragraph.kind, level=paragraph.level, marker=paragraph.marker
                )
                for box in paragraph.boxes:
                    self.blocks(box, table_depth)
            else:
                self.table(element, table_depth + 1)

    def table(self, table: etree._Element, depth: int) -> None:
        for row in _children(table, frozenset({_TR})):
            cells: list[str] = []
            # Tables and text boxes inside cells follow their row, as a reader's eye goes.
            nested: list[etree._Element] = []
            for cell in _children(row, frozenset({_TC})):
                texts = []
                for element in _children(cell, frozenset({_P, _TBL})):
                    if element.tag == _P:
                        paragraph = self.paragraph(element)
                        texts.append(
                            f"{paragraph.marker} {paragraph.text}" if paragraph.marker else paragraph.text
                        )
                        nested.extend(paragraph.boxes)
                    else:
                        nested.append(element)
                cells.append(" ".join(_clean(text) for text in texts if _clean(text)))
            self.builder.add_row(cells, level=depth)
            for inner in nested:
                if inner.tag == _TBL:
                    self.table(inner, depth + 1)
                else:
                    self.blocks(inner, depth)

    def paragraph(self, p: etree._Element) -> _WordParagraph:
        parts: list[str] = []
        boxes: list[etree._Element] = []
        _inline_text(p, parts, boxes)
        text = "".join(parts)
        properties = p.find(qn("w:pPr"))
        style_id = _attr_str(properties.find(qn("w:pStyle")) if properties is not None else None)
        chain = self._style_chain(style_id or self.default_style)
        heading = self._heading_level(properties, chain)
        numbering = self._numbering(properties, chain)
        # Word counts an empty numbered paragraph too, so it is counted even though it is not kept.
        marker = self.numbering.marker(*numbering) if numbering else None
        if heading:
            return _WordParagraph("heading", heading, marker, text, boxes)
        if numbering:
            return _WordParagraph("list_item", numbering[1] + 1, marker, text, boxes)
        return _WordParagraph("paragraph", 0, None, text, boxes)

    def _style_chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        while style_id in self.styles and len(chain) < 20:
            style = self.styles[style_id]
            chain.append(style)
            style_id = style.based_on
        return chain

    @staticmethod
    def _heading_level(properties: etree._Element | None, chain: list[_Style]) -> int | None:
        outline = _attr_int(properties.find(qn("w:outlineLvl"))) if properties is not None else None
        for style in chain:
            if outline is not None:
                break
            if match := _HEADING_STYLE.match(style.name):
                return int(match.group(1))
            if style.name.lower() == "title":
                return 1
            outline = style.outline_level
        # Outline level 9 is body text.
        return outline + 1 if outline is not None and outline < 9 else None

    @staticmethod
    def _numbering(properties: etree._Element | None, chain: list[_Style]) -> tuple[int, int] | None:
        own = properties.find(qn("w:numPr")) if properties is not None else None
        found = _num_pr(own) if own is not None else next((s.numbering for s in chain if s.numbering), None)
        # numId 0 takes numbering away from a paragraph whose style has it.
        return found if found and found[0] != 0 else None


def _attr_str(element: etree._Element | None) -> str | None:
    return None if element is None else element.get(_VAL)


def _num_pr(num_pr: etree._Element) -> tuple[int, int] | None:
    num_id = _attr_int(num_pr.find(qn("w:numId")))
    level = _attr_int_or(num_pr.find(qn("w:ilvl")), 0)
    return None if num_id is None else (num_id, level)


def _paragraph_styles(document: DocxDocument) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    for element in document.styles.element.iterchildren(qn("w:style")):
        if element.get(qn("w:type")) != "paragraph":
            continue
        properties = element.find(qn("w:pPr"))
        num_pr = properties.find(qn("w:numPr")) if properties is not None else None
        styles[element.get(qn("w:styleId"), "")] = _Style(
            name=_attr_str(element.find(qn("w:name"))) or "",
            based_on=_attr_str(element.find(qn("w:basedOn"))),
            numbering=_num_pr(num_pr) if num_pr is not None else None,
            outline_level=_attr_int(properties.find(qn("w:outlineLvl"))) if properties is not None else None,
        )
    return styles


class _Level(NamedTuple):
    start: int
    number_format: str
    text: str
    legal: bool


class _Numbering:
    """Word's list numbering (numbering.xml), counted as the paragraphs come."""

    def __init__(self, document: DocxDocument) -> None:
        abstract: dict[int, dict[int, _Level]] = {}
        self.lists: dict[int, dict[int, _Level]] = {}
        self.counters: dict[int, dict[int, int]] = {}
        part = document.part.numbering_part.element
        for element in part.iterchildren(qn("w:abstractNum")):
            abstract[int(element.get(qn("w:abstractNumId"), "-1"))] = _levels(element)
        for element in part.iterchildren(qn("w:num")):
            levels = dict(abstract.get(_attr_int_or(element.find(qn("w:abstractNumId")), -1), {}))
            for override in element.iterchildren(qn("w:lvlOverride")):
                ilvl = int(override.get(qn("w:ilvl"), "0"))
                if (lvl := override.find(qn("w:lvl"))) is not None:
                    levels[ilvl] = _level(lvl)
                start = _attr_int(override.find(qn("w:startOverride")))
                if start is not None and ilvl in levels:
                    levels[ilvl] = levels[ilvl]._replace(start=start)
            self.lists[int(element.get(qn("w:numId"), "-1"))] = levels

    def marker(self, num_id: int, ilvl: int) -> str | None:
        """The marker a list item shows, counting it; None where Word shows none."""
        levels = self.lists.get(num_id, {})
        if ilvl not in levels:
            return None
        counters = self.counters.setdefault(num_id, {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl].start - 1) + 1
        for deeper in [level for level in counters if level > ilvl]:
            del counters[deeper]
        level = levels[ilvl]
        if level.number_format == "bullet":
            return _BULLET if not level.text or _PRIVATE_USE.search(level.text) else level.text
        if level.number_format == "none":
            return level.text or None

        def number(match: re.Match[str]) -> str:
            at = int(match.group(1)) - 1
            shown = levels.get(at, level)
            value = counters.get(at, shown.start)
            return _format_number(value, "decimal" if level.legal else shown.number_format)

        return re.sub(r"%(\d)", number, level.text) or None


def _levels(abstract: etree._Element) -> dict[int, _Level]:
    return {int(lvl.get(qn("w:ilvl"), "0")): _level(lvl) for lvl in abstract.iterchildren(qn("w:lvl"))}


def _level(lvl: etree._Element) -> _Level:
    return _Level(
        start=_attr_int_or(lvl.find(qn("w:start")), 0),
        number_format=_attr_str(lvl.find(qn("w:numFmt"))) or "decimal",
        text=_attr_str(lvl.find(qn("w:lvlText"))) or "",
        legal=lvl.find(qn("w:isLgl")) is not None,
    )


_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def _format_number(value: int, number_format: str) -> str:
    if number_format in ("lowerLetter", "upperLetter") and value > 0:
        # Word's letters: a..z, then aa..zz, aaa..
        letter = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)
        return letter if number_format == "lowerLetter" else letter.upper()
    if number_format in ("lowerRoman", "upperRoman") and value > 0:
        roman = ""
        for amount, digits in _ROMAN:
            count, value = divmod(value, amount)
            roman += digits * count
        return roman if number_format == "lowerRoman" else roman.upper()
    if number_format == "decimalZero":
        return f"{value:02d}"
    return str(value)


# ---------------------------------------------------------------------------
# PDF with a text layer

_PDF_ERRORS = (
    PyPdfError,
    ValueError,
    KeyError,
    TypeError,
    AttributeError,
    IndexError,
    OSError,
    zlib.error,
    RecursionError,
)
# Page furniture: lines among the first and last few of a page with text, repeated on half the pages
# or more (of a document of at least a few pages), the page's number alone among them.
_EDGE_LINES = 2
_FURNITURE_PAGES = 3
_DIGITS = re.compile(r"\d+")
# What a running header or footer keeps from page to page: its text, or its text but for one number
# with that number's distance from the page's own ("Səhifə 2 / 5" is ("Səhifə # / 5", 0) on every page).
# Masking every digit instead would take headings and counts of one shape ("Cəmi 25 nəfər.") for one.
_FurnitureKey = tuple[str, int | None]
# A line ending like this ends its paragraph; one that does not is wrapped, if the next
# line goes on in lower case.
_SENTENCE_END = (".", ":", ";", "!", "?")


def _read_pdf(data: bytes, filename: str) -> _Content:
    needs_password = f"{filename}: encrypted PDF, it needs a password; save a copy without one"
    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        # Many PDFs are encrypted only against editing: the empty password opens them.
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(needs_password)
        pages = [page.extract_text() or "" for page in reader.pages]
    except FileNotDecryptedError:
        raise InputError(needs_password) from None
    except DependencyError:
        raise InputError(f"{filename}: AES-encrypted PDF; save a copy without encryption") from None
    except _PDF_ERRORS as error:
        raise InputError(f"{filename}: damaged PDF ({type(error).__name__}: {error})") from None
    if not any(page.strip() for page in pages):
        raise InputError(f"{filename}: scanned PDF, no text layer")
    builder = _TextBuilder()
    numbered = [
        (number, line) for number, lines in enumerate(_without_page_furniture(pages), 1) for line in lines
    ]
    for number, paragraph in _unwrap_lines(numbered):
        # Justified lines come out with runs of spaces between words.
        builder.add(_SPACES.sub(" ", paragraph), page=number)
    return builder.content()


def _without_page_furniture(pages: list[str]) -> list[list[str]]:
    """Each page's lines without its furniture: a line standing at the top or the bottom of most pages
    ("Dövlət Miqrasiya Xidməti | 2016", or with the page's number: "Səhifə 2 / 5", "- 2 -", "2").
    A number alone is a page's only where most pages have theirs: else it may be a table's cell."""
    lines = [page.splitlines() for page in pages]
    edges = [_edge_lines(page) for page in lines]
    seen = Counter(
        key
        for number, edge in enumerate(edges, 1)
        for key in {key for _, line in edge for key in _furniture_keys(line, number)}
    )
    repeated = {
        key for key, count in seen.items() if len(pages) >= _FURNITURE_PAGES and count >= len(pages) / 2
    }
    kept = []
    for number, (page, edge) in enumerate(zip(lines, edges, strict=True), 1):
        furniture = {at for at, line in edge if _furniture_keys(line, number) & repeated}
        kept.append([line for at, line in enumerate(page) if at not in furniture])
    return kept


def _edge_lines(page: list[str]) -> list[tuple[int, str]]:
    """The first and last few lines of a page with text, with their positions on it."""
    written = [(at, line) for at, line in enumerate(page) if line.strip()]
    return list(dict.fromkeys(written[:_EDGE_LINES] + written[-_EDGE_LINES:]))


def _furniture_keys(line: str, page: int) -> set[_FurnitureKey]:
    text = _SPACES.sub(" ", line.strip())
    numbered = {
        (f"{text[: found.start()]}#{text[found.end() :]}", int(found.group()) - page)
        for found in _DIGITS.finditer(text)
    }
    return {(text, None)} | numbered


def _unwrap_lines(lines: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """Paragraphs from (page, line) pairs, each with the page it starts on; a paragraph goes on
    across a page break as across a line break."""
    current, start = "", 0
    for page, line in ((page, line.strip()) for page, line in lines):
        if not line:
            if current:
                yield start, current
            current = ""
        elif current and not current.endswith(_SENTENCE_END) and line[0].islower():
            current = f"{current} {line}"
        else:
            if current:
                yield start, current
            current, start = line, page
    if current:
        yield start, current


# ---------------------------------------------------------------------------
# HTML

_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.IGNORECASE)
_HTML_BLOCKS = frozenset(
    {"p", "div", "section", "article", "header", "footer", "nav", "aside", "main", "blockquote", "pre"}
    | {"address", "figure", "figcaption", "form", "fieldset", "hr", "dl", "dt", "dd", "caption", "title"}
    | {"thead", "tbody", "tfoot", "center"}
)
_HTML_SKIPPED = frozenset({"script", "style", "noscript", "template"})
_HTML_HEADINGS = {f"h{n}": n for n in range(1, 7)}


def _read_html(data: bytes, filename: str) -> _Content:
    text, encoding = _decode_html(data, filename)
    parser = _HtmlParagraphs()
    parser.feed(text)
    parser.close()
    return parser.builder.content(encoding)


def _decode_html(data: bytes, filename: str) -> tuple[str, str]:
    declared = _META_CHARSET.search(data[:4096])
    if declared and not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            encoding = codecs.lookup(declared.group(1).decode("ascii")).name
            return data.decode(encoding), encoding
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: the bytes themselves decide, below
    return decode_text(data, filename)


class _Row(NamedTuple):
    cells: list[list[str]]
    # Rows of tables inside this row's cells, with their depth: written after this row.
    inner: list[tuple[list[str], int]]


class _HtmlParagraphs(HTMLParser):
    """Block elements become paragraphs, ``li`` list items, ``tr`` table rows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.builder = _TextBuilder()
        self.parts: list[str] = []
        self.kind: ParagraphKind = "paragraph"
        self.level = 0
        self.marker: str | None = None
        self.lists: list[list[int]] = []  # per open list: [next number], or [] for bullets
        self.tables: list[_Row | None] = []  # per open table: its open row
        self.skipping = 0
        self.in_pre = 0

    @property
    def cell(self) -> list[str] | None:
        """The innermost open table cell, which takes the text now."""
        row = self.tables[-1] if self.tables else None
        return row.cells[-1] if row and row.cells else None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _HTML_SKIPPED:
            self.skipping += 1
        elif self.skipping:
            return
        elif tag == "table":
            if self.cell is None:
                self.flush()
            self.tables.append(None)
        elif tag == "tr":
            if not self.tables:
                self.tables.append(None)
            self._end_row()
            self.tables[-1] = _Row([], [])
        elif tag in ("td", "th"):
            if self.tables and (row := self.tables[-1]):
                row.cells.append([])
        elif self.cell is not None:
            self._cell_break(tag)
        elif tag in ("ul", "ol"):
            self.flush()
            self.lists.append([_start(attrs)] if tag == "ol" else [])
        elif tag == "li":
            self.flush()
            self.kind, self.level = "list_item", max(len(self.lists), 1)
            numbers = self.lists[-1] if self.lists else []
            self.marker = f"{numbers[0]}." if numbers else _BULLET
            if numbers:
                numbers[0] += 1
        elif tag in _HTML_HEADINGS:
            self.flush()
            self.kind, self.level = "heading", _HTML_HEADINGS[tag]
        elif tag in _HTML_BLOCKS or tag == "br":
            self.flush()
            self.in_pre += tag == "pre"

    def handle_endtag(self, tag: str) -> None:
        if tag in _HTML_SKIPPED:
            self.skipping = max(self.skipping - 1, 0)
        elif self.skipping:
            return
        elif tag == "tr":
            self._end_row()
        elif tag == "table":
            self._end_table()
        elif self.cell is not None:
            self._cell_break(tag)
        elif tag in ("ul", "ol"):
            self.flush()
            if self.lists:
                self.lists.pop()
        elif tag == "li" or tag in _HTML_HEADINGS or tag in _HTML_BLOCKS:
            self.flush()
            self.in_pre -= tag == "pre" and self.in_pre > 0

    def handle_data(self, data: str) -> None:
        if self.skipping:
            return
        if (cell := self.cell) is not None:
            cell.append(data)
        elif self.in_pre:
            first, *rest = data.split("\n")
            self.parts.append(first)
            for line in rest:
                self.flush()
                self.parts.append(line)
        else:
            self.parts.append(data)

    def close(self) -> None:
        super().close()
        while self.tables:
            self._end_table()
        self.flush()

    def flush(self) -> None:
        text = "".join(self.parts)
        self.builder.add(
            text if self.in_pre else _SPACES.sub(" ", text), self.kind, level=self.level, marker=self.marker
        )
        self.parts, self.kind, self.level, self.marker = [], "paragraph", 0, None

    def _cell_break(self, tag: str) -> None:
        # Inside a cell, blocks and line breaks only separate words.
        if (cell := self.cell) is not None and (
            tag in _HTML_BLOCKS or tag in _HTML_HEADINGS or tag in ("br", "li")
        ):
            cell.append(" ")

    def _end_table(self) -> None:
        if self.tables:
            self._end_row()
            self.tables.pop()

    def _end_row(self) -> None:
        """Close the innermost table's open row; a nested table's rows wait for their outer row."""
        row = self.tables[-1] if self.tables else None
        if row is None:
            return
        self.tables[-1] = None
        rows = [([_SPACES.sub(" ", "".join(cell)) for cell in row.cells], len(self.tables)), *row.inner]
        outer = next((open_row for open_row in reversed(self.tables[:-1]) if open_row), None)
        if outer is not None:
            outer.inner.extend(rows)
        else:
            for cells, depth in rows:
                self.builder.add_row(cells, level=depth)


def _start(attrs: list[tuple[str, str | None]]) -> int:
    value = dict(attrs).get("start") or "1"
    return int(value) if value.isdigit() else 1


_READERS: dict[Format, Callable[[bytes, str], _Content]] = {
    "txt": _read_txt,
    "docx": _read_docx,
    "pdf": _read_pdf,
    "html": _read_html,
}
