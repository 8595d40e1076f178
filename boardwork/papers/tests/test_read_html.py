"""HTML reader: golden files, the reference parses, lists, tables, page chrome, bad input."""

from __future__ import annotations

import json
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boardwork.papers.readers import Limits, ReadError, detect_format, html
from boardwork.papers.tests.golden import DATA, check_golden
from boardwork.papers.tests.test_read_text import SAMPLES, assert_matches_reference

PAPERS = DATA / "papers"


def read(markup: str) -> dict:
    return html.read(markup.encode("utf-8"), Limits()).to_dict()


@pytest.mark.parametrize("path", sorted(PAPERS.glob("*.html")), ids=lambda p: p.name)
def test_golden(path):
    from boardwork.papers.readers import read_bytes

    check_golden(path.name, read_bytes(path.read_bytes(), path.name).to_dict())


@pytest.mark.parametrize("name", SAMPLES)
def test_html_renditions_match_reference(name):
    got = html.read((PAPERS / f"{name}.html").read_bytes(), Limits()).to_dict()
    ref = json.loads((DATA / "corpus" / f"{name}.paper.json").read_text(encoding="utf-8"))
    assert_matches_reference(got, ref)
    assert got["blocks"] == ref["blocks"]


def test_sniff_and_detect():
    assert html.sniff(b"<!DOCTYPE html><html><body><p>x</p></body></html>")
    assert html.sniff(b"\xef\xbb\xbf<html lang='en'>")
    assert html.sniff(b"<div><p>One</p><p>Two</p><table></table></div>")
    assert not html.sniff(b"Summary\n\nThe <b>Board</b> met.")
    assert detect_format(b"<!doctype html><title>x</title>", "x.txt") == "html"


def test_headings_lists_and_numbers():
    d = read(
        "<h1>Plan</h1><h2>Background</h2><h4>Detail</h4>"
        "<p>12. The Board met.</p>"
        '<ol start="3"><li>Third<ol type="a"><li>sub a</li><li value="4">sub d</li></ol></li><li>Fourth</ol>'
        '<ul><li>bullet<ul><li>nested</li></ul></li></ul><ol type="i"><li>one<li>two</ol>'
    )
    assert d["blocks"] == [
        {"type": "heading", "level": 1, "text": "Plan"},
        {"type": "heading", "level": 2, "text": "Background"},
        {"type": "heading", "level": 3, "text": "Detail"},
        {"type": "paragraph", "number": "12", "text": "The Board met."},
        {"type": "paragraph", "number": "3", "text": "Third"},
        {"type": "list_item", "number": "a", "depth": 2, "text": "sub a"},
        {"type": "list_item", "number": "d", "depth": 2, "text": "sub d"},
        {"type": "paragraph", "number": "4", "text": "Fourth"},
        {"type": "list_item", "number": None, "depth": 1, "text": "bullet"},
        {"type": "list_item", "number": None, "depth": 2, "text": "nested"},
        {"type": "list_item", "number": "i", "depth": 1, "text": "one"},
        {"type": "list_item", "number": "ii", "depth": 1, "text": "two"},
    ]


def test_tables_with_spans_breaks_and_lists():
    d = read(
        "<table><thead><tr><th>Area</th><th colspan=2>Plan</th></tr></thead>"
        "<tr><td rowspan=2>Safety</td><td>A<br>B</td><td><ul><li>x</li><li>y</li></ul></td></tr>"
        "<tr><td>C</td><td>D</td></tr>"
        "<tr><th>Area</th><th>Plan</th><th></th></tr></table>"
    )
    assert d["blocks"] == [
        {
            "type": "table",
            "header": ["Area", "Plan", ""],
            "rows": [["Safety", "A\nB", "x\ny"], ["", "C", "D"]],
        }
    ]


def test_page_chrome_is_ignored_and_entities_decoded():
    d = read(
        "<html><head><title>Budget &amp; Plan | Council</title><style>p{}</style></head><body>"
        '<div class="cookie-banner">We use cookies</div><nav>Home</nav>'
        '<header role="banner">Site name</header><script>var a="<p>x</p>";</script>'
        '<p aria-hidden="true">hidden</p><form><p>Search</p></form>'
        "<p>Fees &pound;5 &ndash; rising&nbsp;soon.</p><footer>Copyright</footer></body></html>"
    )
    assert d["meta"]["title"] == "Budget & Plan"
    assert d["blocks"] == [{"type": "paragraph", "number": None, "text": "Fees £5 – rising soon."}]


def test_cover_table_becomes_meta():
    d = read(
        "<table><tr><td>Report to:</td><td>Cabinet</td></tr><tr><td>Date:</td><td>8th September 2021</td></tr>"
        "<tr><td>Report author:</td><td>Jo Bloggs, Policy Officer</td></tr></table>"
        "<h1>Leisure Review</h1><p>Purpose of report</p><p>For decision</p>"
    )
    assert d["meta"]["body"] == "Cabinet" and d["meta"]["meeting_date"] == "2021-09-08"
    assert d["meta"]["contact"]["name"] == "Jo Bloggs" and d["meta"]["purpose"] == "For decision"
    assert d["blocks"][0] == {"type": "heading", "level": 1, "text": "Leisure Review"}
    assert not any(b["type"] == "table" for b in d["blocks"])


@pytest.mark.parametrize(
    "markup",
    [
        "<div>" * 10_000,
        "<table><tr><td>" * 4_000,
        "<ol><li>x" * 4_000,
        "<p>" + "a &amp; " * 20_000,
        "<" * 20_000,
    ],
)
def test_pathological_markup_is_fast(markup):
    # CPU time, so that a busy machine does not fail the test; at these sizes anything quadratic
    # in the nesting or the length takes many seconds, a linear pass a fraction of one.
    start = time.process_time()
    try:
        html.read(markup.encode(), Limits())
    except ReadError:
        pass
    assert time.process_time() - start < 1.5


@pytest.mark.parametrize("data", [b"<html></html>", b"<html><script>x</script></html>", b"\x00\x01<html>"])
def test_empty_or_binary_is_a_read_error(data):
    with pytest.raises(ReadError) as e:
        html.read(data, Limits())
    assert "\n" not in str(e.value)


FAST = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
TAGS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<li>",
        "<ol start=x type=q>",
        "</ol>",
        "<ul>",
        "<table>",
        "<tr>",
        "<td colspan=999>",
        "<th rowspan=-3>",
        "</td>",
        "</table>",
        "<br>",
        "<h1>",
        "</h2>",
        "<script>",
        "</script>",
        "<!--",
        "-->",
        "<![CDATA[",
        "&#xffffff;",
        "&amp",
        "<div aria-hidden=true>",
        "</div>",
        "<",
    ]
)


@FAST
@given(st.lists(st.one_of(TAGS, st.text(max_size=20)), max_size=80))
def test_random_markup_raises_only_read_error(parts):
    try:
        html.read(("<html>" + "".join(parts)).encode("utf-8", "surrogatepass"), Limits())
    except ReadError as e:
        assert "\n" not in str(e)
    except UnicodeEncodeError:
        pass


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes_raise_only_read_error(data):
    try:
        html.read(data, Limits())
    except ReadError:
        pass


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10)


@FAST
@given(st.lists(st.lists(WORD, min_size=5, max_size=20), min_size=1, max_size=5))
def test_every_word_of_plain_prose_is_kept(paragraphs):
    markup = "<html><body>" + "".join("<p>" + " ".join(p) + ".</p>" for p in paragraphs) + "</body></html>"
    d = read(markup)
    got = " ".join(b["text"] for b in d["blocks"]).replace(".", "").split()
    assert got == [w for p in paragraphs for w in p]


def test_running_line_with_body_date_and_item_becomes_meta():
    d = read(
        "<p class='meta'>Westdale Police and Crime Panel \u2013 9 May 2023 \u2013 Agenda item 12</p>"
        "<h1>Complaints Review</h1><p>The Panel reviewed complaints.</p>"
    )
    assert (d["meta"]["body"], d["meta"]["meeting_date"], d["meta"]["item"]) == (
        "Westdale Police and Crime Panel",
        "2023-05-09",
        "12",
    )
    assert d["blocks"] == [
        {"type": "heading", "level": 1, "text": "Complaints Review"},
        {"type": "paragraph", "number": None, "text": "The Panel reviewed complaints."},
    ]


def test_dublin_core_metadata_fills_what_the_text_does_not_state():
    page = (
        "<html><head><title>Agenda item | Northvale Council</title>"
        '<meta name="DC.title" content="Parking Strategy Review">'
        '<meta name="DC.date" content="8 February 2024"><meta name="DCTERMS.audience" content="Cabinet">'
        '<meta name="dc.identifier" content="Agenda item 6"><meta name="DC.creator" content="Northvale Council">'
        "</head><body><main><h2>Summary</h2><p>Charges rise in April.</p></main></body></html>"
    )
    d = read(page)
    assert d["meta"]["title"] == "Parking Strategy Review"  # no <h1>: DC.title before <title>
    assert (d["meta"]["body"], d["meta"]["meeting_date"], d["meta"]["item"]) == ("Cabinet", "2024-02-08", "6")
    assert d["blocks"] == [
        {"type": "heading", "level": 2, "text": "Summary"},
        {"type": "paragraph", "number": None, "text": "Charges rise in April."},
    ]
    # The text wins; page dates, audiences that are not a board and other identifiers are not used.
    d = read(
        '<head><meta name="DC.date.modified" content="2024-03-01"><meta name="DC.audience" content="Residents">'
        '<meta name="DC.identifier" content="REP/2023/114"><meta name="DC.title" content="Page title"></head>'
        "<body><p>Report to: Audit Committee</p><h1>Internal Audit Plan</h1><p>The plan is set out.</p></body>"
    )
    assert d["meta"]["title"] == "Internal Audit Plan" and d["meta"]["body"] == "Audit Committee"
    assert d["meta"]["meeting_date"] is None and d["meta"]["item"] is None
