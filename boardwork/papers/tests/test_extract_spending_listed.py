"""Minutes of a partnership: its money spent told as a list under a lead ("… of the year's budget has
been spent or earmarked so far. This expenditure includes:"), each item a sum and what it lets
someone else do ("£4,000 to enable the youth trust to run …"). Those items are help given; a sum for
a heading of the budget, a contribution or costs is not, nor a budget to come. A heading of the
body's own money names no theme, and a sum's pence name no policy. Wording invented for the tests,
not any corpus paper's."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.sections import classify_heading

_SPENT = (
    "The Treasurer told the Partnership that £19,400.00 of the 2024/25 budget has been spent or "
    "earmarked against the action plan so far. This expenditure includes;"
)
_TO_COME = "The Treasurer told the Partnership that the 2025/26 budget will be allocated as follows;"
_ITEMS = (
    "£4,000.00 to enable the Riverside Youth Trust to keep its drop-in centre open on Friday nights,",
    "£2,500.00 to fund a victims' advocate service in the town for six months,",
    "£1,200.00 toward printing and postage costs for the year,",
    "£3,000.00 as the district's contribution to the county's CCTV contract,",
)


def _minutes(lead: str, heading: str = "Financial Position") -> Paper:
    blocks = [
        Heading(text="Minutes", level=1),
        Heading(text="Apologies for Absence", level=2),
        Paragraph(text="Apologies were received from J Smith."),
        Heading(text=heading, level=2),
        Paragraph(text=lead),
        *(Paragraph(text=t) for t in _ITEMS),
        Paragraph(text="The Partnership noted the position."),
    ]
    return Paper(meta=Meta(title="Minutes", body="Northfield Community Safety Partnership"), blocks=blocks)


def test_items_of_money_spent_to_let_others_do_something_are_support():
    acts = extract(_minutes(_SPENT))["activities"]
    assert [a["text"] for a in acts] == list(_ITEMS[:2])
    assert all(a["kinds"] == ["support"] for a in acts)


def test_a_budget_to_come_reads_nothing():
    assert extract(_minutes(_TO_COME))["activities"] == []


def test_a_heading_of_the_bodys_own_money_is_no_theme():
    assert classify_heading("Financial Position", Cycle(2024)).role == "untitled"
    assert classify_heading("Budget update", Cycle(2024)).role == "untitled"
    out = extract(_minutes(_SPENT))
    assert out["themes"] == [] and all(a["theme"] is None for a in out["activities"])


def test_implications_of_money_are_still_excluded():
    assert classify_heading("Financial implications", Cycle(2024)).role == "excluded"
    assert classify_heading("Finance", Cycle(2024)).role == "excluded"


def test_a_sums_pence_name_no_policy():
    paper = Paper(
        meta=Meta(title="Annual report", body="Northfield Community Safety Partnership"),
        blocks=[
            Heading(text="Annual report", level=1),
            Heading(text="Victims", level=2),
            Paragraph(
                text="The Partnership has awarded £2,500.00 to fund a victims' advocate service in the town."
            ),
        ],
    )
    acts = extract(paper)["activities"]
    assert acts and all(not any(p[:1].isdigit() for p in a["policies"]) for a in acts)
