"""A consultation, review or inquiry named by its subject after a lead ("the consultation on …", "an
independent review of …", "Lord X's review into …", "the Home Office consultation on …"): the subject
ends where the sentence's own verb begins ("… closed last month", "… received 300 responses", "… found
wide support"), and a subject that only points back to a document named before ("the plan", "the
2025-2028 plan") is that document, or no policy at all. Titles whose words look like verbs ("Keeping
Children Safe in Education", "Building Safer Communities"), gerunds and participles describing the
subject are left as they were. Wording invented for the tests."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.dates import Cycle
from boardwork.papers.extract.policies import PolicyContext, find_policies


def _names(*paragraphs):
    ctx = PolicyContext(" ".join(paragraphs), Cycle(), [], [])
    out: list[str] = []
    for p in paragraphs:
        out = find_policies(p, ctx, [], [])
    return out


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Members noted that the consultation on bus lane charges closed last month.",
            ["Consultation on bus lane charges"],
        ),
        (
            "Officers reported that the consultation on parking charges received 300 responses.",
            ["Consultation on parking charges"],
        ),
        (
            "Officers said the Home Office consultation on knife crime sentencing will close in June.",
            ["Consultation on knife crime sentencing"],
        ),
        (
            "We noted that an independent review of speed limits found wide support.",
            ["Independent review of speed limits"],
        ),
        (
            "Members heard the Government's review of police funding showed gaps in rural areas.",
            ["Review of police funding"],
        ),
        # (a title's words look like verbs but are capitalised; the verb after it still stops)
        (
            "The council said the consultation on Building Safer Communities ended in March.",
            ["Consultation on Building Safer Communities"],
        ),
        (
            "Lord Ashby's review into youth violence recommends more youth workers.",
            ["Youth violence review"],
        ),
    ],
)
def test_the_subject_ends_where_the_sentence_verb_begins(text, names):
    assert _names(text) == names


def test_a_plan_pointed_back_to_is_no_title_of_its_own():
    # (no plan named before: no policy, not "Consultation on the 2025-2028 plan backed them")
    text = "Members said the consultation on the 2025-2028 plan backed them."
    assert _names(text) == []


@pytest.mark.parametrize(
    "later",
    [
        "Members said the consultation on the 2025-2028 plan backed them.",
        "Members said the consultation on the plan showed strong support.",
    ],
)
def test_a_plan_pointed_back_to_is_the_plan_named_before(later):
    first = "The board agreed the Westvale Community Safety Plan 2025-2028."
    assert _names(first, later) == ["Westvale Community Safety Plan 2025-2028"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (titles whose words look like verbs, capitalised: never a stop)
        (
            "We responded to the consultation on Keeping Children Safe in Education, which closed in May.",
            ["Consultation on Keeping Children Safe in Education"],
        ),
        (
            "The council responded to the consultation on Building Safer Communities.",
            ["Consultation on Building Safer Communities"],
        ),
        # (a gerund, and participles describing the subject)
        (
            "Officers noted the consultation on changing the licensing regime.",
            ["Consultation on changing the licensing regime"],
        ),
        (
            "Officers noted the consultation on funding for children looked after by councils.",
            ["Consultation on funding for children looked after"],
        ),
        (
            "Officers noted the consultation on the future of detached youth work.",
            ["Consultation on the future of detached youth work"],
        ),
        (
            "We noted an independent review of services delivered in schools.",
            ["Independent review of services delivered in schools"],
        ),
        (
            "Officers noted the consultation on older people's supported housing.",
            ["Consultation on older people's supported housing"],
        ),
        (
            "Officers noted the consultation on council community-led housing.",
            ["Consultation on council community-led housing"],
        ),
        (
            "We noted a national review of evidence found in schools.",
            ["National review of evidence found in schools"],
        ),
        # (a stated purpose is still read through)
        (
            "Officers noted the consultation on regulations to establish joint committees.",
            ["Consultation on regulations to establish joint committees"],
        ),
    ],
)
def test_titles_gerunds_and_participles_are_left_alone(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (the same run-on after "Guidance on" / "Guidance for", the other lead that takes a subject)
        (
            "Members said the national Guidance on safeguarding adults will change in May.",
            ["Guidance on safeguarding adults"],
        ),
        (
            "Members said the national Guidance for schools on online safety set out new duties.",
            ["Guidance for schools on online safety"],
        ),
    ],
)
def test_guidance_named_by_its_subject_ends_at_the_verb(text, names):
    assert _names(text) == names


def test_guidance_with_a_clause_after_it_is_left_alone():
    text = "Members read the Home Office's Guidance on safeguarding adults, which schools use."
    assert _names(text) == ["Guidance on safeguarding adults"]
