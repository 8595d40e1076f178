"""Plain-text and Markdown readers: golden files, the reference parses, edge cases, properties."""

from __future__ import annotations

import json
import re
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from boardwork.papers.readers import Limits, ReadError, markdown, read_bytes, txt
from boardwork.papers.tests import golden
from boardwork.papers.tests.golden import DATA, check_golden
from boardwork.papers.tests.plaintext import headings as _headings
from boardwork.papers.tests.plaintext import read_txt

CORPUS = DATA / "corpus"
PAPERS = DATA / "papers"
SAMPLES = ["lga-scb-end-of-year-2009", "lga-sscb-end-of-year-2020-21"]


def parse(path):
    return read_bytes(path.read_bytes(), path.name)


def test_regenerating_a_golden_file_rewrites_it_and_fails(tmp_path, monkeypatch):
    # BOARDWORK_REGENERATE_GOLDEN=1 rewrites the expected files; such a run must never pass.
    monkeypatch.setattr(golden, "GOLDEN", tmp_path)
    monkeypatch.setattr(golden, "ROOT", tmp_path.parent)
    monkeypatch.setenv("BOARDWORK_REGENERATE_GOLDEN", "1")
    with pytest.raises(AssertionError, match="rewrote"):
        check_golden("x.txt", {"schema": "boardwork.paper/1", "blocks": []})
    assert json.loads((tmp_path / "x.txt.paper.json").read_text())["blocks"] == []
    monkeypatch.delenv("BOARDWORK_REGENERATE_GOLDEN")
    check_golden("x.txt", {"schema": "boardwork.paper/1", "blocks": []})  # now it checks, and passes
    with pytest.raises(AssertionError, match="parses differently"):
        check_golden("x.txt", {"schema": "boardwork.paper/1", "blocks": [{"type": "paragraph"}]})


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
        b"a" * 50_000,
        b"**" * 12_000,
        b"- " * 12_000,
        ("1. " * 5_000).encode(),
        b"\n" * 25_000,
        b"\t\xc2\xb7 x\n" * 1_500,
        b"<u>" * 5_000,
        # Column-like runs of spaces on every line: the space-table scan must not restart per line.
        b"ab   cd   ef\n" * 3_000,
        b"1.   ab cd\nab   cd\n" * 1_500,
    ):
        # CPU time, so that a busy machine does not fail the test; quadratic work at these sizes
        # takes many seconds.
        start = time.process_time()
        for reader in (txt, markdown):
            try:
                reader.read(data, limits)
            except ReadError:
                pass
        assert time.process_time() - start < 1.5, data[:20]


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

FAST = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=1500))
def test_random_bytes_raise_only_read_error(data):
    for reader in (txt, markdown):
        try:
            reader.read(data, Limits())
        except ReadError as e:
            assert "\n" not in str(e)


@FAST
@given(st.text(max_size=1000))
def test_random_text_raises_only_read_error(text):
    for reader in (txt, markdown):
        try:
            reader.read(text.encode("utf-8"), Limits())
        except ReadError:
            pass


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=10)


@FAST
@given(st.lists(st.lists(WORD, min_size=12, max_size=24), min_size=1, max_size=4))
def test_every_word_of_plain_prose_is_kept(paragraphs):
    # Sentences (lower-case start after the first word, final full stop) in paragraphs.
    text = "\n\n".join(" ".join([p[0].capitalize()] + p[1:]) + "." for p in paragraphs)
    for reader in (txt, markdown):
        d = reader.read(text.encode(), Limits()).to_dict()
        got = " ".join(b["text"] for b in d["blocks"]).lower().replace(".", "").split()
        assert got == text.lower().replace(".", "").split()


# -- pdftotext -layout copies: columns of spaces, wrapped titles and values, running headers -------

LAYOUT_PAPER = (
    "Westmoor Police and Crime Panel – 4 March 2024\n\n"
    "                                                  Agenda Item 5\n\n"
    "Review of the Victims Commissioning\n"
    "Framework 2024/25\n"
    "Introduction\n\n"
    "1.   The Panel asked for a review of the services commissioned for\n"
    "     victims of crime across the county.\n\n"
    "2.   The commissioned services are:\n\n"
    "Service              Provider               Value\n"
    "Independent          Eastvale Support       £120,000\n"
    "advocacy             Trust\n"
    "                     Northgate Women's\n"
    "                     Aid\n"
    "Restorative          Westmoor Restorative   £45,000\n"
    "justice              Hub, Moor-\n"
    "                     side office\n"
    "\n\n                                - 1 -\n\f"
    "Westmoor Police and Crime Panel – 4 March 2024\n\n\n"
    "                     Hate Crime Line\n"
    "Young victims        Moorland Youth Trust   £30,000\n"
    "Next steps\n\n"
    "3.   The Commissioner will report again in the autumn, once the new\n"
    "     contracts have been let.\n\n"
    "Contact officer: Priya Shah, Commissioning Lead\n\n"
    "Telephone: 01632 960555 Email: priya.shah@westmoor-\n"
    "pcc.gov.uk\n\n\n"
    "                                Page 2 of 2\n"
)


def test_layout_copy_meta_from_dashed_running_header_wrapped_title_and_email():
    d = read_txt(LAYOUT_PAPER)
    assert d["meta"]["title"] == "Review of the Victims Commissioning Framework 2024/25"
    assert (d["meta"]["body"], d["meta"]["meeting_date"], d["meta"]["item"]) == (
        "Westmoor Police and Crime Panel",
        "2024-03-04",
        "5",
    )
    assert d["meta"]["contact"]["email"] == "priya.shah@westmoor-pcc.gov.uk"
    assert d["blocks"][0] == {
        "type": "heading",
        "level": 1,
        "text": "Review of the Victims Commissioning Framework 2024/25",
    }
    assert d["blocks"][1]["text"] == "Introduction"
    texts = " ".join(b.get("text", "") for b in d["blocks"])
    # Centred page furniture, the running header and the e-mail's tail are not body text.
    for gone in ("- 1 -", "Page 2", "4 March 2024", "pcc.gov.uk"):
        assert gone not in texts


def test_layout_copy_table_in_columns_of_spaces():
    d = read_txt(LAYOUT_PAPER)
    tables = [b for b in d["blocks"] if b["type"] == "table"]
    assert tables == [
        {
            "type": "table",
            "header": ["Service", "Provider", "Value"],
            "rows": [
                # Cell lines wrapped in the column are joined; a line that stopped short of the
                # column width ends a paragraph inside the cell; "Moor-" / "side" keeps its hyphen;
                # the cell carries on over the page break; "Young victims" starts a new row.
                ["Independent advocacy", "Eastvale Support Trust\nNorthgate Women's Aid", "£120,000"],
                [
                    "Restorative justice",
                    "Westmoor Restorative Hub, Moor-side office\nHate Crime Line",
                    "£45,000",
                ],
                ["Young victims", "Moorland Youth Trust", "£30,000"],
            ],
        }
    ]
    # The heading straight after the table is a heading, not a one-cell row.
    k = d["blocks"].index(tables[0])
    assert d["blocks"][k + 1] == {"type": "heading", "level": 2, "text": "Next steps"}
    assert d["blocks"][k + 2]["number"] == "3"


def test_layout_table_with_rows_separated_by_blank_lines():
    d = read_txt(
        "Risks\n\n"
        "Risk                      Mitigation                 Owner\n\n"
        "Loss Of Key Operational   Succession plans agreed    Chief Officer\n"
        "Staff                     for each service\n\n"
        "Budget Pressure           Monthly monitoring         Treasurer\n\n"
        "Conclusion\n\n"
        "The risks are managed.\n"
    )
    assert d["blocks"] == [
        {"type": "heading", "level": 2, "text": "Risks"},
        {
            "type": "table",
            "header": ["Risk", "Mitigation", "Owner"],
            # Blank lines separate the rows, so "Staff" (a capital) still continues its cell.
            "rows": [
                [
                    "Loss Of Key Operational Staff",
                    "Succession plans agreed for each service",
                    "Chief Officer",
                ],
                ["Budget Pressure", "Monthly monitoring", "Treasurer"],
            ],
        },
        {"type": "heading", "level": 2, "text": "Conclusion"},
        {"type": "paragraph", "number": None, "text": "The risks are managed."},
    ]


def test_hanging_indents_indented_and_justified_prose_are_not_tables():
    d = read_txt(
        "Background\n\n"
        "1.   The Committee agreed its work programme in June and asked officers\n"
        "     to report on the outcomes achieved by the partnership each year.\n\n"
        "2.   Officers have met   the partners   twice to agree the measures.\n\n"
        "     Indented prose continues here with several words in a row and\n"
        "     still more words on the next line of the paragraph as written.\n\n"
        "\u2022    the first bullet point in the list of matters to note;\n\n"
        "\u2022    the second bullet point in the list.\n\n"
        "The  Council  has  agreed  to  fund  the  scheme  for  two  more  years\n"
        "and  the  partners  will  contribute  towards  the  running  costs  of\n"
        "the scheme.\n"
    )
    assert not any(b["type"] == "table" for b in d["blocks"])
    assert [(b["type"], b.get("number")) for b in d["blocks"]] == [
        ("heading", None),
        ("paragraph", "1"),
        ("paragraph", "2"),
        ("paragraph", None),
        ("list_item", None),
        ("list_item", None),
        ("paragraph", None),
    ]
    assert d["blocks"][-1]["text"] == (
        "The Council has agreed to fund the scheme for two more years and the partners will "
        "contribute towards the running costs of the scheme."
    )


def test_cover_value_wrapped_in_its_column_and_title_heading_wrapped():
    d = read_txt(
        "Eastbridge Borough Council\n\n\n"
        "Report to:                 Licensing Committee\n\n"
        "Date of meeting:           14 November 2023\n\n"
        "Title:                     Street Trading Policy:\n"
        "                           Consultation Results\n\n"
        "Street Trading Policy: Consultation\n"
        "Results\n"
        "Summary\n\n"
        "1.   The consultation ran for eight weeks.\n\n"
        "Progress against the priorities agreed by\n"
        "the Committee in March\n\n"
        "2.   All priorities are on track.\n"
    )
    # "Report to:" names the body the paper is for, over the council's name above it.
    assert (d["meta"]["title"], d["meta"]["body"], d["meta"]["meeting_date"]) == (
        "Street Trading Policy: Consultation Results",
        "Licensing Committee",
        "2023-11-14",
    )
    assert [b["text"] for b in d["blocks"] if b["type"] == "heading"] == [
        "Street Trading Policy: Consultation Results",
        "Summary",
        "Progress against the priorities agreed by the Committee in March",
    ]
    assert not any("Eastbridge" in b.get("text", "") for b in d["blocks"])


def test_layout_table_whose_header_leaves_the_first_cell_empty():
    d = read_txt(
        "Budget\n\n"
        "                   2022/23      2023/24\n"
        "Income             £1,200       £1,350\n"
        "Spend              £1,100       £1,300\n\n"
        "The figures are unaudited.\n"
    )
    assert d["blocks"][1] == {
        "type": "table",
        "header": ["", "2022/23", "2023/24"],
        "rows": [["Income", "£1,200", "£1,350"], ["Spend", "£1,100", "£1,300"]],
    }
    assert d["blocks"][2]["text"] == "The figures are unaudited."


def test_lines_set_under_the_title_are_its_subtitle_not_headings():
    # Straight under the title, no blank line between: a subtitle and cover lines. A question is a
    # whole title, and a line in another case than a title in capitals is not its wrap.
    d = read_txt(
        "WHAT DID THE PANEL ACHIEVE IN 2019-20?\n"
        "A REVIEW OF THE PANEL'S YEAR\n\n"
        "SECTION 1 - OVERVIEW\n\n"
        "1. The Panel met six times in the year and held two of its meetings in\n"
        "public, in the towns of the county it had not visited before.\n\n"
        "2. It held two public sessions on the commissioner's plan and heard from\n"
        "residents and the chief constable.\n"
    )
    assert _headings(d) == ["WHAT DID THE PANEL ACHIEVE IN 2019-20?", "SECTION 1 - OVERVIEW"]
    d = read_txt(
        "COMMUNITY COHESION PLAN\n"
        "Northvale and Southmoor\n"
        "June 2019 to May 2022\n\n"
        "SUMMARY\n\n"
        "1. The plan sets out what the partners will do.\n\n"
        "2. It replaces the plan of 2016.\n"
    )
    assert _headings(d) == ["COMMUNITY COHESION PLAN", "SUMMARY"]
    assert d["meta"]["title"] == "COMMUNITY COHESION PLAN"
    # The period the plan covers is the cover's, not body text.
    assert not any("June 2019" in b.get("text", "") for b in d["blocks"])


def test_a_name_and_its_years_is_a_title():
    # Mostly figures, yet a title: one word and the years it covers.
    d = read_txt(
        "Northvale Community Safety Partnership\n\n"
        "Plan 2019/2022\n\n"
        "Foreword\n\n"
        "1. I am pleased to present the plan.\n\n"
        "2. It was agreed by all the partners.\n"
    )
    assert "Plan 2019/2022" in _headings(d)


def test_agenda_item_pages_give_the_item_title_and_minutes_datelines_the_date():
    # A bare "Agenda item" label stands over the item's title, even one that names a body.
    d = read_txt(
        "Northvale Scrutiny Board\n\n"
        "Agenda item\n\n"
        "Fire and Rescue Authority\n\n"
        "Minutes:\n\n"
        "The Board received an update from the Chief Fire Officer on the year's work\n"
        "and the plans for the next year, including the new stations.\n\n"
        "The Chief Fire Officer answered members' questions on the response times in\n"
        "the rural wards and the cost of the new stations.\n"
    )
    assert d["meta"]["title"] == "Fire and Rescue Authority"
    assert _headings(d)[0] == "Fire and Rescue Authority"
    # "Agenda item 7: <title>" wrapping onto a second line; a "Cabinet - <date>" dateline.
    d = read_txt(
        "Southmoor Borough Council\n\n"
        "Cabinet - 12 March 2024\n\n"
        "Agenda item 7: Annual Report on the Corporate Plan and the Delivery Plan\n"
        "Progress for 2023-2024\n\n"
        "1.   Cabinet received the final report on the year's delivery plan and the\n"
        "     measures of the corporate plan for 2023-24.\n\n"
        "2.   Most of the committed activities had been completed on time.\n"
    )
    title = "Annual Report on the Corporate Plan and the Delivery Plan Progress for 2023-2024"
    assert (d["meta"]["title"], d["meta"]["item"], d["meta"]["meeting_date"]) == (title, "7", "2024-03-12")
    assert _headings(d) == [title]
    # A dateline with the meeting's time and place is the meeting's date, not the title.
    d = read_txt(
        "Northvale Community Planning Partnership\n"
        "Thursday, 3 October 2024, 10:00 am, online\n\n"
        "Minutes\n\n"
        "1.  Welcome and Apologies\n\n"
        "The chair welcomed everyone attending and apologies were noted from two of\n"
        "the partners, who had sent deputies.\n\n"
        "2.  Approval of Last Minutes\n\n"
        "The minutes of the meeting in June were approved as a true record of it.\n"
    )
    assert d["meta"]["meeting_date"] == "2024-10-03"
    assert _headings(d) == ["Minutes", "Welcome and Apologies", "Approval of Last Minutes"]


def test_a_label_run_into_its_text_is_a_paragraph_a_label_in_capitals_a_heading():
    text = (
        "Northvale Police and Crime Panel\n\n"
        "Minutes\n\n"
        "Witnesses:\n"
        "Jo Bloggs, Police and Crime Commissioner (PCC)\n"
        "Sam Smith, Chief Executive of the Office of the Commissioner\n\n"
        "PRESENT:\n"
        "Councillors A Brown (Chair), B Green, C White and D Black of the Panel\n\n"
        "1. The Chairman outlined the purpose of the report and the Commissioner took\n"
        "   questions from the members of the Panel on the year's work.\n"
    )
    d = read_txt(text)
    assert "Witnesses" not in _headings(d)
    assert "PRESENT" in _headings(d)
    assert any(b["text"].startswith("Witnesses: Jo Bloggs") for b in d["blocks"] if b["type"] == "paragraph")


def test_a_title_wrapped_after_report_of_is_one_heading_whatever_its_last_line_names():
    # "Assistant Chief Executive" ends in a body word, yet it ends the wrapped title; dashes
    # between the title's parts are not words.
    d = read_txt(
        "Police and Crime Panel\n\n"
        "Agenda item 6\n\n"
        "Task and Finish Group Activity - Work Programme Development - Report of\n"
        "Assistant Chief Executive\n\n"
        "1   The Panel considered a report of the Assistant Chief Executive setting out\n"
        "    the findings of its task and finish group and its proposals.\n\n"
        "2   Over the autumn the task and finish group met the Office of the Police and\n"
        "    Crime Commissioner and reviewed how other panels organise their scrutiny.\n"
    )
    title = (
        "Task and Finish Group Activity - Work Programme Development - Report of Assistant Chief Executive"
    )
    assert d["meta"]["title"] == title
    assert _headings(d) == [title]


def test_agenda_items_of_one_word_and_a_body_report_cover_line():
    d = read_txt(
        "Northvale Fire and Rescue Authority\n\n"
        "Agenda\n\n"
        "01  Apologies for Absence\n\n"
        "02  Minutes\n\n"
        "Members are asked to agree the minutes of the meeting held on 4 March 2016\n"
        "and that they be signed by the Chair as a correct record of it.\n\n"
        "03  Public Questions\n\n"
        "Members are asked to receive any questions or petitions of which notice has\n"
        "been given by members of the public under the procedure rules.\n"
    )
    assert "Minutes" in _headings(d) and "02 Minutes" not in _headings(d)
    d = read_txt(
        "COUNCIL REPORT\n\n"
        "12 May 2015\n\n"
        "Subject: Annual Review of the Community Safety Partnership\n\n"
        "1.  PURPOSE OF REPORT\n\n"
        "1.1 To give members the partnership's annual review for the year 2014/15 and\n"
        "    to ask them to comment on it.\n"
    )
    assert d["meta"]["body"] == "Council"
    assert "COUNCIL REPORT" not in _headings(d)


def test_agenda_items_titled_report_of_are_headings_and_a_report_reference_is_not():
    d = read_txt(
        "Southmoor District Council\n\n"
        "CABINET AGENDA\n\n"
        "AGENDA\n\n"
        "1    Apologies for Absence.\n\n"
        "2    Keeping Southmoor Safe 2019/20 - Report of the Director of Communities\n"
        "     and Housing\n\n"
        "     Summary\n\n"
        "     This report tells Members about the work of the community safety\n"
        "     partnership in the year and asks them which areas to look into.\n\n"
        "Community Safety Review\n\n"
        "Report Reference CAB204\n\n"
        "The Cabinet Member introduced the report and gave an overview of the\n"
        "partnership's priorities and of its work in the year.\n"
    )
    assert "Keeping Southmoor Safe 2019/20 - Report of the Director of Communities and Housing" in _headings(
        d
    )
    assert "Report Reference CAB204" not in _headings(d)
    assert "Community Safety Review" in _headings(d)


def test_an_issue_page_gives_its_title_item_and_meeting():
    # A council web page of an issue: a page label, the title, the meeting with the item in
    # brackets, then the title again with the item's number.
    d = read_txt(
        "Issue - meetings\n\n"
        "Northvale Safer Communities Partnership Annual Report\n\n"
        "Meeting: 05/12/2023 - Overview and Scrutiny Board (Item 31)\n\n"
        "31 Northvale Safer Communities Partnership Annual Report\n\n"
        "This paper sets out what the partnership and its member agencies have\n"
        "delivered in the year, and updates the Board on progress since its last\n"
        "report to the Board in December of last year, as the scrutiny of crime\n"
        "and disorder requires.\n"
    )
    title = "Northvale Safer Communities Partnership Annual Report"
    assert (d["meta"]["title"], d["meta"]["body"], d["meta"]["meeting_date"], d["meta"]["item"]) == (
        title,
        "Overview and Scrutiny Board",
        "2023-12-05",
        "31",
    )
    assert _headings(d) == [title, title]


def test_an_agenda_page_with_items_numbered_with_one_space():
    # A fire authority's agenda as a web page: the meeting's date, time and place as labelled
    # rows, then items "01 Apologies for Absence" (one space), a status line closing an item.
    d = read_txt(
        "14 March 2024\n\n"
        "Date:\n\nThursday, 14 March, 2024\n\n"
        "Time:\n\n10:30\n\n"
        "Location:\n\nService Headquarters, Eastbridge\n\n"
        "01 Apologies for Absence\n"
        "02 Welcome to New Members\n\n"
        "The Authority will welcome Councillor Ann Reed from Westvale Council.\n\n"
        "03 Minutes\n\n"
        "Members are asked to agree the minutes of the meeting held on 1 February\n"
        "2024 and that they be signed by the Chair as a correct record.\n\n"
        "For decision\n"
        "04 Prevention Strategy Update\n\n"
        "This report sets out progress against the prevention strategy this year.\n"
    )
    assert _headings(d) == [
        "Apologies for Absence",
        "Welcome to New Members",
        "Minutes",
        "Prevention Strategy Update",
    ]
    assert d["meta"]["meeting_date"] == "2024-03-14"
    body = " ".join(b.get("text", "") for b in d["blocks"])
    assert "10:30" not in body and "Service Headquarters" not in body
    assert {"type": "paragraph", "number": None, "text": "For decision"} in d["blocks"]


def test_a_minutes_page_with_item_numbers_on_lines_of_their_own():
    # A council's "Agenda and minutes" web page: the meeting line with its time, the venue and
    # contact rows, the table's "Items" head, and each item's number on a line of its own.
    d = read_txt(
        "Agenda and minutes\n\n"
        "Safer Communities Board - Tuesday, 4 June 2019 2.00 pm\n\n"
        "Venue: Committee Room 1, Town Hall.\n\n"
        "Contact: Jo Bloggs  01234 567890\n\n"
        "Items\n\n"
        "1.\n\nApologies for Absence\n\nMinutes:\n\n"
        "Apologies were received from Councillor Smith.\n\n"
        "2.\n\nCommunity Safety Update\n\nMinutes:\n\n"
        "The Board received an update on the work of the partnership over the year.\n"
    )
    # (The site's "Agenda and minutes" over the page is its label, not the title: NOTES 161.)
    assert _headings(d) == [
        "Apologies for Absence",
        "Minutes",
        "Community Safety Update",
        "Minutes",
    ]
    m = d["meta"]
    assert (m["body"], m["meeting_date"], m["contact"]["name"]) == (
        "Safer Communities Board",
        "2019-06-04",
        "Jo Bloggs",
    )


def test_a_meeting_pages_note_on_the_meeting_is_no_title():
    # The page's note under its date and place ("Note: Outside Body / Meeting") is furniture: the
    # page has no title of its own line, and the note is not taken for one.
    d = read_txt(
        "Agenda and minutes\n\n"
        "Westmoor Community Safety Partnership\n"
        "Monday, 12th June, 2017 1.30 pm\n\n"
        "Venue: Westmoor Police Station, High Street\n\n"
        "Contact: Jo Bloggs  Email:\n\n"
        "Note: Outside Body / Meeting\n\n"
        "No. Item\n\n\n"
        "Apologies for Absence\n\n"
        "Apologies were received from Councillor Smith.\n"
    )
    assert not (d["meta"]["title"] or "").startswith("Note")
    assert d["meta"]["meeting_date"] == "2017-06-12"
    special = read_txt(
        "Westmoor Police and Crime Panel\n\nNote: Special meeting\n\n"
        "Apologies for Absence\n\nApologies were received from Councillor Smith.\n"
    )
    assert special["meta"]["title"] != "Note: Special meeting"
    # Guard: a title that opens with a word like it stays ("Notes of the Safer Northby Board").
    notes = read_txt("Notes of the Safer Northby Board\n\nThe Board met on 3 May 2019 at the Town Hall.\n")
    assert notes["meta"]["title"] == "Notes of the Safer Northby Board"


def test_a_decision_record_page():
    # A decision record: the page label, the title, the record's own rows (none of them body),
    # sentence-case section labels, and a column label over another label.
    d = read_txt(
        "Decision details\n\n"
        "Adoption of the Northvale Safer Streets Plan 2021-22\n\n"
        "Decision Maker: Cabinet\n\n"
        "Decision status: Recommendations Approved\n\n"
        "Is Key decision?: Yes\n\n"
        "Is subject to call in?: No\n\n"
        "Reasons for the decision:\n\n"
        "The plan is a statutory duty and sets the partnership's priorities for the year.\n\n"
        "Alternative options considered:\n\n"
        "None, as the plan is required by law.\n\n"
        "Decision number:\n\n"
        "Decision:\n\n"
        "To approve the plan and recommend it to Council.\n\n"
        "Publication date: 12/07/2021\n\n"
        "Made at meeting: 12/07/2021 - Cabinet\n"
    )
    assert _headings(d) == [
        "Adoption of the Northvale Safer Streets Plan 2021-22",
        "Reasons for the decision",
        "Alternative options considered",
        "Decision",
    ]
    assert (d["meta"]["title"], d["meta"]["body"], d["meta"]["meeting_date"]) == (
        "Adoption of the Northvale Safer Streets Plan 2021-22",
        "Cabinet",
        "2021-07-12",
    )
    body = " ".join(b.get("text", "") for b in d["blocks"])
    assert "Recommendations Approved" not in body and "call in" not in body


def test_page_labels_over_an_item_and_an_issue_page_item_named_by_the_meeting():
    # The site's page title "… - Agenda item" over the page's own "Agenda item" label; and an issue
    # page whose item (named "(Item 9)" by the meeting line) has a title of its own.
    d = read_txt(
        "Agendas, Meetings and Minutes - Agenda item\n\n"
        "Agenda item\n\n"
        "Draft Annual Report of the Police and Crime Commissioner\n\n"
        "Minutes:\n\n"
        "The Panel considered the Commissioner's draft annual report for the year.\n"
    )
    assert d["meta"]["title"] == "Draft Annual Report of the Police and Crime Commissioner"
    assert _headings(d) == ["Draft Annual Report of the Police and Crime Commissioner", "Minutes"]
    d = read_txt(
        "Issue - decisions\n\n"
        "Community Safety Plan - Action Plan\n\n"
        "Meeting: 13/01/2015 - Cabinet (Item 9)\n\n"
        "9 Refreshed Community Safety Partnership Action Plan\n\n"
        "This report gave information on the partnership's work over the year and\n"
        "the proposed action plan for the next one, as the law requires of it.\n"
    )
    assert d["meta"]["title"] == "Community Safety Plan - Action Plan"
    assert _headings(d) == [
        "Community Safety Plan - Action Plan",
        "Refreshed Community Safety Partnership Action Plan",
    ]


def test_a_meeting_page_gives_the_meeting_not_a_title():
    # A fire authority's meeting page: the label, the meeting's name and its date with its hours.
    d = read_txt(
        "Meeting Details\n\n"
        "Full Authority\n"
        "30 May 2018 - 10:00 to 11:30\n\n"
        "Agenda Items\n"
        "1 Election of Chairman\n"
        "To elect a Chairman of the Authority.\n\n"
        "2 Chairman's Announcements\n"
        "To update Members on recent activities.\n"
    )
    assert (d["meta"]["body"], d["meta"]["meeting_date"], d["meta"]["item"]) == (
        "Full Authority",
        "2018-05-30",
        None,
    )
    assert _headings(d)[-2:] == ["Election of Chairman", "Chairman's Announcements"]
    assert "Full Authority" not in " ".join(_headings(d))


def test_a_members_list_and_cover_lines_under_a_title_are_not_headings():
    d = read_txt(
        "London Councils\n\n"
        "Minutes of the meeting of the Leaders' Committee held on 10 June 2008\n\n"
        "Present:\n\n"
        "BARNET Cllr Ann Green\n"
        "BEXLEY Cllr Tom Brown\n"
        "HACKNEY Mayor Sam Black\n\n"
        "1. Declarations of interest\n\n"
        "None were made.\n\n"
        "2. Mayor of London\n\n"
        "The Chairman welcomed the Mayor of London and the Deputy Mayor to the meeting, and\n"
        "Mayor, Mr Ian Clement. The Chairman looked forward to all parties working together\n"
        "positively in the coming years.\n"
    )
    assert d["meta"]["body"] == "London Councils"
    heads = _headings(d)
    assert not any("Cllr" in h or "Mayor Sam" in h for h in heads)
    assert "Declarations of interest" in heads and "London Councils" not in heads
    assert not any(h.startswith("The Chairman") for h in heads)
    d = read_txt(
        "STRATEGIC ASSESSMENT 2019/20\n\n"
        "Version 1.3 FINAL, October 2019\n\n"
        "Northvale Community Safety Analysis Team\n\n"
        "Acknowledgements\n\n"
        "The assessment was prepared by the analysis team with support from the\n"
        "partnership's officers and thematic leads across the county.\n"
    )
    assert _headings(d) == ["STRATEGIC ASSESSMENT 2019/20", "Acknowledgements"]


def test_a_forward_plan_page_breadcrumbs_and_record_rows():
    # A web page's site section and breadcrumb trail are navigation; a record's "Label: value" rows
    # set one under another are rows, not headings; a forward plan's own rows are cover lines.
    d = read_txt(
        "Council and democracy\n"
        "Home > Council and Democracy > Issue\n"
        "Members are asked to comment on the draft community safety priorities for next year.\n"
        "Decision type: Non-key\n"
        "Decision due: 17 Mar 2014 by Leader of the Council\n"
        "Lead director: Director of Communities\n"
        "Wards affected: (All Wards);\n"
        "Background Information: The partnership's plan ends in March and a new one has been drafted.\n"
    )
    assert _headings(d) == []
    texts = [b["text"] for b in d["blocks"]]
    assert not any(
        "Council and Democracy" in t or "Decision type" in t or "Lead director" in t for t in texts
    )
    assert texts[-1].startswith("Background Information:")


def test_a_minutes_label_heads_the_minute_even_with_no_blank_line():
    d = read_txt(
        "78 Community Safety Action Plan\n"
        "To consider a report from the Corporate Manager on the partnership's action plan and to ask Members"
        " to accept its priorities\n"
        "Minutes:\n"
        "The Group had before it, and NOTED, a report on the partnership's priorities for the year.\n"
    )
    assert _headings(d) == ["Community Safety Action Plan", "Minutes"]
    assert d["meta"]["item"] == "78"


def test_an_annual_report_cover_its_year_and_a_newsletter_cover():
    # The title set over its year ("Annual Report" / "2014/15": not a page number) is one title;
    # a newsletter's issue number and month under its name are cover lines, not headings.
    d = read_txt(
        "Northshire Police and Crime Commissioner\n\n"
        "Annual Report\n"
        "2014/15\n\n"
        "Foreword\n\n"
        "Welcome to my annual report. Over the year we have worked with partners across the county\n"
        "to keep people safe, and this report sets out what we have done.\n"
    )
    assert (d["meta"]["title"], d["meta"]["body"]) == (
        "Annual Report 2014/15",
        "Northshire Police and Crime Commissioner",
    )
    assert _headings(d) == ["Annual Report 2014/15", "Foreword"]
    d = read_txt(
        "Inside Northshire\n\n"
        "Issue 6\n"
        "October 2019\n\n"
        "President's welcome\n\n"
        "Welcome to the sixth issue of our newsletter for elected members, which sets out what\n"
        "the association has done for councils over the summer months.\n"
    )
    assert _headings(d) == ["Inside Northshire", "President's welcome"]


def test_council_minutes_title_and_who_attended():
    # "MINUTES of the meeting of … held … on <date> …." is the minutes' title and gives the date;
    # the members present are a paragraph, never the title; a short paper's wrapped sentence is one.
    d = read_txt(
        "NORTHSHIRE COUNTY BOROUGH COUNCIL\n\n"
        "MINUTES of the meeting of the Council held at the Civic Offices on Wednesday, 24 April 2024 at 5.00 pm.\n\n"
        "PRESENT: Councillor J Jones (Mayor) in the Chair\n\n"
        "Councillors: A Brown, C Green, D White\n\n"
        "1. WELSH LOCAL GOVERNMENT ASSOCIATION UPDATE\n\n"
        "The Leader gave Members an update on the work of the Welsh Local Government\n"
        "Association over the last quarter.\n"
    )
    m = d["meta"]
    assert (
        m["title"].startswith("MINUTES of the meeting of the Council") and m["meeting_date"] == "2024-04-24"
    )
    assert m["body"] == "Northshire County Borough Council"
    heads = _headings(d)
    assert heads[1:] == ["WELSH LOCAL GOVERNMENT ASSOCIATION UPDATE"]
    assert d["blocks"][-1]["text"].endswith("Welsh Local Government Association over the last quarter.")
    d = read_txt(
        "FIRE SERVICES MANAGEMENT COMMITTEE\n\nMINUTES OF THE MEETING HELD ON 20 JULY 2007\n\n1.  FLOODING\n\n"
        "The Committee discussed the summer's floods and the fire and rescue services' response to them.\n"
    )
    assert d["meta"]["meeting_date"] == "2007-07-20"
    assert d["meta"]["title"] == "MINUTES OF THE MEETING HELD ON 20 JULY 2007"


def test_the_documents_own_name_under_the_letterhead_is_the_title():
    # "MINUTES" (or "Agenda") set first under the letterhead is the title, not the first item, nor
    # a line of the members' names; a committee's line under its organisation names the body.
    d = read_txt(
        "Northshire Combined Fire Authority\n"
        "Planning Committee\n"
        "Monday, 21 November 2022, at 10.00 am in the Main Conference Room.\n\n"
        "MINUTES\n\n"
        "PRESENT:\n"
        "Councillors S Clarke (Chair), J Singleton (Vice-Chair), M Dad,\n"
        "J Hugo, F Jackson\n\n"
        "8/22   Apologies for Absence\n\n"
        "       Apologies were received from Councillor Tony Williams.\n"
    )
    assert (d["meta"]["title"], d["meta"]["body"], d["meta"]["meeting_date"]) == (
        "MINUTES",
        "Planning Committee",
        "2022-11-21",
    )


def test_a_title_set_over_two_lines_at_its_colon_and_a_dated_page_footer():
    d = read_txt(
        "Safer Streets Together:\n\n"
        "A guide for local partnerships\n\n"
        "3/10/16 Page 1 of 13\n\n"
        "Foreword\n\n"
        "Partnership working has been a key factor in the fall in crime over the last ten years,\n"
        "and this guide sets out what the best partnerships do.\n"
    )
    assert d["meta"]["title"] == "Safer Streets Together: A guide for local partnerships"
    assert _headings(d) == ["Safer Streets Together: A guide for local partnerships", "Foreword"]
    assert "Page 1 of 13" not in " ".join(b.get("text", "") for b in d["blocks"])


def _levels(d):
    return [(b["level"], b["text"]) for b in d["blocks"] if b["type"] == "heading"]


def test_an_agenda_packs_cover_gives_its_body_meeting_and_title():
    # An agenda pack: the pack's label, the board's name with its division in brackets, the meeting
    # with its place, the membership, who compiled it, then the letter-spaced "A G E N D A" and the
    # items numbered with a run of spaces and titled in capitals.
    d = read_txt(
        "Public Document Pack\n\n"
        "OVERVIEW PANEL (HOUSING AND NEIGHBOURHOODS)\n\n"
        "Meeting to be held in Town Hall, Eastbridge on Tuesday, 4th June, 2019 at 2.00 pm\n\n"
        "MEMBERSHIP\n\n"
        "Councillors\n\n"
        "R Dale (Chair) - Northgate; T Hill - Riverside; P Moss - Southfields;\n\n"
        "Agenda compiled by: Democratic Services, Town Hall, Eastbridge\n\n"
        "A G E N D A\n\n"
        "1   APOLOGIES FOR ABSENCE\n\n"
        "    To receive any apologies for absence from members of the Panel.\n\n"
        "2   DECLARATIONS OF INTEREST\n\n"
        "    To receive any declarations of interest in the items on this agenda.\n"
    )
    m = d["meta"]
    assert (m["title"], m["body"], m["meeting_date"]) == (
        "AGENDA",
        "Overview Panel (Housing and Neighbourhoods)",
        "2019-06-04",
    )
    assert _headings(d) == [
        "MEMBERSHIP",
        "Councillors",
        "AGENDA",
        "APOLOGIES FOR ABSENCE",
        "DECLARATIONS OF INTEREST",
    ]
    assert "Public Document Pack" not in " ".join(b.get("text", "") for b in d["blocks"])


def test_a_report_cover_with_its_item_in_the_corner_letterhead_group_and_forward_plan_row():
    d = read_txt(
        "                                                                      4c\n\n"
        "BOROUGH OF EASTBRIDGE\n\n"
        "HOUSING OVERVIEW GROUP\n\n"
        "12th March 2006\n\n"
        "ANTI-SOCIAL BEHAVIOUR STRATEGY PROGRESS REPORT\n\n"
        "PART OF PUBLISHED FORWARD PLAN: No\n\n"
        "1.  PURPOSE\n\n"
        "1.1 This report updates members on the anti-social behaviour strategy.\n\n"
        "2.  RECOMMENDATIONS\n\n"
        "2.1 Members are asked to note the report.\n"
    )
    m = d["meta"]
    assert (m["title"], m["body"], m["meeting_date"], m["item"]) == (
        "ANTI-SOCIAL BEHAVIOUR STRATEGY PROGRESS REPORT",
        "Housing Overview Group",
        "2006-03-12",
        "4c",
    )
    assert _headings(d) == ["ANTI-SOCIAL BEHAVIOUR STRATEGY PROGRESS REPORT", "PURPOSE", "RECOMMENDATIONS"]
    body = " ".join(b.get("text", "") for b in d["blocks"])
    assert "FORWARD PLAN" not in body and "4c" not in body


def test_a_ward_report_cover_byline_and_the_months_it_covers():
    # An officer's byline over the committee and the title: the contact, not the title; the months
    # the report covers are no heading.
    d = read_txt(
        "Area Coordinator Sam Patel\n\n"
        "Northfield and Bridge Area Committee\n\n"
        "Ward Performance Report\n\n"
        "April to June 2019\n\n"
        "Introduction\n\n"
        "The ward has a young and growing population, and reported crime fell over the quarter.\n"
    )
    m = d["meta"]
    assert (m["title"], m["body"]) == ("Ward Performance Report", "Northfield and Bridge Area Committee")
    assert (m["contact"]["name"], m["contact"]["role"]) == ("Sam Patel", "Area Coordinator")
    assert _headings(d) == ["Ward Performance Report", "Introduction"]


def test_people_named_with_their_roles_and_a_labelled_clause_are_not_headings():
    d = read_txt(
        "Housing Strategy Update\n\n"
        "To give members an update on the housing strategy.\n\n"
        "Councillor Ann Reed, Cabinet Member for Housing\n\n"
        "Tom Hughes, Housing Manager\n\n"
        "Please note: This meeting will be webcast\n\n"
        "Present:\n\n"
        "WESTVALE Cllr Ann O'Brien\n"
        "NORTHGATE Cllr Dev Shah\n\n"
        "Minutes:\n\n"
        "The Cabinet Member introduced the item and members asked about the waiting list.\n"
    )
    heads = _headings(d)
    assert heads[0] == "Housing Strategy Update"
    for line in (
        "Councillor Ann Reed, Cabinet Member for Housing",
        "Tom Hughes, Housing Manager",
        "Please note: This meeting will be webcast",
        "WESTVALE Cllr Ann O'Brien",
        "NORTHGATE Cllr Dev Shah",
    ):
        assert line not in heads


def test_a_report_page_with_no_title_line_division_row_and_link_back():
    d = read_txt(
        "Meeting documents\n\n"
        "Tuesday, 9 October 2018\n\n"
        "Return to Agenda\n\n"
        "Division(s): All\n\n"
        "Report by Director for Communities\n\n"
        "1.       The council works with the district councils, the police and the health\n"
        "services, as responsible authorities, to reduce crime and disorder in the county.\n\n"
        "2.       Each partnership publishes a three-year strategy, which it reviews every\n"
        "year against the priorities its partners agreed in the strategic assessment.\n\n"
        "3.       The strategies address crime, anti-social behaviour and the fear of crime,\n"
        "and their priorities reflect what local people raised in consultation.\n"
    )
    assert d["meta"]["title"] is None and d["meta"]["meeting_date"] == "2018-10-09"
    assert _headings(d) == []
    assert [b["number"] for b in d["blocks"]] == ["1", "2", "3"]


def test_the_title_repeated_with_its_item_number_is_the_items_heading_a_bare_repeat_the_title():
    issue = read_txt(
        "Issue - meetings\n\n"
        "Northvale Housing Strategy Review\n\n"
        "Meeting: 05/12/2023 - Cabinet (Item 31)\n\n"
        "31 Northvale Housing Strategy Review\n\n"
        "The report sets out the findings of the review and the actions proposed in response\n"
        "to them, for the Cabinet's approval.\n"
    )
    title = "Northvale Housing Strategy Review"
    assert _levels(issue) == [(1, title), (2, title)]
    # A board paper: a cover sheet, then the report under its title again.
    paper = read_txt(
        "Housing Board\n"
        "12 September 2014\n\n"
        "Item 3\n\n"
        "Priorities for 2015/16\n\n"
        "Purpose of report\n\n"
        "For decision.\n\n"
        "Summary\n\n"
        "The report sets out the proposed priorities of the Board for next year.\n\n"
        "Priorities for 2015/16\n\n"
        "Background\n\n"
        "1. The Board agreed its priorities for this year at its meeting in July.\n"
    )
    assert [lv for lv, t in _levels(paper) if t == "Priorities for 2015/16"] == [1, 1]


def test_an_item_title_with_a_full_stop_and_a_purpose_clause_under_a_decision_label():
    item = read_txt(
        "Agenda item\n\n"
        "Police and Crime Commissioner's Annual Report 2022/23.\n\n"
        "Minutes:\n\n"
        "The Panel considered a report of the Commissioner presenting his Annual Report, and\n"
        "thanked him for a clear report covering the whole of his work over the year.\n"
    )
    assert item["meta"]["title"] == "Police and Crime Commissioner's Annual Report 2022/23"
    assert _levels(item) == [(1, "Police and Crime Commissioner's Annual Report 2022/23"), (2, "Minutes")]
    notice = read_txt(
        "Accessibility Options\n\n"
        "Annual Report 2021/22\n\n"
        "Decision\n\n"
        "To approve the Annual Report for 2021/22\n\n"
        "Decision Summary\n\n"
        "The Commissioner must produce an annual report on the exercise of his functions in\n"
        "each financial year and send it to the Police and Crime Panel.\n"
    )
    assert notice["meta"]["title"] == "Annual Report 2021/22"
    assert _headings(notice) == ["Annual Report 2021/22", "Decision", "Decision Summary"]


def test_a_long_title_on_a_cover_is_still_the_title_heading():
    title = "Annual Report of the Police and Crime Commissioner for Northshire on the Police and Crime Plan 2016-17"
    d = read_txt(
        "Northshire Police and Crime Panel\n\n"
        f"{title}\n\n"
        "Introduction\n\n"
        "The Commissioner has published his annual report on the plan, and the Panel reviews it here.\n"
    )
    assert d["meta"]["title"] == title
    assert _levels(d) == [(1, title), (2, "Introduction")]
