"""The author body of a page that opens on two bodies (issue #15, tests/data/real/NOTES.md 2900-2909):
"X (XA) and Y (YA) have teamed up …", "X and Y say …" opens the news of one of them, the one the page
then names alone doing the work, or whose own officer, quoted, speaks as "we" working with the other.
That body is the author (inferred weakly, flagged), so it is no organisation of its own activities.
Wording invented for the tests, in the genre of fire services', police forces' and partnerships' news
pages, not taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.document import Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.organisations import INFERRED_WEAKLY, default_gazetteer, learn_paper_orgs
from boardwork.papers.extract.text import norm_text

_TEAMED = (
    "Westshire Fire and Rescue Service (WFRS) and the Eastby Community Safety Partnership (ECSP) have "
    "teamed up to bring fire safety lessons to every primary school in the county."
)
_SAY = (
    "Westshire Police and Westshire Fire & Rescue Service say more than 300 of their staff have taken "
    "part in shared courses over the last year."
)
_NEUTRAL = "The two services now use each other's buildings for training."


def _author(*paragraphs: str) -> tuple[set[str], str | None]:
    po = learn_paper_orgs(norm_text("\n\n".join(paragraphs)), default_gazetteer(), None, None)
    return po.authors, po.author_basis


def _orgs(*paragraphs: str) -> list[list[str]]:
    paper = Paper(meta=Meta(title=None), blocks=[Paragraph(p) for p in paragraphs])
    return [a["organisations"] for a in extract(paper)["activities"]]


def test_the_body_then_told_alone_doing_the_work_wrote_the_page():
    authors, basis = _author(
        _TEAMED,
        "With pupils back in class, WFRS – with the support of the ECSP – has launched a video of home "
        "fire safety advice.",
        "WFRS will contact every primary school and offer each a visit.",
    )
    assert authors == {"Westshire Fire and Rescue Service"}
    assert basis == INFERRED_WEAKLY


def test_the_body_whose_officer_speaks_as_we_with_the_other_wrote_the_page():
    authors, _ = _author(
        _SAY,
        _NEUTRAL,
        "Jo Bloggs, head of training at Westshire Fire & Rescue Service, said: “Since signing our "
        "agreement, we have been working closely with Westshire Police to train together.”",
    )
    assert authors == {"Westshire Fire & Rescue Service"}


def test_the_author_so_found_is_no_organisation_of_its_work():
    orgs = _orgs(
        _TEAMED,
        "WFRS has delivered fire safety workshops to 40 schools with the support of the ECSP.",
    )
    assert orgs and all("Westshire Fire and Rescue Service" not in o for o in orgs)


# -- guards: what must not change ---------------------------------------------------------------------


def test_a_pair_neither_of_whom_is_told_alone_has_no_author():
    assert _author(_SAY, _NEUTRAL)[0] == set()


def test_a_pair_both_of_whom_are_told_alone_has_no_author():
    authors, _ = _author(
        _TEAMED,
        "WFRS will contact every primary school and offer each a visit.",
        "ECSP has funded the safety packs the pupils take home.",
    )
    assert authors == set()


def test_two_bodies_named_mid_sentence_are_no_pair_opening():
    # (the pair must open its paragraph as the subject; here the page's subject is the pupils)
    authors, _ = _author(
        "Pupils heard from Westshire Police and Westshire Fire & Rescue Service this week about safety.",
        "Westshire Fire & Rescue Service will visit every school next term.",
    )
    assert authors == set()


def test_a_stated_author_is_kept():
    po = learn_paper_orgs(
        norm_text(_TEAMED + "\n\nWFRS will contact every primary school."),
        default_gazetteer(),
        "Eastby Borough Council",
        None,
    )
    assert po.authors == {"Eastby Borough Council"}
