"""A report's presenter is no person of the deed; a fund named by its patron is no policy (issue #15,
r31-presenter; NOTES 3120-3129).

Invented sentences in the genre's shapes: minutes naming the member or officer who brought an item
to the meeting ("Councillor … introduced the report", "… drew attention to …") before the work the
service did; a charity named by its patron's office ("the Mayor's Fund"); funding won through a grant
told without its sum. Each with guards the rule must not take."""

from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.people import find_people
from boardwork.papers.extract.policies import PolicyContext, find_policies


def _people(text: str) -> list[str]:
    return find_people(text, [])[0]


def _policies(text: str) -> list[str]:
    return find_policies(text, PolicyContext(text, None, [], []), [], [])


# -- the presenter of a minuted item -----------------------------------------------------------------


def test_member_who_introduced_the_report_is_no_person_of_the_deed() -> None:
    text = (
        "Councillor Ruth Amberley (Cabinet Member for Housing) introduced the report. The service had "
        "opened two new family hubs in the spring."
    )
    assert _people(text) == []


def test_member_who_drew_attention_is_no_person_of_the_deed() -> None:
    text = (
        "Cllr Amberley also drew the Committee's attention to the new youth centre, which the service "
        "had opened in March with the help of the housing trust."
    )
    assert _people(text) == []


def test_officer_who_presented_the_update_is_no_person_of_the_deed() -> None:
    text = "Dr Tom Okafor presented the annual update. The team had trained 300 volunteers."
    assert _people(text) == []


def test_officer_who_informed_members_is_no_person_of_the_deed() -> None:
    text = "Mrs Delia Frome, Head of Community Safety, informed Members that the partnership had held ten events."
    assert _people(text) == []


def test_guard_member_who_opened_a_centre_is_read() -> None:
    assert _people("Councillor Ruth Amberley opened the new family hub in March.") == ["Cllr Ruth Amberley"]


def test_guard_member_who_said_is_read() -> None:
    assert _people("Cllr Ruth Amberley said the hub would serve 400 families.") == ["Cllr Ruth Amberley"]


def test_guard_introduced_a_scheme_is_read() -> None:
    # a scheme brought in is a deed, not an item brought to a meeting
    assert _people("Councillor Ruth Amberley introduced a new grants scheme for tenants.") == [
        "Cllr Ruth Amberley"
    ]


# -- a fund named by its patron ------------------------------------------------------------------------


def test_mayors_fund_is_no_policy() -> None:
    assert _policies("The service sought external funding, such as the Mayor's Fund, for the project.") == []


def test_lord_mayors_fund_is_no_policy() -> None:
    assert _policies("A bid to the Lord Mayor's Fund paid for the summer programme.") == []


def test_guard_commissioners_named_fund_is_a_policy() -> None:
    assert _policies("The Commissioner's Community Safety Fund paid for two posts.") == [
        "Community Safety Fund"
    ]


def test_guard_government_fund_is_a_policy() -> None:
    assert _policies("The council won money from the Safer Streets Fund in March.") == ["Safer Streets Fund"]


def test_guard_mayors_strategy_is_a_policy() -> None:
    assert _policies("The Mayor's Transport Strategy was published in May.") == ["Mayor's Transport Strategy"]


# -- funding won through a grant -----------------------------------------------------------------------


def test_funding_secured_through_a_grant_is_support() -> None:
    text = (
        "The department had recently secured additional funding through a two year grant to run the clinics."
    )
    assert "support" in classify(text, unknown_author=True)


def test_guard_funding_still_to_be_sought() -> None:
    assert "support" not in classify(
        "The department will seek funding through a grant next year.", unknown_author=True
    )


def test_guard_presenter_who_tells_own_deed_is_read() -> None:
    # the member who introduced the item and then tells what he did himself is the deed's person
    text = (
        "Cllr Tom Okafor, Chair of the Housing Working Group, introduced the report. He had spoken at "
        "two national conferences and had given evidence to a parliamentary committee."
    )
    assert _people(text) == ["Cllr Tom Okafor"]


def test_presenter_whose_words_tell_the_services_deed_is_not_read() -> None:
    text = (
        "Cllr Tom Okafor introduced the report. She considered that the department had secured new "
        "funding for the clinics."
    )
    assert _people(text) == []
