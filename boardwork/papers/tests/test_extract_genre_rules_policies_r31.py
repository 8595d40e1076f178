"""Round 31, policies (NOTES 2940–2949): a consultation or an inquiry named by its subject is named by
its title as the body gives it, its own "the" and its stated purpose ("to establish …") kept.
Invented sentences only."""

from __future__ import annotations

from boardwork.papers.extract.organisations import learn_paper_orgs
from boardwork.papers.extract.pipeline import default_gazetteer
from boardwork.papers.extract.policies import PolicyContext, find_policies


def _named(text: str, author: str = "Westshire Council") -> list[str]:
    orgs = learn_paper_orgs(text, default_gazetteer(), author, None).find(text)
    return find_policies(text, PolicyContext(text, None, [], []), orgs, [])  # type: ignore[arg-type]


# -- the subject's own "the" is part of the title -----------------------------------------------------


def test_a_governments_consultation_keeps_the_article_of_its_subject():
    assert _named(
        "In May the Partnership responded to the Scottish Government's consultation on the future of youth diversion."
    ) == ["Consultation on the future of youth diversion"]


def test_a_bare_consultation_keeps_the_article_of_its_subject():
    assert _named(
        "Officers drafted a reply to the consultation on the licensing of private security firms."
    ) == ["Consultation on the licensing of private security firms"]


def test_a_committees_inquiry_keeps_the_article_of_its_subject():
    names = _named(
        "The Association gave written evidence to the Home Affairs Committee's inquiry into the policing of "
        "night-time economies."
    )
    assert any(n.endswith("inquiry into the policing of night-time economies") for n in names)
    assert not any(n.endswith("inquiry into policing of night-time economies") for n in names)


# -- a consultation's stated purpose is part of its title ----------------------------------------------


def test_a_consultation_runs_on_through_its_stated_purpose():
    assert _named(
        "The Board's reply to the Welsh Government consultation on new rules to establish joint fire committees."
    ) == ["Consultation on new rules to establish joint fire committees"]
    assert (
        _named("We answered the consultation on proposals to extend the licensing scheme to takeaways.") == []
    )
    assert _named("We answered the consultation on changes to extend licensing to takeaways.") == [
        "Consultation on changes to extend licensing to takeaways"
    ]


# -- guards ------------------------------------------------------------------------------------------


def test_the_sentence_going_on_after_to_is_not_the_title():
    # ("to" before an article, a pronoun or "be" is the sentence's, not the consultation's purpose)
    assert _named("We sent our reply to the consultation on street lighting to the Minister in June.") == [
        "Consultation on street lighting"
    ]
    assert _named("The council's response to the consultation on parking charges to be sent by Friday.") == [
        "Consultation on parking charges"
    ]


def test_the_same_subject_still_points_back():
    names = _named(
        "Lord Smith gave evidence to the Home Affairs Committee inquiry into knife crime and the Justice "
        "Committee inquiry into the same subject."
    )
    assert not any("same subject" in n for n in names)


def test_a_short_review_into_its_subject_is_still_named_by_it():
    assert _named("The council contributed to Lord Brown's review into the county lines.") == [
        "County lines review"
    ]


def test_our_own_consultation_is_still_no_policy():
    assert _named("We ran our consultation on the draft plan in May.") == []


# -- a partnership's strategic assessment named by its place -----------------------------------------


def test_a_places_strategic_assessment_in_lower_case_is_named():
    assert _named(
        "Members noted that the Eastvale strategic assessment had been agreed by the partners."
    ) == ["Eastvale strategic assessment"]


def test_a_bodys_or_a_bare_strategic_assessment_is_not_named():
    assert _named("The Partnership strategic assessment was presented to the board.") == []
    assert _named("Work on the strategic assessment began in June.") == []
    assert _named("The Council's strategic assessment was noted.") == []


# -- a law written with a lower-case "act" -----------------------------------------------------------


def test_a_law_with_a_lower_case_act_is_named():
    names = _named("Partners under the Crime & Disorder act, with the Fire Service, met in March.")
    assert names == ["Crime & Disorder Act"]
    assert _named("Premises are licensed under the Licensing Reform act 2003 by the council.") == [
        "Licensing Reform Act 2003"
    ]


def test_act_the_verb_is_no_law():
    assert _named("The Council and Police act together when disorder breaks out.") == []
    assert _named("We expect the Westshire Partners to act quickly.") == []
    assert _named("In those cases the Fire Service act.") == []
    assert _named("The Home Secretary said Ministers would act.") == []
