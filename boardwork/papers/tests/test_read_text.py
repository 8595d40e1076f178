"""Plain-text and Markdown readers: golden files, the reference parses, edge cases, properties."""

from __future__ import annotations

import json
import os
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boardwork.papers.readers import Limits, ReadError, markdown, read_bytes, txt
from boardwork.papers.tests.golden import DATA, REGENERATE, check_golden

CORPUS = DATA / "corpus"
PAPERS = DATA / "papers"
SAMPLES = ["lga-scb-end-of-year-2009", "lga-sscb-end-of-year-2020-21"]


def parse(path):
    return read_bytes(path.read_bytes(), path.name)


def test_regenerate_flag_is_not_left_on_in_ci():
    # BOARDWORK_REGENERATE_GOLDEN=1 rewrites the expected files instead of checking them.
    ci = os.environ.get("CI", "").lower() in ("1", "true", "yes")
    assert not (ci and REGENERATE), "BOARDWORK_REGENERATE_GOLDEN is set under CI: golden tests check nothing"


@pytest.mark.parametrize(
    "path",
    sorted(CORPUS.glob("*.txt")) + sorted(PAPERS.glob("*.txt")) + sorted(PAPERS.glob("*.md")),
    ids=lambda p: p.name,
)
def test_golden(path):
    check_golden(path.name, parse(path).to_dict())


# -- against the reference parses ------------------------------------------------------------------


def _norm(s):
    return re.sub(r"\s+", " ", (s or "").replace("\u2019", "'")).strip().lower().strip(" .:")


def _numbered_with_heading(blocks):
    head, out = None, {}
    for b in blocks:
        if b["type"] == "heading":
            head = _norm(b["text"])
        elif b["type"] in ("paragraph", "list_item") and b.get("number"):
            out.setdefault(b["number"], []).append((head, _norm(b["text"])))
    return out


def assert_matches_reference(got: dict, ref: dict):
    """Every reference numbered paragraph is found with the same number, section and text; the
    headings, the unnumbered text, the tables and the meta are the same."""
    found = _numbered_with_heading(got["blocks"])
    for number, items in _numbered_with_heading(ref["blocks"]).items():
        for item in items:
            assert item in found.get(number, []), (
                f"paragraph {number} ({item[1][:50]}…) not found under {item[0]!r}"
            )
    assert [_norm(b["text"]) for b in got["blocks"] if b["type"] == "heading"] == [
        _norm(b["text"]) for b in ref["blocks"] if b["type"] == "heading"
    ]
    words = lambda bs: sorted(  # noqa: E731
        w
        for b in bs
        for w in re.findall(
            r"[a-z0-9£%]+",
            _norm(
                b.get("text") or " ".join(c for r in [b.get("header") or []] + b.get("rows", []) for c in r)
            ),
        )
        if b["type"] != "heading"
    )
    assert words(got["blocks"]) == words(ref["blocks"]), "body words differ (lost text or page furniture)"
    assert [b for b in got["blocks"] if b["type"] == "table"] == [
        b for b in ref["blocks"] if b["type"] == "table"
    ]
    for key, value in ref["meta"].items():
        if value is not None and key != "contact":
            assert got["meta"][key] == value, key
    if ref["meta"]["contact"]:
        for key in ("name", "email"):
            assert got["meta"]["contact"][key] == ref["meta"]["contact"][key]


@pytest.mark.parametrize("name", SAMPLES)
@pytest.mark.parametrize("ext", [".txt", ".md"])
def test_samples_match_reference(name, ext):
    src = (CORPUS if ext == ".txt" else PAPERS) / (name + ext)
    ref = json.loads((CORPUS / f"{name}.paper.json").read_text(encoding="utf-8"))
    assert_matches_reference(parse(src).to_dict(), ref)


def test_sample_txt_equals_reference_exactly():
    for name in SAMPLES:
        got = parse(CORPUS / f"{name}.txt").to_dict()
        ref = json.loads((CORPUS / f"{name}.paper.json").read_text(encoding="utf-8"))
        assert got["blocks"] == ref["blocks"]
        assert got["meta"] == ref["meta"]


# -- plain-text details ------------------------------------------------------------------------------


def read_txt(text: str | bytes):
    data = text.encode("utf-8") if isinstance(text, str) else text
    return txt.read(data, Limits()).to_dict()


def test_cover_block_and_page_furniture_are_not_body():
    d = read_txt(
        "Report to: Cabinet\nDate: 12 March 2020\nAgenda Item No. 7\n\nParks Strategy Review\n\n"
        "1. Purpose\n\n1.1 This report reviews the parks strategy and the\n\n\nPage 1 of 2\n\f"
        "Parks Strategy Review\n\nmaintenance budget for 2020/21.\n\n1.2 Cabinet is asked to note it.\n\n"
        "Page 2 of 2\n"
    )
    assert (
        d["meta"]["body"] == "Cabinet"
        and d["meta"]["meeting_date"] == "2020-03-12"
        and d["meta"]["item"] == "7"
    )
    texts = [b["text"] for b in d["blocks"]]
    assert texts[0] == "Parks Strategy Review" and d["blocks"][0]["level"] == 1
    assert "This report reviews the parks strategy and the maintenance budget for 2020/21." in texts
    assert not any("Page" in t for t in texts)


def test_hyphen_at_line_end_and_letter_spacing():
    d = read_txt(
        "E n d  o f  Y e a r  R e p o r t\n\nBackground\n\n"
        "1. We worked with councils facing far-\nright activity in the region.\n"
    )
    assert d["blocks"][0]["text"] == "End of Year Report"
    assert d["blocks"][-1] == {
        "type": "paragraph",
        "number": "1",
        "text": "We worked with councils facing far-right activity in the region.",
    }


def test_labels_and_bullets():
    d = read_txt(
        "Recommendations\n\nMembers are invited to:\n\n(a) note the report;\n- b. agree the plan.\n\n"
        "12. The Board has:\n • met four times;\n   o including one joint meeting;\n • agreed a plan.\n"
    )
    got = [(b["type"], b.get("number"), b.get("depth"), b["text"]) for b in d["blocks"]]
    assert got[1:] == [
        ("paragraph", None, None, "Members are invited to:"),
        ("list_item", "a", 1, "note the report;"),
        ("list_item", "b", 1, "agree the plan."),
        ("paragraph", "12", None, "The Board has:"),
        ("list_item", None, 2, "met four times;"),
        ("list_item", None, 3, "including one joint meeting;"),
        ("list_item", None, 2, "agreed a plan."),
    ]


def test_encodings_bom_crlf_cp1252():
    text = "Summary\r\n\r\nThe Board\u2019s budget is \u00a3125 million.\r\n"
    for data in (
        text.encode("utf-8-sig"),
        text.encode("cp1252"),
        text.encode("utf-16"),
    ):
        d = read_txt(data)
        assert d["blocks"][-1]["text"] == "The Board\u2019s budget is \u00a3125 million."


@pytest.mark.parametrize(
    "data, message",
    [
        (b"\x00\x01\x02\x03binary\x00\xff" * 50, "not text"),
        (b"   \n\n\t  ", "empty"),
        (bytes(range(256)) * 4, "not text"),
    ],
)
def test_bad_input_is_a_one_line_read_error(data, message):
    with pytest.raises(ReadError) as e:
        txt.read(data, Limits())
    assert message in str(e.value) and "\n" not in str(e.value)


def test_sniff():
    assert txt.sniff(b"Plain text\nwith lines\n")
    assert not txt.sniff(b"%PDF-1.7\n\x00\x01\x02\x03")
    assert markdown.sniff(b"# Title\n\nSome text\n")
    assert markdown.sniff(b"| a | b |\n|---|---|\n| 1 | 2 |\n")
    assert not markdown.sniff(b"Summary\n\nThis report sets out the plan.\n")


def test_pathological_input_is_fast():
    limits = Limits()
    for data in (
        b"a" * 200_000,
        b"**" * 50_000,
        b"- " * 50_000,
        ("1. " * 20_000).encode(),
        b"\n" * 100_000,
        b"\t\xc2\xb7 x\n" * 4_000,
        b"<u>" * 20_000,
    ):
        start = time.monotonic()
        for reader in (txt, markdown):
            try:
                reader.read(data, limits)
            except ReadError:
                pass
        assert time.monotonic() - start < 3, data[:20]


def test_markdown_structure():
    d = markdown.read(
        b"# Annual Report\n\n## 1. Purpose\n\n1. The Board **notes** the [report](http://x).\n"
        b"2. It agrees the plan.\n   - with <u>changes</u>\n\n### Detail\n\n| A | B |\n|---|---|\n| x<br>y | z |\n",
        Limits(),
    ).to_dict()
    assert d["meta"]["title"] == "Annual Report"
    assert d["blocks"] == [
        {"type": "heading", "level": 1, "text": "Annual Report"},
        {"type": "heading", "level": 2, "text": "Purpose"},
        {"type": "paragraph", "number": "1", "text": "The Board notes the report."},
        {"type": "paragraph", "number": "2", "text": "It agrees the plan."},
        {"type": "list_item", "number": None, "depth": 2, "text": "with changes"},
        {"type": "heading", "level": 3, "text": "Detail"},
        {"type": "table", "header": ["A", "B"], "rows": [["x\ny", "z"]]},
    ]


# -- properties ----------------------------------------------------------------------------------

FAST = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=3000))
def test_random_bytes_raise_only_read_error(data):
    for reader in (txt, markdown):
        try:
            reader.read(data, Limits())
        except ReadError as e:
            assert "\n" not in str(e)


@FAST
@given(st.text(max_size=2000))
def test_random_text_raises_only_read_error(text):
    for reader in (txt, markdown):
        try:
            reader.read(text.encode("utf-8"), Limits())
        except ReadError:
            pass


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10)


@FAST
@given(st.lists(st.lists(WORD, min_size=12, max_size=30), min_size=1, max_size=5))
def test_every_word_of_plain_prose_is_kept(paragraphs):
    # Sentences (lower-case start after the first word, final full stop) in paragraphs.
    text = "\n\n".join(" ".join([p[0].capitalize()] + p[1:]) + "." for p in paragraphs)
    for reader in (txt, markdown):
        d = reader.read(text.encode(), Limits()).to_dict()
        got = " ".join(b["text"] for b in d["blocks"]).lower().replace(".", "").split()
        assert got == text.lower().replace(".", "").split()
