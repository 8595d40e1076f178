"""Plain-text reader: the seventeenth headings round — a heading's number in a form of the council's
own ("PU1 Purpose of the Report", "A1.2 Background", "R/3 Next steps", "No 1. …", "1 - …", "[2] …",
"§3 …", "Item 2 …" with no stop after the number) is taken off the heading, as "1." and "1.0" are,
where the paper numbers two headings at least so, in order. Body lines that merely open with a
number, lists numbered so line after line, quarters ("Q1") and a lone road's "A1" keep theirs. Each
example is made up in the genre's shape, not copied from a paper; each is read with the heading
model and with the rules alone."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, txt
from boardwork.papers.tests.plaintext import headings, texts

MODEL = pytest.mark.parametrize("model", [True, False], ids=["with-model", "rules-alone"])


def read(text: str, model: bool) -> dict:
    return txt.read(text.encode("utf-8"), Limits(heading_model=model)).to_dict()


def paper(lines: list[str], blank: bool = True) -> str:
    """A report of the genre with `lines` as its section headings, each over a paragraph."""
    body = [
        "The Partnership reviewed its work in the year and agreed the actions set out below.",
        "The Board noted the figures and asked for a further report in the spring.",
    ]
    out = [
        "Westby Borough Council",
        "Community Safety Partnership Board",
        "Partnership Plan Progress Report",
        "",
    ]
    for k, line in enumerate(lines):
        out += [line, ""] if blank else [line]
        out += [body[k % 2], ""] if blank else [body[k % 2]]
    return "\n".join(out) + "\n"


TITLES = ["Purpose of the Report", "Background", "Recommendations"]


@MODEL
@pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
@pytest.mark.parametrize(
    "form",
    ["PU{n}", "A1.{n}", "R/{n}", "No {n}.", "No. {n}", "Para {n}", "{n} -", "{n} –", "{n}:", "[{n}]", "§{n}"],
)
def test_a_heading_number_in_the_papers_own_form_is_taken_off(model, blank, form):
    lines = [form.format(n=n) + " " + t for n, t in zip((1, 2, 3), TITLES, strict=True)]
    d = read(paper(lines, blank), model)
    assert set(TITLES) <= set(headings(d))
    assert not any(form.format(n=n) in x for n in (1, 2, 3) for x in texts(d))


AGENDA_ITEMS_WITHOUT_A_STOP = """Eastshire Community Safety Partnership
Agenda for the meeting of 6 February 2023

Item 1 Apologies for Absence
Item 2 Minutes of the Last Meeting
Item 3 Domestic Abuse Strategy
The Partnership Manager will present the draft strategy for comment by members.
Item 4 Any Other Business
"""


@MODEL
def test_agenda_items_numbered_without_a_stop_are_headings_without_the_number(model):
    d = read(AGENDA_ITEMS_WITHOUT_A_STOP, model)
    assert {"Apologies for Absence", "Domestic Abuse Strategy", "Any Other Business"} <= set(headings(d))
    assert not any(x.startswith("Item ") for x in texts(d))


LIST_NUMBERED_WITH_DASHES = """Northby Community Safety Partnership
How to apply for a community safety grant

To apply for a grant, groups should follow these steps.
1 - Read the guidance notes
2 - Complete the application form
3 - Send the form to the Partnership Manager
Applications close at the end of March and groups will hear by the end of May.
"""


@MODEL
def test_a_list_numbered_with_dashes_line_after_line_keeps_its_numbers(model):
    # (A guard: a list's numbers run line after line; a paper's sections have text between them.)
    d = read(LIST_NUMBERED_WITH_DASHES, model)
    assert "Read the guidance notes" not in headings(d)
    assert any("1 - Read the guidance notes" in x for x in texts(d))


BODY_LINES_OPENING_WITH_NUMBERS = """Southby Community Safety Partnership
Youth Survey Results 2023

Background
The Partnership asked young people about their safety in the town centre.
12 - 15 year olds were the largest group to respond to the survey.
16 - 18 year olds said they felt less safe after dark than in the day.
Next steps
The Partnership will repeat the survey next year.
"""


@MODEL
def test_body_lines_opening_with_a_number_and_a_dash_stay_paragraphs(model):
    d = read(BODY_LINES_OPENING_WITH_NUMBERS, model)
    assert any("12 - 15 year olds were" in x for x in texts(d))
    assert not any(h.startswith(("15 year olds", "18 year olds")) for h in headings(d))


QUARTERS = """Westby Community Safety Partnership
Performance Report 2022/23

Q1 April to June
Reports of anti-social behaviour fell by a tenth on the same quarter last year.

Q2 July to September
Reports rose over the summer holidays, as in most years.
"""


@MODEL
def test_quarters_and_a_lone_code_keep_their_numbers(model):
    d = read(QUARTERS, model)
    assert not {"April to June", "July to September"} & set(headings(d))
    lone = read(paper(["A1 Road Closures", "Background", "Recommendations"]), model)
    assert "Road Closures" not in headings(lone)


@MODEL
def test_numbers_out_of_order_are_no_scheme(model):
    d = read(paper(["3 - Purpose of the Report", "1 - Background", "2 - Recommendations"]), model)
    assert "Purpose of the Report" not in headings(d)


@MODEL
@pytest.mark.parametrize("blank", [True, False], ids=["blank-lines", "no-blank-lines"])
@pytest.mark.parametrize("codes", [("I.", "II.", "III."), ("A.", "B.", "C.")], ids=["roman", "letters"])
def test_sections_lettered_or_in_capital_roman_with_a_stop_are_headings_from_the_first(model, blank, codes):
    # (The first, "I." or "A.", reads alone as a list's letter.)
    lines = [f"{c} {t.upper() if codes[0] == 'I.' else t}" for c, t in zip(codes, TITLES, strict=True)]
    d = read(paper(lines, blank), model)
    assert [h.lower() for h in headings(d)[1:]] == [t.lower() for t in TITLES]


LETTERED_RESOLUTIONS = """Westby Community Safety Partnership
Minutes of the meeting held on 6 March 2023

Domestic Abuse Strategy
The Partnership Manager presented the draft strategy. RESOLVED that the Board:
A. Approve the draft strategy for consultation
B. Ask the Manager to report back in June
C. Thank the officers for their work
The meeting closed at 4.15pm.
"""


@MODEL
def test_lettered_resolutions_line_after_line_are_no_headings(model):
    d = read(LETTERED_RESOLUTIONS, model)
    assert "Approve the draft strategy for consultation" not in headings(d)
