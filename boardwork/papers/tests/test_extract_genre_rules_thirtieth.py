"""Genre rules of the thirtieth round (issue #15, tests/data/real/NOTES.md 1045-1059): kinds confused
on papers the rules were not written on. A party's officer quoted on a deed a news item reports in
its own words ("Jo Bloggs, Chief Fire Officer, said: “…”") comments on that deed: the lede's "said:"
is not media work of its own. A statement given to the press (a spokesperson, a response to news, a
page of statements with no deed told) keeps its media, as does a quotation whose words tell press
work. And a body's welcome of another's announcement or proposals made public in its news is a
statement to the press, `media`, not lobbying unless the Government is addressed. Wording invented
for the tests, in the genre of a fire service's, a council's and an association's news pages, not
taken from any corpus paper."""

from __future__ import annotations

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.kinds import classify, press_by_lede_only


def _news(title: str, *paras: str) -> Paper:
    return Paper(meta=Meta(title=title), blocks=[Heading(title, 1)] + [Paragraph(text=t) for t in paras])


_DEED = (
    "Northshire Fire and Rescue Service has teamed up with Anytown Borough Council to fit free smoke "
    "alarms in the homes of 300 older residents this winter."
)
_COMMENT = (
    "Jo Bloggs, Chief Fire Officer of Northshire Fire and Rescue Service, said: “Every one "
    "of these alarms could save a life this winter, and I am proud of the crews fitting them.”"
)


def _kinds(paper: Paper, trained_model: bool = False) -> list[str]:
    return [k for a in extract(paper, trained_model=trained_model)["activities"] for k in a["kinds"]]


# -- an officer's quotation on the deed the item reports --------------------------------------------


def test_an_officer_quoted_on_the_deed_is_no_media_work():
    paper = _news("Free smoke alarms for older residents", _DEED, _COMMENT)
    for trained_model in (False, True):
        acts = extract(paper, trained_model=trained_model)["activities"]
        assert [a["text"] for a in acts] == [_DEED], trained_model
        assert "media" not in _kinds(paper, trained_model)


def test_a_partner_s_chair_quoted_on_the_deed_is_no_media_work_either():
    quote = (
        "The Chair of the Anytown Community Safety Partnership, Councillor Sam Reed, said: “This is a "
        "great example of agencies pulling together for our older residents.”"
    )
    assert "media" not in _kinds(_news("Free smoke alarms for older residents", _DEED, _COMMENT, quote))


def test_the_lede_alone_makes_the_media():
    assert press_by_lede_only(_COMMENT)
    assert not press_by_lede_only(
        "A Northshire Council spokesperson said: “We are disappointed by the decision.”"
    )
    assert not press_by_lede_only(
        "Responding to the Minister's announcement, Councillor Sam Reed, Leader of the Council, said: "
        "“This is a step in the right direction.”"
    )
    # (the words quoted tell press work of their own)
    assert not press_by_lede_only(
        "Jo Bloggs, Chief Fire Officer, said: “Our social media campaign reached 40,000 residents.”"
    )
    assert not press_by_lede_only("The Service has joined forces with the Council.")


# -- guards: statements to the press keep their media ------------------------------------------------


def test_a_spokesperson_s_comment_in_news_of_a_deed_keeps_its_media():
    quote = 'A Northshire Fire and Rescue Service spokesperson said: "The alarms are free to every household that asks."'
    assert "media" in _kinds(_news("Free smoke alarms for older residents", _DEED, quote))


def test_a_response_to_news_keeps_its_media():
    quote = (
        "Responding to the Government's funding announcement, Councillor Sam Reed, Leader of Anytown "
        "Borough Council, said: “Councils will welcome the extra money for prevention.”"
    )
    assert "media" in _kinds(_news("Free smoke alarms for older residents", _DEED, quote))


def test_a_page_of_statements_with_no_deed_keeps_its_media():
    quote = (
        "Councillor Sam Reed, President of the Northshire Association of Councils, said: “Councils "
        "cannot absorb another year of rising costs.”"
    )
    assert "media" in _kinds(_news("Association statement on the budget", quote))


# -- a welcome of another's announcement, made public ---------------------------------------------------


def test_a_welcome_of_proposals_in_the_body_s_news_is_media_not_lobbying():
    kinds = classify(
        "Anytown Borough Council today (4 June) strongly welcomed proposals from Northshire Fire and "
        "Rescue Service that will change how crews are crewed across the county."
    )
    assert kinds == ["media"]
    assert "media" in classify(
        "The Northshire Local Government Association (NLGA) has welcomed today's announcement by the "
        "Government of an additional £20m for councils."
    )


def test_members_welcoming_a_report_at_their_meeting_is_not_media():
    assert "media" not in classify("Members welcomed the report and the proposals it set out.")
    assert "media" not in classify("The Panel welcomed the proposals and noted the update.")
    assert "media" not in classify("The Council will welcome the Minister's announcement next week.")


def test_a_body_s_own_stated_statement_keeps_its_officer_s_media():
    # (NOTES 226: the page's body stated, its officer's comment is its press work, whatever deed it tells)
    paper = Paper(
        meta=Meta(title="Free smoke alarms for older residents", body="Northshire Fire and Rescue Service"),
        blocks=[Paragraph(text=t) for t in (_DEED, _COMMENT)],
    )
    assert "media" in _kinds(paper)
