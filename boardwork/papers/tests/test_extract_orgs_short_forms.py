"""Bodies called by their short forms: a short form defined for a name the finder reads as a body
without a headword of its own (a known charity's local branch), a task force's, and the body an
inspection report is titled by, called by its initials in the report's text; guarded against short
forms of plans and programmes, of the author itself, and against a page's author changing because
a short form is known. Wording invented for the tests, not any corpus paper's."""

from __future__ import annotations

import pytest

from boardwork.papers.document import Heading, Meta, Paper, Paragraph
from boardwork.papers.extract import extract
from boardwork.papers.extract.organisations import default_gazetteer, learn_paper_orgs


def found(text: str, author: str | None = None) -> list[tuple[str, str, bool]]:
    po = learn_paper_orgs(text, default_gazetteer(), author, None)
    return [(o.text, o.name, o.internal) for o in po.find(text)]


def _paper(title: str, *paras: str) -> Paper:
    blocks = [Heading(text=title, level=1)]
    blocks += [Paragraph(text=t, number=str(k + 1)) for k, t in enumerate(paras)]
    return Paper(meta=Meta(title=title), blocks=blocks)


@pytest.mark.parametrize(
    ("text", "short", "body"),
    [
        (
            "In the spring, Westshire Rape Crisis (WRC) opened a centre in Eastby. In March WRC trained "
            "40 officers in trauma-informed practice.",
            "WRC",
            "Westshire Rape Crisis",
        ),
        (
            "In May, Eastby Women's Aid (EWA) joined the board. The board then asked EWA to lead the "
            "review of refuge places.",
            "EWA",
            "Eastby Women's Aid",
        ),
        (
            "Officers from the Northshire Organised Crime Task Force (NOCTF) spoke at the forum. The "
            "Panel wrote to NOCTF about the results.",
            "NOCTF",
            "Northshire Organised Crime Task Force",
        ),
    ],
)
def test_a_short_form_defined_for_a_body_without_a_headword_names_that_body(text, short, body):
    assert (short, body, False) in found(text)


@pytest.mark.parametrize(
    ("text", "short"),
    [
        # a plan's, an agreement's and a programme's short forms name no body
        (
            "The Partnership consulted on its Local Outcomes Improvement Plan (LOIP). The LOIP sets "
            "out four priorities.",
            "LOIP",
        ),
        (
            "The partners signed the Single Outcome Agreement (SOA) in June. The SOA runs to 2012.",
            "SOA",
        ),
        (
            "Integrated Offender Management (IOM) was reviewed. IOM cases fell by a fifth.",
            "IOM",
        ),
        # common words in capitals
        ("THE PARTNERSHIP AGREED THE PLAN. The Council thanked the Partnership.", "AGREED"),
    ],
)
def test_short_forms_of_plans_programmes_and_words_name_no_body(text, short):
    assert not [t for t, _, _ in found(text) if t == short]


def test_the_authors_own_short_form_is_its_own():
    text = "Westshire Rape Crisis (WRC) published its annual report. WRC trained 40 officers in March."
    assert ("WRC", "Westshire Rape Crisis", True) in found(text, author="Westshire Rape Crisis")


def test_knowing_a_short_form_does_not_make_its_body_the_author():
    # The branch named once in full and four times by its short form: no more the page's author than
    # before its short form was known (the full name alone is named once).
    text = (
        "Our volunteers met Westshire Rape Crisis (WRC) this year. WRC ran two courses, WRC "
        "trained 40 officers and WRC opened a helpline. We thank WRC."
    )
    po = learn_paper_orgs(text, default_gazetteer(), None, None)
    assert "Westshire Rape Crisis" not in po.authors


def test_a_task_force_named_most_by_its_short_form_is_not_the_author():
    text = (
        "The Northshire Organised Crime Task Force (NOCTF) is funded by the Programme. The Programme "
        "has also given £90,000 to the police. NOCTF officers attend every meeting, and NOCTF reports "
        "each quarter."
    )
    po = learn_paper_orgs(text, default_gazetteer(), None, None)
    assert "Northshire Organised Crime Task Force" not in po.authors


@pytest.mark.parametrize(
    ("place", "short"),
    [("Westshire", "WFRS"), ("Surrey", "SFRS")],  # a body the gazetteer does not know, and one it does
)
def test_the_body_an_inspection_is_titled_by_did_not_write_it(place, short):
    paper = _paper(
        f"Inspection of the {place} Fire and Rescue Service",
        f"The {place} Fire and Rescue Service's effectiveness in the area is judged to be Good.",
        f"During our fieldwork we interviewed the {short} area managers and met Westshire Police "
        "officers in March 2023.",
        "The Service is seen as a valued partner by the Service's partners.",
    )
    names = [o["name"] for o in extract(paper)["organisations"]]
    assert f"{place} Fire and Rescue Service" in names


def test_a_body_named_in_a_title_that_is_no_inspection_is_still_its_author():
    paper = _paper(
        "Westshire Fire and Rescue Service: report on our inspection",
        "The Westshire Fire and Rescue Service met Westshire Police in March 2023 to agree a joint plan.",
        "The Service published its response in April 2023.",
    )
    names = [o["name"] for o in extract(paper)["organisations"]]
    assert "Westshire Fire and Rescue Service" not in names
