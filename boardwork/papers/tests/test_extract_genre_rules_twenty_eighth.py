"""Genre rules of the twenty-eighth round (issue #15, tests/data/real/NOTES.md 850-869): partnership
read at first reading where the work is none or is lobbying — a standing quality named ("the importance
of continued collaboration", "the value of joint working"), an invitation to
meetings still to come, "the Met" (the Metropolitan Police) taken for the verb "met", an effort
"worked hard to …" with no one worked with, a recommendation's own verb ("Approve the …"), and a
delegation telling a minister of the body's case (lobbying, not partnership) — with the guards
that real past joint work still reads as partnership. Each case is written here for the genre (a
council's news page, a partnership's news, a commissioner's annual report, a cabinet member's
decision), not taken from a paper."""

from __future__ import annotations

from boardwork.papers.extract.kinds import action_cues, classify
from boardwork.papers.extract.pipeline import not_work


def _classify(text: str) -> list[str]:
    return classify(text, unknown_author=True)


def _cues(text: str) -> list[str]:
    return [k for k, _ in action_cues(text)]


# -- a standing quality named -------------------------------------------------------------------------


def test_the_importance_or_value_of_joint_work_is_no_partnership():
    assert "partnership" not in _classify(
        "The summit ended by stressing the importance of continued collaboration across the region's councils."
    )
    assert "partnership" not in _classify(
        "The review set out the value of joint working between the two services."
    )


def test_past_joint_work_beside_a_quality_named_is_still_partnership():
    assert "partnership" in _classify(
        "Having seen the value of joint patrols, we worked with Northshire Police on a speed campaign "
        "last spring."
    )
    assert "partnership" in _classify(
        "The Council worked closely with Anytown College to open the skills hub in May."
    )


# -- an invitation to meetings still to come ----------------------------------------------------------


def test_an_invitation_to_meetings_to_come_is_no_partnership():
    assert "partnership" not in _classify(
        "The Westvale Community Safety Partnership is inviting residents to attend a series of drop-in "
        "meetings with the fire service next month."
    )
    assert "partnership" not in _classify(
        "Members are invited to attend the Northshire Resilience Forum in June."
    )


def test_meetings_attended_are_still_partnership():
    assert "partnership" in _classify("Officers attended the regional resilience forum throughout the year.")


# -- "the Met" is a police force, not a meeting -------------------------------------------------------


def test_the_met_named_is_no_meeting():
    assert "partnership" not in _classify(
        "Residents lost officers on loan, as they returned to the Met Police in the spring."
    )


def test_a_body_met_is_still_partnership():
    assert "partnership" in _classify(
        "The Chief Executive met Northshire Water in March about the flood plan."
    )


# -- an effort with no one worked with ----------------------------------------------------------------


def test_worked_hard_to_is_no_partnership():
    assert "partnership" not in _cues(
        "Over the last twelve months our volunteers have worked hard to keep the town safe."
    )


def test_worked_alone_is_still_read():
    assert _cues("Last year we worked across three boroughs on the scheme.") == ["partnership"]


# -- a recommendation's own verb ----------------------------------------------------------------------


def test_a_recommendation_to_approve_is_not_work():
    assert not_work("Approve the draft memoranda and the joint working approach set out in this report.")
    assert not_work("Endorse the collaborative approach to fleet maintenance described above.")


def test_an_approval_given_with_joint_work_is_still_work():
    assert (
        not_work("Approved in May, the joint approach saw us work with the fire service on two stations.")
        is None
    )


# -- a delegation telling a minister of the body's case: lobbying ------------------------------------


def test_a_minister_alerted_or_appealed_to_is_lobbying():
    assert _classify(
        "The council's group leaders alerted the policing minister to their fears over the loss of local "
        "officers."
    ) == ["lobbying"]
    assert _classify(
        "At the meeting the leader appealed to the minister to delay the closure of the station."
    ) == ["lobbying"]
    assert "lobbying" in _classify(
        "The town's cuts were brought to the attention of the Government this week when councillors "
        "visited the Home Office."
    )


def test_a_minister_as_the_speaker_is_not_lobbying():
    assert "lobbying" not in _classify("The Minister said the fund would open in April.")
