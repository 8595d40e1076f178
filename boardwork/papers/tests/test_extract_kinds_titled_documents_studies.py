"""Research and publications in the genre's shapes the verbs' lists missed (issue #15,
tests/data/real/NOTES.md 2510-2519): a document named by its title in capitals made by the body,
printed matter (booklets, directories, e-bulletins), a strategic assessment
refreshed in the passive, reviews counted, people surveyed in the active, the public asked or taking
part in a consultation. Wording invented for the tests, in the genre of a community safety
partnership's annual report and a panel's minutes, not taken from any corpus paper. Each positive case
reads no research or publication on main (e3f5a366); the guards hold on both."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import classify

AUTHOR = ("Anyshire Community Safety Partnership", "ACSP")


def _kinds(text: str) -> list[str]:
    return classify(text, author_words=AUTHOR)


@pytest.mark.parametrize(
    "text",
    [
        "The Partnership has launched a Statement of Intent, setting out what partners will do together.",
        "In March we drew up a new Community Safety Strategy 2024-27 with partners.",
        "We designed and printed a booklet for carers of people with dementia.",
        "A directory of local support services was compiled and shared with partners.",
        "We created a directory of services for victims of domestic abuse.",
    ],
)
def test_documents_the_body_made_are_publications(text: str) -> None:
    assert "publication" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Strategic Assessment was refreshed in January 2024.",
        "The community safety needs assessment has been updated with the year's data.",
        "The Partnership commissioned two Domestic Homicide Reviews during the year.",
        "In May officers surveyed residents in each ward about anti-social behaviour.",
        "The Panel surveyed its members on the training they wanted.",
        "Residents were asked for their views on the priorities through an online survey.",
        "Over 300 young people took part in the consultation on the draft plan.",
    ],
)
def test_studies_the_body_made_are_research(text: str) -> None:
    assert "research" in _kinds(text)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # a plan or a study still to come
        ("We will develop a new Community Safety Strategy next year.", "publication"),
        ("The Strategic Assessment will be refreshed in January 2025.", "research"),
        ("Residents will be asked for their views on the priorities.", "research"),
        # another body's document or study
        ("The Home Office launched the new Crime Strategy in July 2007.", "publication"),
        ("The national strategic assessment was refreshed by the Home Office in May.", "research"),
        # a duty, or a share in another's plan: the gerund is not the deed
        ("The Commissioner is responsible for developing a Police and Crime Plan.", "publication"),
        ("Officers were involved in developing the Growth Plan.", "publication"),
        # the plan the work was done in line with, not a plan made
        ("The strategy was developed in line with the Police and Crime Plan.", "publication"),
        # the passive of surveyed is another pattern's; a body asked is not the public
        ("The Minister was asked about the funding.", "research"),
        ("The booklet to be produced next year will cover scams.", "publication"),
    ],
)
def test_guards(text: str, kind: str) -> None:
    assert kind not in _kinds(text)
