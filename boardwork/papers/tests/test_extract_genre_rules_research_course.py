"""The body's own study told by its course rather than by a study verb (issue #15,
tests/data/real/NOTES.md 2850-2859): a review carried on ("In carrying out this review", "continued
its scrutiny review"), its method ("Our review has drawn on analysis", "the review is seeking the
views of"), the public engaged to shape a plan, a study named as the means ("through a full review
of"), the development of a strategic needs assessment, and responses received to the body's own
consultation. Wording invented for the tests, in the genre of a community safety partnership's
annual report and a scrutiny panel's minutes, not taken from any corpus paper. Each positive case
reads no research on main (e0b5a33f); the guards hold on both."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.policies import PolicyContext, find_policies, remember

AUTHOR = ("Anyshire Community Safety Partnership", "ACSP")


def _kinds(text: str) -> list[str]:
    return classify(text, author_words=AUTHOR)


@pytest.mark.parametrize(
    "text",
    [
        "In carrying out this review, members of the Panel met many volunteers who patrol their streets.",
        "The Panel continued its scrutiny review of street lighting, with the lighting strategy before it.",
        "Our review has drawn on local crime data and on feedback from residents gathered over the year.",
        "The review is also seeking the views of the chairs of the district partnerships.",
        "This inquiry heard from tenants and from housing officers about noise at night.",
    ],
)
def test_a_review_carried_on_or_its_method_is_research(text: str) -> None:
    assert "research" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Partnership is now engaging with communities to help shape the new Community Safety Plan.",
        "In the autumn we engaged with young people to inform our priorities for the coming years.",
        "Local arrangements were strengthened through a full review of the partnership's functions.",
        "One example is the development of a joint strategic needs assessment for the county.",
        "We received over 300 responses to our consultation on the draft plan.",
        "The Partnership had 1,200 responses to its residents' survey.",
    ],
)
def test_the_public_asked_and_the_study_named_as_the_means_are_research(text: str) -> None:
    assert "research" in _kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # a study's findings, no method: not read as a study done
        "The review found that reports of anti-social behaviour had fallen by a tenth.",
        # another body's study
        "The Home Office review has drawn on national data from every force.",
        "Research by the university has drawn on national crime figures.",
        # to come
        "We will continue our review of CCTV next year.",
        "The Partnership will be engaging with residents to shape the plan.",
        # partners engaged are no study of the public
        "We engaged with partners in the health service to develop the referral pathway.",
        # "continued to review": the body keeping watch, not a study named
        "The Board continued to review the figures each quarter.",
    ],
)
def test_guards_findings_others_studies_and_plans_are_not_research(text: str) -> None:
    assert "research" not in _kinds(text)


def _policies_after(first: str, text: str) -> list[str]:
    ctx = PolicyContext(first + " " + text, None, [], [])
    remember(find_policies(first, ctx, [], []), ctx)
    return find_policies(text, ctx, [], [])


def test_a_scrutiny_review_cover_names_no_policy_for_this_review_to_point_back_to() -> None:
    # a scrutiny report's cover word, then the review told by its course: research, no policy
    assert (
        _policies_after("Scrutiny Review", "In carrying out this review, members met many volunteers.") == []
    )


def test_guard_a_scrutiny_review_with_its_subject_is_still_named() -> None:
    text = "The Committee published its Scrutiny Review of Street Lighting in May."
    assert find_policies(text, PolicyContext(text, None, [], []), [], []) == [
        "Scrutiny Review of Street Lighting"
    ]
