"""Plain-text reader, round 33: lines that only name people, or join words, are no headings. Minutes
list who attended and who takes each action on short unstopped lines ("Councillors Ann Lee, Jo Bloggs
and Sam Roe", "Action - Jo Bloggs", "Lead Officer: Ann Lee", names going on between semicolons from
the line before), and say where an online meeting met ("Via Zoom"); a cover sets its title over
several lines with one joining word alone between them ("Of", "And"). Each example is made up in
the genre's shape, not copied from a paper; each is read with the heading model and with the rules
alone. The guards: an action plan's heading, a topic pair between semicolons with no list before it
and an office's report over prose stay headings."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, txt
from boardwork.papers.tests.plaintext import headings, texts

MODEL = pytest.mark.parametrize("model", [True, False], ids=["with-model", "rules-alone"])


def read(text: str, model: bool) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


MINUTES_WITH_NAMES = """Eastmoor Fire and Rescue Authority

Minutes of the meeting held on 14 March 2024

The members of the Authority from the two councils attended, with the Chief Fire Officer.

Councillors Ashdown, Pemberton, Quayle and R. Thornbury

Councillors Fenwick, Marlow and Stroud

1. Apologies for absence

Apologies were received from Councillor Hartley and Councillor Oakes.

2. Prevention update

The Head of Prevention reported that home fire safety visits had risen by a fifth
over the year and that the schools programme had reached every primary school.

Action - Megan Harcourt

3. Budget monitoring

The Treasurer presented the budget monitoring report for the third quarter.

Lead Officer: Tobias Wren

The Authority noted the report.

4. Any other business

There was no other business.
"""


@MODEL
def test_styled_names_an_action_owner_and_an_office_holder_are_no_headings(model):
    d = read(MINUTES_WITH_NAMES, model)
    hs = set(headings(d))
    for line in (
        "Councillors Ashdown, Pemberton, Quayle and R. Thornbury",
        "Councillors Fenwick, Marlow and Stroud",
        "Action - Megan Harcourt",
        "Lead Officer: Tobias Wren",
    ):
        assert line not in hs
        # (The office and its holder may be read into the meta's contact instead.)
        assert any(line in x for x in texts(d)) or line.startswith("Lead Officer")
    assert {"Prevention update", "Budget monitoring"} <= hs


PARISH_MINUTES = """Hollowbrook Parish Council

Minutes of the meeting held on Tuesday 9 January 2024

Present: Councillors: Imogen Fairley (Chair); Rupert Danvers (Vice Chair); Selina Croft;

Oswald Pryce; Hattie Lomax

Via Zoom

Community speed watch

The Clerk reported that the speed watch volunteers had held eight sessions since
the last meeting and passed their readings to the police.
"""


@MODEL
def test_names_going_on_and_an_online_venue_are_no_headings(model):
    d = read(PARISH_MINUTES, model)
    hs = set(headings(d))
    assert "Oswald Pryce; Hattie Lomax" not in hs
    assert "Via Zoom" not in hs
    assert "Community speed watch" in hs


COVER_OVER_LINES = """Westbridge Borough Council

Scrutiny Inquiry

Of

Street Lighting

...oOo...

Final Report

Introduction

This inquiry looked at how street lighting affects how safe residents feel at night,
and what the Council and its partners could do about it.

Findings

Residents told the panel that poorly lit paths were the places they most avoided.
"""


@MODEL
def test_one_joining_word_alone_is_no_heading(model):
    d = read(COVER_OVER_LINES, model)
    hs = set(headings(d))
    assert "Of" not in hs
    assert {"Introduction", "Findings"} <= hs


GUARDS = """Northmere Community Safety Partnership

Annual Report 2023/24

Action Plan

The Partnership agreed an action plan with three priorities for the year, each with
a lead agency and a date by which it reports back to the board.

Youth diversion; Night-time economy

The two themes were added to the plan in the autumn after the residents' survey
showed them to be the public's chief worries.

Lead Officer Report

The lead officer's report set out the year's spending against each of the themes.
"""


@MODEL
def test_guards_a_plan_heading_and_a_topic_pair_stay(model):
    d = read(GUARDS, model)
    hs = set(headings(d))
    assert {"Action Plan", "Youth diversion; Night-time economy", "Lead Officer Report"} <= hs


def test_the_names_shapes_alone():
    from boardwork.papers.readers.txt.layout import _ONLINE_VENUE, _names_line

    for line in (
        "Councillors Ashdown, Pemberton and Quayle",
        "Action - Megan Harcourt",
        "ACTION: MH",
        "Action by: All",
        "Chief Executive: Dr Priya Castell",
    ):
        assert _names_line(line), line
    for line in (
        "Action Plan",
        "Actions: Next Steps",
        "Director: Finance and Resources",
        "Councillors' questions",
        "Community Safety; Housing",
    ):
        assert not _names_line(line), line
    assert _ONLINE_VENUE.match("Held via Microsoft Teams")
    assert not _ONLINE_VENUE.match("On the road to recovery")


CONTINUED_OVER_PAGE = """Southgate Borough Council

Housing and Safety Panel

Minutes of the meeting held on 2 May 2024

1. Estate safety

The panel heard that door entry systems had been replaced on four blocks and that
reports of rough sleeping in stairwells had fallen since the spring.

HOUSING AND SAFETY PANEL - Continued

2. Fly-tipping

Officers reported that fly-tipping on the estates had fallen after the new collections.
"""


@MODEL
def test_a_heading_printed_again_with_continued_is_no_heading(model):
    d = read(CONTINUED_OVER_PAGE, model)
    hs = set(headings(d))
    assert "HOUSING AND SAFETY PANEL - Continued" not in hs
    # (The panel's name is met on the cover: the line is the next page's running header, dropped.)
    assert not any("Continued" in x for x in texts(d))
    assert {"Estate safety", "Fly-tipping"} <= hs


def test_the_continued_mark_alone():
    from boardwork.papers.readers.txt.layout import _CONTINUED

    assert _CONTINUED.search("Performance report (cont'd)")
    assert _CONTINUED.search("Finance - continued")
    for line in ("Work continued", "Continued", "Continued support for victims"):
        assert not _CONTINUED.search(line), line


def test_a_continued_line_never_met_before_is_kept_as_text():
    from boardwork.papers.readers.txt.layout import _continued_headers

    lines = ["Westbridge Panel", "", "Table 3 - continued", "Westbridge Panel - Continued"]
    assert _continued_headers(lines) == {3}
