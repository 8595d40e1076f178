"""A title read in apposition after a document's kind ("a report …", "a briefing …", "the guide …") is
no title when the run is a clause — "a report Westshire Trust published in May showed …" (a reduced
relative: the capitalised words are its publisher), "the review The board's panel in June found …" —
or when it crosses a line break (a heading's last word, "… annual report", and the next line's
sentence). Titles in apposition on their own line stay ("launched a briefing Fair Funding for Rural
Services 2021/22, which …", "Lord Smith's review, Looking Ahead Together, …"). Wording invented for the
tests."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.policies import PolicyContext, find_policies


def _names(text: str) -> list[str]:
    return find_policies(text, PolicyContext(text, Cycle(), [], []), [], [])


@pytest.mark.parametrize(
    "text",
    [
        # a report its publisher published: the capitalised run is the doer, not a title
        "A recent report Northvale Rivers Trust published in June 2019 showed that river litter had fallen.",
        "An independent report Eastmoor Civic Society produced last year found wide support for the scheme.",
        # the sentence's own clause read on after the kind word
        "The annual report Members of the panel told officers that the year had gone well.",
        # a heading ending in a kind word, and the next line's sentence
        "Partnership annual report\nChair Ann Fielding pointed to the year's work on road safety.",
        "Responding to the inspection report\nCouncillor Dev Patel said the service would act at once.",
    ],
)
def test_a_clause_or_the_next_line_is_no_title(text: str) -> None:
    assert _names(text) == []


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The association launched a briefing Fair Funding for Rural Services 2021/22, which sets out its case.",
            ["Fair Funding for Rural Services 2021/22"],
        ),
        (
            "The board welcomed Lord Smith's review, Looking Ahead Together, and its findings.",
            ["Looking Ahead Together"],
        ),
        (
            "Officers circulated the guide Safer Homes for Older People; members thanked them.",
            ["Safer Homes for Older People"],
        ),
        (
            "The council published a report entitled Tackling Loneliness: a shared approach, in March.",
            ["Tackling Loneliness: a shared approach"],
        ),
    ],
)
def test_titles_in_apposition_stay(text: str, names: list[str]) -> None:
    assert _names(text) == names
