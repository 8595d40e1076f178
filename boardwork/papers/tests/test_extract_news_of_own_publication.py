"""A news page reporting a body's own publication ("X Fire and Rescue Service has published its
statement of assurance"), written by a third party with no letterhead, byline or meeting: the body
that published its report is the author of the work the page tells, never an organisation of its
own activities. Wording invented for the tests, not any corpus paper's."""

from __future__ import annotations

from boardwork.papers.document import Meta, Paper, Paragraph
from boardwork.papers.extract import extract


def _news(*paras: str, title: str | None = None) -> Paper:
    return Paper(meta=Meta(title=title), blocks=[Paragraph(text=t) for t in paras])


def _activity_orgs(paper: Paper) -> list[str]:
    return [o for a in extract(paper)["activities"] for o in a["organisations"]]


def _orgs(paper: Paper) -> list[str]:
    return [o["name"] for o in extract(paper)["organisations"]]


def test_a_service_publishing_its_own_report_is_the_author_not_an_organisation():
    paper = _news(
        "Northmoor Fire and Rescue Service has published its latest annual report, which shows "
        "that crews attended fewer incidents in 2023/24.",
        "The Service also visited 9,000 homes of older people for home fire safety checks "
        "during 2023, working with the British Red Cross.",
    )
    assert "Northmoor Fire and Rescue Service" not in _orgs(paper)
    assert "Northmoor Fire and Rescue Service" not in _activity_orgs(paper)
    assert "British Red Cross" in _orgs(paper)


def test_a_commissioner_named_with_acronym_and_holder_publishing_his_report_is_the_author():
    paper = _news(
        "Westshire Police and Crime Commissioner (PCC) Alun Rhys has published his annual report, "
        "which sets out the progress made against the priorities of his Police and Crime Plan.",
        "The Westshire Police and Crime Commissioner launched a victims' helpline in June 2023 "
        "with Victim Support.",
    )
    assert "Westshire Police and Crime Commissioner" not in _orgs(paper)
    assert "Victim Support" in _orgs(paper)


def test_a_body_publishing_a_document_not_its_own_is_not_taken_as_the_author():
    # No possessive: the page reports another body's guidance, not the page's own body's report.
    paper = _news(
        "Northmoor Fire and Rescue Service has published guidance on barbecues for the summer.",
        "Northmoor Fire and Rescue Service ran a campaign with Northmoor County Council in July 2023.",
    )
    assert "Northmoor County Council" in _orgs(paper)
    assert "Northmoor Fire and Rescue Service" in _orgs(paper)


_QUOTE = (
    'Sam Patel, Chief Fire Officer for Northmoor Fire and Rescue Service, said: "It is pleasing to '
    'see that house fires are down again this year."'
)
_OPENING = (
    "Northmoor Fire and Rescue Service has published its statement of assurance, which covers "
    "April 2023 to March 2024."
)
_WORK = (
    "The Service visited 9,000 homes of older people for home fire safety checks during 2023, "
    "working with the British Red Cross."
)


def _kinds_of(paper: Paper) -> list[list[str]]:
    return [a["kinds"] for a in extract(paper)["activities"]]


def test_the_authors_officer_quoted_on_the_report_in_the_news_is_not_its_media_work():
    paper = _news(_OPENING, _WORK, _QUOTE)
    acts = extract(paper)["activities"]
    assert not [a for a in acts if "media" in a["kinds"]]
    assert any("British Red Cross" in a["organisations"] for a in acts)


def test_the_same_quote_in_the_bodys_own_statement_stays_its_media_work():
    # The body stated as the page's own: its officer's comment is its press work (as before).
    paper = Paper(
        meta=Meta(title="Statement of assurance", body="Northmoor Fire and Rescue Service"),
        blocks=[Paragraph(text=t) for t in (_WORK, _QUOTE)],
    )
    assert ["media"] in _kinds_of(paper)


def test_a_document_that_covers_a_year_and_highlights_its_work_is_not_lobbying():
    from boardwork.papers.extract.kinds import classify

    text = (
        "The Annual Statement covers the year to March 2024 and highlights prevention and "
        "response work across the county."
    )
    assert "lobbying" not in classify(text, author_words=("Northmoor Fire and Rescue Service",))
    # The body itself highlighting a matter to government is still lobbying.
    assert "lobbying" in classify(
        "The Service highlighted to the Home Office the cost of the new duty.",
        author_words=("Northmoor Fire and Rescue Service",),
    )


def test_a_headline_naming_the_service_without_its_headword_is_still_news_of_its_publication():
    # "Northmoor Fire and Rescue publish …" over the opening that names the service in full: the
    # headline's short name is the same body, and the page is the news of its own publication.
    paper = _news(_OPENING, _WORK, _QUOTE, title="Northmoor Fire and Rescue publish statement of assurance")
    acts = extract(paper)["activities"]
    assert not [a for a in acts if "media" in a["kinds"]]
    assert not [a for a in acts if "Northmoor Fire and Rescue Service" in a["organisations"]]
    assert any("British Red Cross" in a["organisations"] for a in acts)
