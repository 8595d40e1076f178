"""Plain-text papers: a line that says something (its subject, then a modal verb or "is"/"were"/"has"
with a participle, or a meeting's body doing its business in the past tense), left without a full
stop, is a line of the text and not a heading, whatever its subject; a section's name, a question
naming a section and a news page's headline that says stay headings. Read as an import reads them
(the rules, then the heading model). Every example is made up in the genre's shape, not copied
from a paper."""

from __future__ import annotations

import pytest

from boardwork.papers.readers import Limits, txt

OPENING = "Eastby Community Safety Partnership Annual Report 2023/24\n\nIntroduction\n\n"
BEFORE = "The partnership met four times during the year and agreed its plan in the spring.\n\n"
AFTER = "Partners worked together on the actions agreed by the board, and reported progress each quarter.\n\n"
CLOSING = "Conclusion\n\nThe board is asked to note this report.\n"


def _read(line: str) -> list[tuple[str, str]]:
    text = OPENING + BEFORE + line + "\n\n" + AFTER + CLOSING
    return [(b.type, b.text) for b in txt.read(text.encode(), Limits()).blocks]


@pytest.mark.parametrize(
    "line",
    [
        "No declarations of interest were made",
        "Apologies were received from Cllr Smith and Cllr Jones",
        "Officers will report back in six months",
        "Victims are supported",
        "Members agreed the recommendations",
        "The Panel noted the report",
        "Matters arising from the previous meeting were discussed",
    ],
)
def test_a_sentence_left_without_its_stop_is_a_paragraph(line):
    blocks = _read(line)
    assert ("paragraph", line) in blocks
    assert ("heading", line) not in blocks


@pytest.mark.parametrize(
    "line",
    [
        "What we have achieved",
        "How we will measure success",
        "Street briefings are back",
        "Funding for the year ahead",
        "Members' questions",
        "Problems we can help with",
    ],
)
def test_a_sections_name_or_question_is_still_a_heading(line):
    assert ("heading", line) in _read(line)


def test_a_news_pages_headline_that_says_is_still_its_title():
    text = (
        "Councils will need more support to meet the new duty\n\n"
        "The Local Government Association has responded to the consultation on the serious violence\n"
        "duty, calling for funding to match the new burdens on councils.\n"
    )
    blocks = [(b.type, getattr(b, "level", None), b.text) for b in txt.read(text.encode(), Limits()).blocks]
    assert blocks[0] == ("heading", 1, "Councils will need more support to meet the new duty")
