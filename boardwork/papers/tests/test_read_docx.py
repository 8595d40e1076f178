"""The Word reader: sample papers (golden files and reference parses), house-style fixtures, numbering
rules worked out by hand from their definitions, and hostile input (damaged zips, bombs, entities)."""

from __future__ import annotations

import io
import json
import os
import random
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

from boardwork.papers.readers import Limits, ReadError, detect_format, read_bytes
from boardwork.papers.readers import docx as docx_reader
from boardwork.papers.readers.docx.numbering import Numbering, format_number
from boardwork.papers.tests.golden import DATA, check_golden

CORPUS = DATA / "corpus"
FIXTURES = DATA / "docx"
SAMPLES = ["lga-scb-end-of-year-2009.lga.docx", "lga-sscb-end-of-year-2020-21.lga.docx"]


def read_fixture(name: str) -> dict:
    path = FIXTURES / name
    return read_bytes(path.read_bytes(), name).to_dict()


def summary(blocks: list[dict]) -> list[tuple]:
    """(type, number or level, depth, text) per block — compact for hand-written expectations."""
    out = []
    for b in blocks:
        if b["type"] == "heading":
            out.append(("h", b["level"], b["text"]))
        elif b["type"] == "paragraph":
            out.append(("p", b["number"], b["text"]))
        elif b["type"] == "list_item":
            out.append(("li", b["number"], b["depth"], b["text"]))
        else:
            out.append(("table", b["header"], b["rows"]))
    return out


# -- the two sample papers ------------------------------------------------------------------------


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_matches_golden(name):
    paper = read_bytes((CORPUS / name).read_bytes(), name)
    check_golden(name, paper.to_dict())


@pytest.mark.parametrize("name", SAMPLES)
def test_sample_matches_reference_parse(name):
    """The fixtures were rendered from the reference parses, so a faithful reader gives them back."""
    ref_path = CORPUS / name.replace(".lga.docx", ".paper.json")
    if not ref_path.exists():  # the reference parses are test data owned by the text reader's tests
        pytest.skip(f"{ref_path.name} is not in tests/data/corpus")
    paper = read_bytes((CORPUS / name).read_bytes(), name).to_dict()
    ref = json.loads(ref_path.read_text(encoding="utf-8"))
    assert paper["meta"] == ref["meta"]
    for i, (got, want) in enumerate(zip(paper["blocks"], ref["blocks"], strict=False)):
        assert got == want, f"block {i + 1}"
    assert len(paper["blocks"]) == len(ref["blocks"])


def test_sample_pages_and_source():
    paper = read_bytes((CORPUS / SAMPLES[1]).read_bytes(), SAMPLES[1])
    assert paper.source.format == "docx"
    assert paper.source.pages == 10  # docProps/app.xml


def test_numbered_paragraphs_continue_across_headings_and_sub_levels():
    blocks = read_bytes((CORPUS / SAMPLES[1]).read_bytes(), SAMPLES[1]).to_dict()["blocks"]
    numbers = [b["number"] for b in blocks if b["type"] == "paragraph" and b["number"]]
    # Level 0 "%1." and level 1 "%1.%2." in one list: 1, 1.1–1.5, then 2 … 53 across every heading.
    assert numbers[:7] == ["1", "1.1", "1.2", "1.3", "1.4", "1.5", "2"]
    assert numbers[7:] == [str(n) for n in range(3, 54)]


def test_page_furniture_and_cover_lines_are_not_body():
    paper = read_bytes((CORPUS / SAMPLES[0]).read_bytes(), SAMPLES[0])
    text = paper.text()
    for furniture in ("Item 4", "Contact Officer", "Phone No", "Page 1", "13 July 2009"):
        assert furniture not in text
    assert paper.meta.contact.email == "liz.hobson@lga.gov.uk"
    assert paper.meta.meeting_date == "2009-07-13"


# -- house-style fixtures -------------------------------------------------------------------------


def test_numbering_through_paragraph_styles():
    d = read_fixture("style-numbering.docx")
    assert summary(d["blocks"]) == [
        ("h", 1, "Annual Report of the Audit Committee"),  # Title style
        ("h", 2, "Introduction"),  # numbered heading style: takes level-0 number 1 (not shown)
        ("p", "1.1", "This report summarises the work of the committee during the year."),
        ("p", "1.2", "The committee met four times."),
        ("p", "1.2.1", "In May the committee reviewed the draft accounts."),  # ilvl 2 via basedOn style
        ("p", "1.2.2", "In July the committee approved the accounts."),
        ("p", "1.3", "Members noted the external auditor's opinion."),  # numbering inherited
        ("h", 2, "Findings"),  # level 0 → 2, restarting level 1
        ("p", "2.1", "Internal audit completed most of the planned reviews."),
        ("p", None, "An unnumbered note follows the findings."),  # numId 0
        ("p", "2.2", "External audit raised no significant issues."),
        ("h", 3, "Risk"),  # outline level 2
        ("p", "2.3", "Risks were reviewed at every meeting."),
        ("h", 2, "Conclusion"),  # based on Heading 2
        ("p", "2.4", "The committee is satisfied with the control environment."),
    ]
    assert d["meta"]["title"] == "Annual Report of the Audit Committee"
    assert d["meta"]["body"] == "Audit Committee"  # core subject: no header names the board


def test_list_formats_restarts_and_shared_counters():
    d = read_fixture("list-formats.docx")
    got = [(b["type"], b.get("number"), b.get("depth")) for b in d["blocks"] if b["type"] != "heading"]
    assert got == [
        ("paragraph", None, None),
        ("list_item", "a", 1),  # "%1)" lowerLetter: a list, not paragraph numbers
        ("list_item", "b", 1),
        ("paragraph", "1", None),
        ("list_item", "a", 2),  # "(%2)"
        ("list_item", "i", 3),  # "(%3)" lowerRoman
        ("list_item", "ii", 3),
        ("list_item", "b", 2),
        ("list_item", "i", 3),  # level 2 restarts after level 1
        ("paragraph", "2", None),
        ("list_item", "a", 2),  # level 1 restarts after level 0
        ("paragraph", "3", None),  # continues across the heading
        ("paragraph", "1", None),  # numId 61: startOverride 1
        ("paragraph", "2", None),
        ("paragraph", "3", None),  # numId 60 again: the counter is the abstract's, shared
        ("paragraph", "10", None),  # numId 62: startOverride 10
        ("paragraph", "11", None),
        ("list_item", "A", 4),  # "%4." upperLetter
        ("paragraph", "1", None),
        ("paragraph", "1.1", None),
        ("paragraph", "1.2", None),
        ("paragraph", "2", None),
        ("paragraph", "2.3", None),  # lvlRestart 0: level 1 never restarts
        ("list_item", "I", 1),  # upperRoman
        ("paragraph", "1.1", None),  # isLgl: "%1.%2" shown as decimals
        ("list_item", "II", 1),
        ("paragraph", "2.1", None),
        ("list_item", None, 1),  # bullet
        ("list_item", None, 2),  # sub-bullet: depth = ilvl + 1
        ("paragraph", "09", None),  # decimalZero starting at 9
        ("paragraph", "10", None),
    ]
    assert "Treasury Management Strategy" in [b["text"] for b in d["blocks"] if b["type"] == "heading"]


def test_bold_only_headings_and_typed_labels():
    d = read_fixture("bold-headings.docx")
    assert summary(d["blocks"]) == [
        ("h", 1, "Housing Allocations Policy Review"),  # bold, centred, 16 pt
        ("h", 2, "Purpose of the report"),
        ("p", None, "To ask Cabinet to approve the revised housing allocations policy."),
        ("h", 2, "Recommendations"),
        ("p", None, "That Cabinet:"),
        ("p", "1", "Approves the revised policy."),
        ("p", "2", "Delegates minor changes to the Director of Housing."),
        ("p", None, "Members are invited to consider the options set out below:"),  # a bold lead-in
        ("p", None, "The Appendix sets out the consultation responses."),  # bold only in part
        ("p", None, "This bold sentence ends with a full stop."),
        ("h", 2, "Consultation"),
        ("p", "3", "The consultation ran for twelve weeks."),
        ("li", "a", 1, "residents were consulted online;"),
        ("li", "b", 1, "partners were consulted at a workshop."),
        ("li", None, 1, "A typed bullet point."),
        ("p", "4.1", "Responses were broadly supportive."),
    ]
    meta = d["meta"]
    assert meta["item"] == "7"  # the right-aligned bold "Item 7" is metadata, not a heading
    assert meta["contact"] == {
        "name": "Jane Smith",
        "role": "Housing Manager",
        "phone": "01234 567890",
        "email": "jane.smith@example.gov.uk",
    }


def test_tables_layout_merged_header_nested():
    d = read_fixture("tables.docx")
    assert summary(d["blocks"]) == [
        # The cover grid is layout: its rows become metadata, not a table.
        ("h", 2, "Summary"),
        ("p", None, "Key message: every library will stay open."),  # one-cell box → paragraph
        ("p", None, "The review proposes longer opening hours at the central library."),
        ("h", 2, "Budget"),
        (
            "table",
            ["Service", "2021/22", "2022/23"],  # bold first row → header
            [
                ["Libraries", "£1.2m", "£1.1m"],
                ["Museums", "£0.4m", "£0.3m"],
                ["", "£0.1m", "£0.1m"],  # vertically merged continuation: empty, not repeated
                ["Not yet allocated", "£0.2m"],  # gridSpan 2: one cell
            ],
        ),
        ("h", 2, "Delivery"),
        (
            "table",
            ["Workstream", "Actions"],  # w:tblHeader
            [
                [
                    "Opening hours",
                    "Consult library users\nAgree new rotas\nMilestones:\nQ1 | Consultation\nQ2 | Decision",
                ]
            ],
        ),
    ]
    meta = d["meta"]
    assert (meta["title"], meta["body"], meta["meeting_date"]) == (
        "Library Services Review",
        "Cabinet",
        "2021-09-08",
    )


def test_furniture_fields_revisions_and_controls():
    d = read_fixture("furniture.docx")
    assert summary(d["blocks"]) == [
        ("h", 1, "Internal Audit Progress Report"),  # the table of contents before it is dropped
        ("p", None, "The audit plan was approved in March."),  # w:ins kept, w:del dropped
        ("p", None, "See the council website for the full plan."),  # hyperlink text kept
        ("p", None, "Temporary accommodation was reviewed in two stages."),  # soft hyphen, tab, break, hidden
        ("p", None, "As set out in paragraph 4 above, follow-up work is under way in Leeds and York."),
        ("p", None, "Text inside a content control is part of the paper."),
    ]
    meta = d["meta"]
    assert meta["body"] == "Audit and Governance Committee"  # from the running header
    assert meta["meeting_date"] == "2022-03-21"
    assert "Page" not in json.dumps(d["blocks"])


# -- numbering rules, from hand-built numbering.xml ---------------------------------------------------

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def numbering(xml: str) -> Numbering:
    return Numbering(etree.fromstring(f'<w:numbering xmlns:w="{W}">{xml}</w:numbering>'))


def lvl(ilvl, fmt, text, start=1, extra=""):
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{extra}'
        f'<w:lvlText w:val="{text}"/></w:lvl>'
    )


def labels(n: Numbering, seq):
    out = []
    for num_id, ilvl in seq:
        lab = n.label(num_id, ilvl)
        out.append(None if lab is None else lab.number)
    return out


def test_number_formats():
    assert [format_number(i, "lowerLetter") for i in (1, 26, 27, 28, 53)] == ["a", "z", "aa", "bb", "aaa"]
    assert [format_number(i, "upperRoman") for i in (1, 4, 9, 14, 40, 1994)] == [
        "I",
        "IV",
        "IX",
        "XIV",
        "XL",
        "MCMXCIV",
    ]
    assert format_number(7, "decimalZero") == "07"
    assert format_number(3, "bullet") == ""


def test_start_override_restarts_once_then_shares_the_abstract_counter():
    n = numbering(
        '<w:abstractNum w:abstractNumId="1">'
        + lvl(0, "decimal", "%1.")
        + "</w:abstractNum>"
        + '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        + '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
        + '<w:num w:numId="3"><w:abstractNumId w:val="1"/>'
        + '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>'
    )
    # 1 2 on numId 1; numId 2 (no override) continues: 3; numId 3 restarts at 5 on first use,
    # then numId 1 continues the shared count: 6; numId 3 again does not restart: 7.
    assert labels(n, [(1, 0), (1, 0), (2, 0), (3, 0), (1, 0), (3, 0)]) == ["1", "2", "3", "5", "6", "7"]


def test_num_id_zero_and_unknown_ids_are_unnumbered():
    n = numbering('<w:abstractNum w:abstractNumId="1">' + lvl(0, "decimal", "%1.") + "</w:abstractNum>")
    assert labels(n, [(0, 0), (9, 0)]) == [None, None]


def test_lvl_restart_and_legal_numbering():
    n = numbering(
        '<w:abstractNum w:abstractNumId="1">'
        + lvl(0, "upperRoman", "%1.")
        + lvl(1, "lowerLetter", "%1.%2.", extra="<w:isLgl/>")
        + lvl(2, "decimal", "%3)", extra='<w:lvlRestart w:val="1"/>')
        + "</w:abstractNum>"
        + '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
    )
    # Level 2 restarts only after level 1 (w:lvlRestart 1 = after the first level): using level 1
    # does not restart it. isLgl on level 1 shows every number in decimals, its own included.
    seq = [(1, 0), (1, 1), (1, 2), (1, 2), (1, 1), (1, 2), (1, 0), (1, 2)]
    assert labels(n, seq) == ["I", "1.1", "1", "2", "1.2", "3", "II", "1"]


def test_level_override_replaces_the_definition_for_one_instance():
    n = numbering(
        '<w:abstractNum w:abstractNumId="1">'
        + lvl(0, "decimal", "%1.")
        + "</w:abstractNum>"
        + '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
        + '<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0">'
        + lvl(0, "lowerLetter", "(%1)", start=3)
        + "</w:lvlOverride></w:num>"
    )
    lab = n.label(2, 0)
    assert (lab.text, lab.number, lab.decimal) == ("(c)", "c", False)


def test_num_style_link_follows_to_the_defining_abstract():
    n = Numbering(
        etree.fromstring(
            f'<w:numbering xmlns:w="{W}">'
            '<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="Legal"/>'
            + lvl(0, "decimal", "%1.")
            + "</w:abstractNum>"
            '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="Legal"/></w:abstractNum>'
            '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>'
            '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>'
            "</w:numbering>"
        )
    )
    assert labels(n, [(1, 0), (2, 0)]) == ["1", "2"]


# -- sniffing and hostile input ---------------------------------------------------------------------


def _zip(parts: dict[str, bytes], method=zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", method) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _parts(name: str) -> dict[str, bytes]:
    with zipfile.ZipFile(FIXTURES / name) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def test_sniff():
    data = (CORPUS / SAMPLES[0]).read_bytes()
    assert docx_reader.sniff(data[:8192])
    assert detect_format(data, None) == "docx"
    assert docx_reader.sniff(docx_reader.OLE_MAGIC + b"\0" * 100)  # claimed, to explain the refusal
    assert not docx_reader.sniff(b"%PDF-1.7\n")
    assert not docx_reader.sniff(_zip({"a.txt": b"hello"}))


def test_empty_zip_and_random_bytes():
    empty = _zip({})
    with pytest.raises(ReadError):
        read_bytes(empty, "paper.docx")
    with pytest.raises(ReadError, match="not a Word document"):
        docx_reader.read(_zip({"[Content_Types].xml": b"<Types/>", "xl/workbook.xml": b"<x/>"}), Limits())
    noise = random.Random(7).randbytes(5000)
    with pytest.raises(ReadError):
        read_bytes(noise, "paper.docx")
    with pytest.raises(ReadError):
        docx_reader.read(noise, Limits())


def test_old_doc_or_encrypted_file():
    ole = docx_reader.OLE_MAGIC + bytes(4096)
    with pytest.raises(ReadError, match="password-protected or in the old .doc format"):
        read_bytes(ole, "paper.docx")


def test_zip_bomb_by_ratio():
    parts = _parts("furniture.docx")
    parts["word/media/padding.bin"] = bytes(20 * 1024 * 1024)  # 20 MB of zeros packs ~1000:1
    with pytest.raises(ReadError, match="zip bomb"):
        docx_reader.read(_zip(parts), Limits())


def test_zip_bomb_by_total_size():
    parts = _parts("furniture.docx")
    parts["word/media/big.bin"] = random.Random(1).randbytes(2 * 1024 * 1024)
    with pytest.raises(ReadError, match="limit"):
        docx_reader.read(_zip(parts), Limits(max_unzipped_bytes=1024 * 1024))


def test_entity_declarations_are_refused():
    parts = _parts("furniture.docx")
    doc = parts["word/document.xml"]
    decl_end = doc.index(b"?>") + 2
    parts["word/document.xml"] = (
        doc[:decl_end]
        + b'<!DOCTYPE w:document [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]>'
        + doc[decl_end:]
    )
    with pytest.raises(ReadError, match="DOCTYPE or ENTITY"):
        docx_reader.read(_zip(parts), Limits())


def test_time_limit():
    data = (CORPUS / SAMPLES[1]).read_bytes()
    with pytest.raises(ReadError, match="limit"):
        docx_reader.read(data, Limits(max_seconds=-1))


def test_package_without_numbering_or_styles_still_reads():
    parts = _parts("furniture.docx")
    for name in ("word/numbering.xml", "word/styles.xml"):
        parts.pop(name, None)
    rels = parts["word/_rels/document.xml.rels"].decode()
    import re

    rels = re.sub(r'<Relationship [^>]*Target="(?:numbering|styles)\.xml"/>', "", rels)
    parts["word/_rels/document.xml.rels"] = rels.encode()
    paper = docx_reader.read(_zip(parts), Limits())
    assert any("approved in March" in b.text for b in paper.blocks if hasattr(b, "text"))


_SMALL = (FIXTURES / "furniture.docx").read_bytes()


@settings(
    max_examples=int(os.environ.get("BOARDWORK_FUZZ_EXAMPLES", "40")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    cut=st.integers(min_value=0, max_value=len(_SMALL)),
    flips=st.lists(st.tuples(st.integers(0, len(_SMALL) - 1), st.integers(0, 255)), max_size=8),
)
def test_mutated_docx_only_raises_read_error(cut, flips):
    data = bytearray(_SMALL)
    for pos, byte in flips:
        data[pos] = byte
    data = bytes(data[: max(cut, 4)] if cut < len(_SMALL) else data)
    try:
        docx_reader.read(data, Limits())
    except ReadError as e:
        assert "\n" not in str(e)


_XML_PARTS = _parts("list-formats.docx")


@settings(
    max_examples=int(os.environ.get("BOARDWORK_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    part=st.sampled_from(["word/document.xml", "word/numbering.xml", "word/styles.xml"]),
    edits=st.lists(
        st.tuples(
            st.floats(0, 1, exclude_max=True),
            st.sampled_from(list(b'0123456789"<>/=:w -')),
            st.integers(0, 3),
        ),
        min_size=1,
        max_size=6,
    ),
)
def test_mutated_xml_inside_a_valid_zip_only_raises_read_error(part, edits):
    """Damage inside the XML (past the zip's checksums) reaches the parser and the walker."""
    parts = dict(_XML_PARTS)
    xml = bytearray(parts[part])
    for where, byte, cut in edits:
        pos = int(where * len(xml))
        xml[pos : pos + cut] = bytes([byte])
    parts[part] = bytes(xml)
    try:
        paper = docx_reader.read(_zip(parts), Limits())
    except ReadError as e:
        assert "\n" not in str(e)
    else:
        paper.to_json()


def test_localised_heading_styles_and_text_boxes():
    d = read_fixture("localised.docx")
    assert summary(d["blocks"]) == [
        ("p", None, "Text in a text box is kept."),
        ("h", 1, "Adroddiad Blynyddol"),  # "Pennawd 1" (Welsh Word)
        ("h", 2, "Cefndir"),  # name "heading 2", id "Titre2"
        ("p", None, "A lead-in paragraph in a style based on a heading."),  # outline level 9
    ]


def test_unterminated_field_does_not_swallow_the_rest():
    parts = _parts("furniture.docx")
    doc = parts["word/document.xml"].decode()
    # Cut the REF field's closing marks: its instruction never ends.
    doc = doc.replace('<w:fldChar w:fldCharType="separate"/>', "", 1).replace(
        '<w:fldChar w:fldCharType="end"/>', "", 1
    )
    parts["word/document.xml"] = doc.encode()
    paper = docx_reader.read(_zip(parts), Limits())
    assert "Text inside a content control is part of the paper." in paper.text()
