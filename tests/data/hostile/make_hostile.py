"""A hostile corpus, made at test time (nothing binary is committed): files an attacker, a broken
export or an unlucky user could send Boardwork. Each is a `Hostile(name, data, kind, expect)`:

- kind   what it tries (zip bomb, XML bomb, PDF bomb, slow PDF, truncated, lying, encrypted, huge
         name, deep nesting, giant text, …);
- expect "refused" (must be refused with one line), or "either" (a reader may read it or refuse
         it, but within the limits and with one line).

`python tests/data/hostile/make_hostile.py OUT_DIR` writes them to a folder (for trying the CLI
or the web app by hand); the tests call `corpus()` and write them to a temporary folder.
"""

from __future__ import annotations

import functools
import io
import sys
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Hostile:
    name: str
    data: bytes
    kind: str
    expect: str = "refused"  # or "either"


# -- builders -------------------------------------------------------------------------------------

CONTENT_TYPES = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    b'<Default Extension="xml" ContentType="application/xml"/>'
    b'<Override PartName="/word/document.xml" '
    b'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    b"</Types>"
)
RELS = (
    b'<?xml version="1.0" encoding="UTF-8"?>'
    b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
    b'officeDocument" Target="word/document.xml"/></Relationships>'
)
W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(document: bytes, extra: dict[str, bytes] | None = None, level: int = 6) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", document)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return buf.getvalue()


def _deflate_repeated(prefix: bytes, chunk: bytes, times: int, suffix: bytes) -> tuple[bytes, int, int, int]:
    """Raw deflate of prefix + chunk × times + suffix, in time that does not grow with `times`:
    after a full flush the compressor starts afresh, so every copy of `chunk` compresses to the
    same bytes, which are repeated. Returns (raw deflate, crc32, adler32, size) of the whole."""
    z = zlib.compressobj(6, zlib.DEFLATED, -15)
    head = z.compress(prefix) + z.flush(zlib.Z_FULL_FLUSH)
    piece = z.compress(chunk) + z.flush(zlib.Z_FULL_FLUSH)
    tail = z.compress(suffix) + z.flush()
    crc = zlib.crc32(prefix)
    adler = zlib.adler32(prefix)
    for _ in range(times):
        crc = zlib.crc32(chunk, crc)
        adler = zlib.adler32(chunk, adler)
    crc, adler = zlib.crc32(suffix, crc), zlib.adler32(suffix, adler)
    return head + piece * times + tail, crc, adler, len(prefix) + len(chunk) * times + len(suffix)


def _zlib_repeated(chunk: bytes, times: int) -> bytes:
    """zlib (PDF FlateDecode) data of chunk × times, built as _deflate_repeated does."""
    raw, _, adler, _ = _deflate_repeated(b"", chunk, times, b"")
    return b"\x78\x9c" + raw + adler.to_bytes(4, "big")


def _zip_raw(entries: list[tuple[str, bytes]], big: tuple[str, bytes, bytes, int, bytes]) -> bytes:
    """A zip of small `entries` (name, data) plus one big part (name, prefix, chunk, times,
    suffix) whose deflate data is made by _deflate_repeated: a real zip bomb in milliseconds."""
    import struct

    out, central = bytearray(), bytearray()
    parts = []
    for name, data in entries:
        z = zlib.compressobj(6, zlib.DEFLATED, -15)
        parts.append((name, z.compress(data) + z.flush(), zlib.crc32(data), len(data)))
    name, prefix, chunk, times, suffix = big
    raw, crc, _, size = _deflate_repeated(prefix, chunk, times, suffix)
    parts.append((name, raw, crc, size))
    for name, data, crc, size in parts:
        offset = len(out)
        n = name.encode()
        out += (
            struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0x21, crc, len(data), size, len(n), 0)
            + n
            + data
        )
        central += (
            struct.pack(
                "<IHHHHHHIIIHHHHHII",
                0x02014B50,
                20,
                20,
                0,
                8,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(n),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + n
        )
    cd_offset = len(out)
    out += central
    out += struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(parts), len(parts), len(central), cd_offset, 0)
    return bytes(out)


def _docx_big(
    part: str, prefix: bytes, chunk: bytes, times: int, suffix: bytes, document: bytes | None = None
) -> bytes:
    """A DOCX with one part of prefix + chunk × times + suffix (a zip bomb)."""
    small = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS)]
    if document is not None:
        small.append(("word/document.xml", document))
    return _zip_raw(small, (part, prefix, chunk, times, suffix))


def _doc_xml(body: bytes, prolog: bytes = b"") -> bytes:
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + prolog + b"<w:document " + W + b"><w:body>"
        + body + b"</w:body></w:document>"
    )  # fmt: skip


def _para(text: str) -> bytes:
    return b"<w:p><w:r><w:t>" + text.encode() + b"</w:t></w:r></w:p>"


def _pdf(
    objects: list[bytes], *, root: int = 1, trailer_extra: bytes = b"", header: bytes = b"%PDF-1.4\n"
) -> bytes:
    """A PDF with a correct cross-reference table around the given objects (1-based numbers)."""
    out = bytearray(header + b"%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R " % (len(objects) + 1, root) + trailer_extra + b">>\n"
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _stream(content: bytes | tuple, compress: bool = True, extra: bytes = b"") -> bytes:
    """A stream object; `content` may be (chunk, times) for a big stream built piece by piece."""
    if isinstance(content, tuple):
        data = _zlib_repeated(content[0], content[1])
    else:
        data = zlib.compress(content, 9) if compress else content
    filt = b"/Filter /FlateDecode " if compress else b""
    return b"<< /Length %d " % len(data) + filt + extra + b">>\nstream\n" + data + b"\nendstream"


def _one_page_pdf(
    content: bytes | tuple, compress: bool = True, *, count: int = 1, trailer_extra: bytes = b""
) -> bytes:
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % count,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            _stream(content, compress),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ],
        trailer_extra=trailer_extra,
    )


def _text_ops(lines: list[str]) -> bytes:
    ops = [b"BT /F1 11 Tf 72 770 Td 14 TL"]
    for line in lines:
        ops.append(b"(" + line.encode("latin-1", "replace").replace(b"(", b"[").replace(b")", b"]") + b") '")
    ops.append(b"ET")
    return b"\n".join(ops)


GOOD_TEXT = "Safer and Stronger Communities Board\n\n1. Purpose\n\nTo note the report of the year.\n"


# -- the corpus -----------------------------------------------------------------------------------


def _zip_bombs() -> list[Hostile]:
    out = []
    mb = 1024 * 1024
    head = _doc_xml(b"<w:p><w:r><w:t>")
    head, tail = head[: head.index(b"<w:p>") + 15], b"</w:t></w:r></w:p></w:body></w:document>"
    for size in (30, 210):
        data = _docx_big("word/document.xml", head, b"A" * mb, size, tail)
        out.append(Hostile(f"zip-bomb-{size}mb.docx", data, "zip bomb"))
    # Highly compressed side part (not the document): still unpacked by a careless reader.
    side = _docx_big("word/media/blob.bin", b"", b"\0" * mb, 40, b"", document=_doc_xml(_para("Hello")))
    out.append(Hostile("zip-bomb-side-part.docx", side, "zip bomb"))
    # Many tiny parts.
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", _doc_xml(_para("x")))
        for i in range(20000):
            z.writestr(f"word/p{i}.xml", b"<a/>")
    out.append(Hostile("zip-many-parts.docx", buf.getvalue(), "zip bomb"))
    # A zip inside the zip.
    inner = _docx(_doc_xml(_para("inner")))
    out.append(
        Hostile(
            "zip-nested.docx",
            _docx(_doc_xml(_para("outer")), {"word/embeddings/x.docx": inner}),
            "nested zip",
            "either",
        )
    )
    # Header lies about sizes: central directory says small, data is big.
    data = bytearray(_docx(_doc_xml(_para("lying sizes" * 1000)), level=9))
    idx = data.rfind(b"PK\x01\x02")
    while idx != -1:
        data[idx + 24 : idx + 28] = (10).to_bytes(4, "little")  # uncompressed size field
        idx = data.rfind(b"PK\x01\x02", 0, idx)
    out.append(Hostile("zip-lying-sizes.docx", bytes(data), "lying zip"))
    return out


def _xml_bombs() -> list[Hostile]:
    laughs = (
        b'<!DOCTYPE w:document [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        b'<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">'
        b'<!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">'
        b'<!ENTITY g "&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;"><!ENTITY h "&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;">]>'
    )
    xxe = b'<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    out = [
        Hostile(
            "xml-billion-laughs.docx",
            _docx(_doc_xml(b"<w:p><w:r><w:t>&h;</w:t></w:r></w:p>", laughs)),
            "XML bomb",
        ),
        Hostile("xml-xxe.docx", _docx(_doc_xml(b"<w:p><w:r><w:t>&x;</w:t></w:r></w:p>", xxe)), "XXE"),
        Hostile(
            "xml-laughs-in-styles.docx",
            _docx(
                _doc_xml(_para("Hi")),
                {"word/styles.xml": b'<?xml version="1.0"?>' + laughs + b"<w:styles " + W + b"/>"},
            ),
            "XML bomb",
        ),
        Hostile(
            "xml-billion-laughs.html",
            b'<?xml version="1.0"?>'
            + laughs.replace(b"w:document", b"html")
            + b"<html><body><p>&h;</p></body></html>",
            "XML bomb",
            "either",
        ),
    ]
    deep = b"<w:p>" * 0 + b"<w:tbl><w:tr><w:tc>" * 5000 + _para("deep") + b"</w:tc></w:tr></w:tbl>" * 5000
    out.append(Hostile("xml-deep-tables.docx", _docx(_doc_xml(deep)), "deep nesting", "either"))
    out.append(Hostile("xml-not-closed.docx", _docx(_doc_xml(_para("x"))[:-30]), "truncated XML"))
    out.append(Hostile("xml-garbage.docx", _docx(b"\x00\xff" * 1000), "not XML"))
    out.append(
        Hostile(
            "xml-no-document-part.docx",
            _docx(_doc_xml(_para("x"))).replace(b"word/document.xml", b"word/documenx.xml"),
            "broken package",
        )
    )
    return out


def _pdf_bombs() -> list[Hostile]:
    out = []
    # One content stream that inflates to hundreds of MB of drawing operators.
    for mb in (80, 150):
        out.append(Hostile(f"pdf-stream-bomb-{mb}mb.pdf", _one_page_pdf((b" " * 1048576, mb)), "PDF bomb"))
    out.append(
        Hostile("pdf-operator-bomb.pdf", _one_page_pdf((b"0 0 m 1 1 l S\n" * 100_000, 45)), "PDF bomb")
    )
    # Slow: many text-showing operators, each a separate object for the layout.
    out.append(
        Hostile(
            "pdf-slow-text.pdf",
            _one_page_pdf(b"BT /F1 1 Tf " + b"1 0 Td (ab) Tj " * 400_000 + b"ET"),
            "slow PDF",
            "either",
        )
    )
    out.append(
        Hostile(
            "pdf-slow-chars.pdf",
            _one_page_pdf(b"BT /F1 2 Tf " + b"[(a) -50 (b) -50 (c)] TJ 0.1 0 Td " * 200_000 + b"ET"),
            "slow PDF",
            "either",
        )
    )
    # Lies about page counts, broken trees, loops.
    out.append(
        Hostile(
            "pdf-count-huge.pdf", _one_page_pdf(_text_ops(["Hello"]), count=10**9), "page count lie", "either"
        )
    )
    out.append(
        Hostile(
            "pdf-pages-loop.pdf",
            _pdf(
                [
                    b"<< /Type /Catalog /Pages 2 0 R >>",
                    b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >>",
                    b"<< /Type /Pages /Kids [2 0 R] /Parent 2 0 R /Count 1 >>",
                ]
            ),
            "loop",
        )
    )
    out.append(
        Hostile(
            "pdf-no-pages.pdf",
            _pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]),
            "empty",
        )
    )
    out.append(Hostile("pdf-blank-page.pdf", _one_page_pdf(b"", compress=False), "blank"))
    refs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        b"5 0 R",
        b"4 0 R",
    ]
    out.append(Hostile("pdf-ref-cycle.pdf", _pdf(refs), "reference loop"))
    deep = b"[" * 100_000 + b"]" * 100_000
    out.append(
        Hostile(
            "pdf-deep-array.pdf",
            _one_page_pdf(_text_ops(["Hi"]) + b"\n" + deep, compress=True),
            "deep nesting",
            "either",
        )
    )
    deep_dict = b"<< /A " * 50_000 + b"1" + b" >>" * 50_000
    out.append(
        Hostile(
            "pdf-deep-dict.pdf",
            _pdf(
                [
                    b"<< /Type /Catalog /Pages 2 0 R /X 3 0 R >>",
                    b"<< /Type /Pages /Kids [] /Count 0 >>",
                    deep_dict,
                ]
            ),
            "deep nesting",
        )
    )
    # Encrypted (a standard security handler dictionary with nonsense keys).
    enc = (
        b"/Encrypt << /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <%s> /U <%s> >> /ID [<00><00>]"
        % (b"11" * 32, b"22" * 32)
    )
    out.append(
        Hostile("pdf-encrypted.pdf", _one_page_pdf(_text_ops(["Secret"]), trailer_extra=enc), "encrypted")
    )
    # Truncated at several points.
    good = _one_page_pdf(_text_ops(["Safer and Stronger Communities Board", "1. Purpose", "To note."]))
    for frac in (0.1, 0.5, 0.9):
        out.append(
            Hostile(
                f"pdf-truncated-{int(frac * 100)}.pdf", good[: int(len(good) * frac)], "truncated", "either"
            )
        )
    out.append(Hostile("pdf-header-only.pdf", b"%PDF-1.7\n", "truncated"))
    out.append(
        Hostile(
            "pdf-bad-xref.pdf", good.replace(b"startxref\n", b"startxref\n999999"), "broken xref", "either"
        )
    )
    out.append(
        Hostile(
            "pdf-bad-flate.pdf",
            _pdf(
                [
                    b"<< /Type /Catalog /Pages 2 0 R >>",
                    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                    b"<< /Length 20 /Filter /FlateDecode >>\nstream\n"
                    + b"\x78\x9c"
                    + b"garbage!" * 2
                    + b"\nendstream",
                ]
            ),
            "corrupt stream",
        )
    )
    out.append(
        Hostile(
            "pdf-huge-mediabox.pdf",
            _one_page_pdf(_text_ops(["x"])).replace(b"[0 0 595 842]", b"[0 0 1e30 1e30]"),
            "absurd geometry",
            "either",
        )
    )
    out.append(
        Hostile(
            "pdf-negative-length.pdf",
            _one_page_pdf(b"BT ET", compress=False).replace(b"/Length 5", b"/Length -5"),
            "lying length",
            "either",
        )
    )
    out.append(
        Hostile(
            "pdf-image-only.pdf",
            _pdf(
                [
                    b"<< /Type /Catalog /Pages 2 0 R >>",
                    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>",
                    _stream(b"q 500 0 0 700 40 60 cm /Im1 Do Q"),
                    _stream(
                        b"\xff" * 30000,
                        extra=b"/Type /XObject /Subtype /Image /Width 100 /Height 100 /ColorSpace /DeviceRGB /BitsPerComponent 8 ",
                    ),
                ]
            ),
            "scanned",
        )
    )
    out.append(
        Hostile(
            "pdf-image-bomb.pdf",
            _pdf(
                [
                    b"<< /Type /Catalog /Pages 2 0 R >>",
                    b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /Im1 5 0 R >> >> >>",
                    _stream(b"q 500 0 0 700 40 60 cm /Im1 Do Q"),
                    _stream(
                        (b"\0" * 1048576, 70),
                        extra=b"/Type /XObject /Subtype /Image /Width 10000 /Height 10000 "
                        b"/ColorSpace /DeviceRGB /BitsPerComponent 8 ",
                    ),
                ]
            ),
            "image bomb",
            "either",
        )
    )
    out.append(Hostile("pdf-many-pages.pdf", _many_pages(3000), "too many pages"))
    return out


def _many_pages(n: int) -> bytes:
    kids = b" ".join(b"%d 0 R" % (4 + i) for i in range(n))
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [" + kids + b"] /Count %d >>" % n,
        _stream(_text_ops(["Page text"])),
    ]
    objs += [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 3 0 R >>"] * n
    return _pdf(objs)


def _lying_and_broken() -> list[Hostile]:
    good_docx = _docx(_doc_xml(_para("Safer and Stronger Communities Board") + _para("1. Purpose")))
    good_pdf = _one_page_pdf(_text_ops(["Safer and Stronger Communities Board"]))
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 4000
    return [
        Hostile("text-named.pdf", GOOD_TEXT.encode(), "lying name"),
        Hostile("text-named.docx", GOOD_TEXT.encode(), "lying name"),
        Hostile("pdf-named.docx", good_pdf, "lying name", "either"),
        Hostile("docx-named.pdf", good_docx, "lying name", "either"),
        Hostile("docx-named.txt", good_docx, "lying name", "either"),
        Hostile("png-named.txt", b"\x89PNG\r\n\x1a\n" + b"\0\x01\x02" * 3000, "binary as text"),
        Hostile("elf-named.md", b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 40, "binary as text"),
        Hostile("gzip-named.html", zlib.compress(b"<html>" * 10000), "binary as HTML"),
        Hostile("encrypted-word.docx", ole, "encrypted"),
        Hostile("old-word.doc.docx", ole[:512], "encrypted"),
        Hostile("zip-not-word.docx", _zip_of({"hello.txt": b"hello"}), "lying zip"),
        Hostile("docx-truncated-half.docx", good_docx[: len(good_docx) // 2], "truncated"),
        Hostile("docx-truncated-end.docx", good_docx[:-40], "truncated", "either"),
        Hostile("docx-zip-header-only.docx", b"PK\x03\x04" + b"\0" * 26, "truncated"),
        Hostile("empty.txt", b"", "empty"),
        Hostile("spaces.txt", b" \n\t\r\n " * 100, "empty"),
        Hostile("nuls.txt", b"\0" * 5000, "binary as text"),
        Hostile("bom-only.txt", b"\xef\xbb\xbf", "empty", "either"),
        Hostile("invalid-utf8.txt", b"Board \xff\xfe\xfa report\n\n" * 200, "bad encoding", "either"),
        Hostile("utf16.txt", ("\ufeff" + GOOD_TEXT).encode("utf-16-le"), "other encoding", "either"),
        Hostile("control-chars.txt", ("\x1b[31mRed\x07\x08 " * 500).encode(), "control characters", "either"),
        Hostile("mixed-nul.md", b"# Title\n\nText\x00with nul\n" * 100, "NUL in text", "either"),
    ]


def _zip_of(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for k, v in parts.items():
            z.writestr(k, v)
    return buf.getvalue()


def _names() -> list[Hostile]:
    text = GOOD_TEXT.encode()
    return [
        Hostile("é" * 128 + ".txt", text, "huge name", "either"),  # 256 bytes before the extension
        Hostile("ü" * 200 + ".md", text, "huge name", "either"),
        Hostile("a" * 400 + ".txt", text, "huge name", "either"),
        Hostile("日本語" * 60 + ".txt", text, "huge name", "either"),
        Hostile("../../../etc/passwd.txt", text, "path traversal", "either"),
        Hostile("..\\..\\windows\\win.ini.txt", text, "path traversal", "either"),
        Hostile("-rf .txt", text, "odd name", "either"),
        Hostile("<script>alert(1)</script>.txt", text, "markup in name", "either"),
        Hostile("name\u202eatxt.exe.txt", text, "bidi override in name", "either"),
        Hostile("no-extension", text, "no extension", "either"),
        Hostile(".txt", text, "only extension", "either"),
        Hostile("spaces   .txt", text, "odd name", "either"),
    ]


def _deep_and_giant() -> list[Hostile]:
    return [
        Hostile(
            "html-deep-divs.html",
            b"<html><body>" + b"<div>" * 100_000 + b"x" + b"</div>" * 100_000 + b"</body></html>",
            "deep nesting",
            "either",
        ),
        Hostile(
            "html-deep-lists.html",
            b"<html><body>" + b"<ul><li>" * 20_000 + b"x" + b"</li></ul>" * 20_000 + b"</body></html>",
            "deep nesting",
            "either",
        ),
        Hostile(
            "html-unclosed.html", b"<html><body>" + b"<table><tr><td>" * 30_000, "deep nesting", "either"
        ),
        Hostile(
            "html-huge-attribute.html",
            b"<html><body><p title='" + b"x" * 3_000_000 + b"'>Hi</p></body></html>",
            "giant attribute",
            "either",
        ),
        Hostile(
            "html-many-tables.html",
            b"<html><body>" + b"<table><tr><td>a</td><td>b</td></tr></table>" * 40_000 + b"</body></html>",
            "many tables",
            "either",
        ),
        Hostile(
            "html-wide-table.html",
            b"<html><body><table><tr>" + b"<td>c</td>" * 200_000 + b"</tr></table></body></html>",
            "wide table",
            "either",
        ),
        Hostile(
            "html-script-only.html",
            b"<html><head><script>" + b"while(1){}" * 1000 + b"</script></head><body></body></html>",
            "script",
            "either",
        ),
        Hostile("md-deep-quotes.md", b"# T\n\n" + b">" * 50_000 + b" deep\n", "deep nesting", "either"),
        Hostile(
            "md-deep-lists.md",
            b"# T\n\n" + b"".join(b"  " * i + b"- item\n" for i in range(1500)),
            "deep nesting",
            "either",
        ),
        Hostile("md-many-links.md", b"# T\n\n" + b"[a](http://x/) " * 150_000, "many links", "either"),
        Hostile("md-long-line.md", b"# T\n\n" + b"word " * 700_000, "giant line", "either"),
        Hostile("txt-giant.txt", (GOOD_TEXT * 80_000).encode(), "giant text", "either"),
        Hostile("txt-over-limit.txt", b"Board text line.\n" * 400_000, "too big"),
        Hostile("txt-one-line.txt", b"x" * 2_500_000, "giant line", "either"),
        Hostile(
            "txt-many-numbers.txt",
            b"".join(b"%d. Paragraph %d.\n\n" % (i, i) for i in range(150_000)),
            "many numbered paragraphs",
            "either",
        ),
        Hostile(
            "txt-many-headings.txt",
            b"".join(b"HEADING %d\n\nText.\n\n" % i for i in range(100_000)),
            "many headings",
            "either",
        ),
        Hostile(
            "txt-tabs-table.txt",
            b"".join(b"a\tb\tc\td\te\tf\n" for _ in range(200_000)),
            "huge table",
            "either",
        ),
        Hostile("txt-many-dates.txt", b"1 January 2020, 2 February 2021. " * 60_000, "many dates", "either"),
        Hostile(
            "docx-giant-paragraphs.docx",
            _docx(_doc_xml(_para("Board paragraph text. " * 20) * 40_000)),
            "giant document",
            "either",
        ),
        Hostile(
            "docx-huge-table.docx",
            _docx(
                _doc_xml(
                    b"<w:tbl>"
                    + (b"<w:tr>" + b"<w:tc>" + _para("c") + b"</w:tc>" * 1 * 1 + b"</w:tr>") * 60_000
                    + b"</w:tbl>"
                )
            ),
            "huge table",
            "either",
        ),
        Hostile(
            "docx-deep-runs.docx",
            _docx(_doc_xml(b"<w:p>" + b"<w:r><w:t>x</w:t></w:r>" * 400_000 + b"</w:p>")),
            "many runs",
            "either",
        ),
    ]


@functools.lru_cache(maxsize=1)
def corpus() -> tuple[Hostile, ...]:
    """Every hostile file (≥ 80), built in memory (once per process: the bombs take seconds)."""
    files = _zip_bombs() + _xml_bombs() + _pdf_bombs() + _lying_and_broken() + _names() + _deep_and_giant()
    # A good paper in each format, so the test also proves good files still get through.
    files += [
        Hostile("good.txt", GOOD_TEXT.encode(), "control", "read"),
        Hostile(
            "good.docx",
            _docx(
                _doc_xml(
                    _para("Safer and Stronger Communities Board")
                    + _para("1. Purpose")
                    + _para("To note the report.")
                )
            ),
            "control",
            "read",
        ),
        Hostile(
            "good.pdf",
            _one_page_pdf(
                _text_ops(["Safer and Stronger Communities Board", "1. Purpose", "To note the report."])
            ),
            "control",
            "read",
        ),
    ]
    return tuple(files)


def by_name(name: str) -> bytes:
    return next(h.data for h in corpus() if h.name == name)


def write(folder: Path) -> list[Path]:
    """Write the corpus to `folder` (names made safe for the file system); returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i, h in enumerate(corpus()):
        safe = h.name.replace("/", "_").replace("\\", "_")
        if len(safe.encode()) > 200 or safe.startswith("."):
            safe = f"{i:03d}-" + safe.encode()[-150:].decode("utf-8", "ignore")
        p = folder / safe
        p.write_bytes(h.data)
        paths.append(p)
    return paths


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile-corpus")
    written = write(out)
    print(f"{len(written)} files in {out}")
