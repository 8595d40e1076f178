"""How the genre names a law, pledge or plan in other words, and what is no name of its own: a popular
name in brackets after a named Act or scheme is that policy's other name, not a second policy ("the
Terrorism (Protection of Premises) Act 2025 (Martyn's Law)"); a law by a person's given name in the
possessive ("Clare's Law") is named; a pledge, charter or campaign named by its hashtag ("the
#NoMoreVictims campaign") is named; a name's run ends before a connector or a month that is the
sentence's ("the Core Code of Ethics in 2021", "… for England in May"), and keeps the years after its
"for X" ("the Police and Crime Plan for Northshire 2021-2025"); a state word before a headword ("the
latest strategy", "the updated plan") is no name, and points back to the one named before ("the current
plan" may be the one a new one replaces, and does not); "the new law" is the Act named before; a known
strategy named with its headword ("the Prevent Strategy") is the known one ("Prevent"); a report a
meeting takes as its business ("the Budget Monitoring Report", "the Quarterly Performance Report") is
described, not named; the body a document is for or of is its owner, not part of its name ("the Annual
Report for Northshire Fire and Rescue Service"), and a headword closing a name ("the Delivery Plan for
the Health Directorate") opens no title of its own. Wording invented for the tests."""

from __future__ import annotations

import pytest

from boardwork.papers.extract.knowledge import load_policies
from boardwork.papers.extract.policies import PolicyContext, find_policies


def _names(text):
    return find_policies(text, PolicyContext(text, None, [], []), [], [])


def _known(text):
    """As the extractor reads a paragraph: with the named programmes and laws of `policies.json`."""
    return find_policies(text, PolicyContext(text, None, [], load_policies().get("named") or []), [], [])


def _after(first, text):
    ctx = PolicyContext(first + " " + text, None, [], [])
    find_policies(first, ctx, [], [])
    return find_policies(text, ctx, [], [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Venues must comply with the Terrorism (Protection of Premises) Act 2025 (Martyn's Law) by 2027.",
            ["Terrorism (Protection of Premises) Act 2025"],
        ),
        (
            "Officers used the Domestic Violence Disclosure Scheme (Clare's Law) in 40 cases.",
            ["Domestic Violence Disclosure Scheme"],
        ),
        # (guards: a short form or a year in brackets is no name; two policies side by side stay two)
        ("The Domestic Abuse Act 2021 (DAA) placed new duties on councils.", ["Domestic Abuse Act 2021"]),
        (
            "The Community Safety Strategy (2020-2023) and the Police and Crime Plan were agreed.",
            ["Community Safety Strategy", "Police and Crime Plan"],
        ),
    ],
)
def test_a_popular_name_in_brackets_is_the_same_policy(text, names):
    assert _names(text) == names
    assert _known(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Commissioner funded Clare's Law awareness talks for staff.", ["Clare's Law"]),
        ("Members welcomed Helen's Law, which came into force in 2020.", ["Helen's Law"]),
        # (guards: a saying so named, and a body's possessive before another word)
        ("It was Sod's Law that the event was rained off.", []),
        ("The scheme followed Murphy's Law from the start.", []),
        ("Westshire's Law Centre gave advice to tenants.", []),
    ],
)
def test_a_law_by_its_popular_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The council signed the #EndViolenceNow pledge in March.", ["#EndViolenceNow pledge"]),
        ("Partners joined the #NoMoreVictims campaign over the summer.", ["#NoMoreVictims campaign"]),
        ("Staff signed up to the #WeStandTogether Charter.", ["#WeStandTogether charter"]),
        # (guards: a hashtag alone, or before another word, names no policy)
        ("We posted #StaySafe messages on social media.", []),
        ("The #StaySafe posts reached 20,000 people.", []),
    ],
)
def test_a_pledge_or_campaign_by_its_hashtag(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The service adopted the Core Code of Ethics in 2021.", ["Core Code of Ethics"]),
        (
            "Partners worked to the Fire and Rescue National Framework for England in May.",
            ["Fire and Rescue National Framework for England"],
        ),
        (
            "The Panel scrutinised the Police and Crime Plan for Northshire 2021-2025.",
            ["Police and Crime Plan for Northshire 2021-2025"],
        ),
        # (guards: years after the name and after "for" as before; a name's own "and" kept)
        (
            "The Board agreed the National Framework for England 2018.",
            ["National Framework for England 2018"],
        ),
        ("The Annual Report for 2022/23 was published.", ["Annual Report 2022/23"]),
        (
            "Staff followed the Strategy for Children and Young People.",
            ["Strategy for Children and Young People"],
        ),
    ],
)
def test_a_names_run_ends_where_the_sentence_takes_over(text, names):
    assert _names(text) == names


_NAMED = "The Board agreed the Northshire Community Safety Strategy 2023-2026 in March."


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The updated strategy was published in June.", ["Northshire Community Safety Strategy 2023-2026"]),
        ("The approved Strategy runs to 2026.", ["Northshire Community Safety Strategy 2023-2026"]),
        (
            "The agreed Strategy was launched at the forum.",
            ["Northshire Community Safety Strategy 2023-2026"],
        ),
        ("Work under the latest strategy began.", ["Northshire Community Safety Strategy 2023-2026"]),
        # (guards: the previous one, a new one of the kind, and the partnership's own are others)
        ("The previous strategy ended in 2022.", []),
        ("The current strategy ends in March.", []),
        ("A new strategy is being drafted.", []),
        ("The Partnership's strategy was refreshed.", []),
    ],
)
def test_a_state_word_before_the_headword_points_back(text, names):
    assert _after(_NAMED, text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # (with none named before, a state word and the headword name nothing)
        ("Work under the latest strategy began.", []),
        ("The refreshed strategy was agreed.", []),
        # (guard: a strategy of its own subject keeps its subject)
        ("Members agreed the refreshed hoarding strategy.", ["Hoarding strategy"]),
    ],
)
def test_a_state_word_is_no_name(text, names):
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Officers told schools about the Prevent Strategy in May.", ["Prevent"]),
        ("The Prevent strategy was discussed, and staff completed Prevent training.", ["Prevent"]),
        # (guards: a strategy of another name keeps its own; a known strategy as written)
        (
            "The partnership adopted the Prevent Violence Strategy for the town.",
            ["Prevent Violence Strategy"],
        ),
        ("The Serious Violence Strategy was published.", ["Serious Violence Strategy"]),
        ("Partners delivered Prevent training to 200 staff.", ["Prevent"]),
    ],
)
def test_a_known_strategy_with_its_headword_is_the_known_one(text, names):
    assert _known(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The Panel considered the Budget Monitoring Report.", []),
        ("Members noted the Quarterly Performance Report for Q3.", []),
        ("The Committee received the Highlight Report from the Board.", []),
        ("The Chief Officer presented the Progress Report on the plan.", []),
        # (guards: a body's yearly account, a report with its year or its subject named, as before)
        ("Members received the Annual Performance Report 2022/23.", ["Annual Performance Report 2022/23"]),
        ("Members noted the Performance Report 2023/24.", ["Performance Report 2023/24"]),
        ("The Commissioner published the Annual Report 2023.", ["Annual Report 2023"]),
        ("The Panel noted the Performance Report for Northshire.", ["Performance Report for Northshire"]),
    ],
)
def test_a_meetings_business_report_is_described_not_named(text, names):
    assert _names(text) == names


def _with_orgs(text):
    from boardwork.papers.extract.organisations import PaperOrgs
    from boardwork.papers.extract.pipeline import default_gazetteer

    orgs = PaperOrgs(default_gazetteer()).find(text)
    return find_policies(text, PolicyContext(text, None, [], []), orgs, [])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "The Annual Report for Cheshire Fire and Rescue Service 2023/24 was published in July.",
            ["Annual Report 2023/24"],
        ),
        (
            "The 2022-2023 Fire Statement and Annual Report for Essex County Fire and Rescue Service was agreed.",
            ["2022-2023 Fire Statement and Annual Report"],
        ),
        # (guards: a place after "for" is the name's; a government after "for" in a title is the name's)
        (
            "Members noted the Police and Crime Plan for Northshire 2021-2025.",
            ["Police and Crime Plan for Northshire 2021-2025"],
        ),
        ("We responded to the Welsh Government's Programme for Government.", ["Programme for Government"]),
    ],
)
def test_the_body_a_document_is_for_is_its_owner_not_its_name(text, names):
    assert _with_orgs(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Members noted the Community Safety Plan of the Westshire Safety Partnership.",
            ["Community Safety Plan"],
        ),
        ("There were two elements within the Delivery Plan for the Health and Housing Directorate.", []),
        # (guards: a title that opens with its headword, after "the" or an owner in the possessive)
        (
            "We responded to the Review of Local Authorities' Relative Needs and Resources.",
            ["Review of Local Authorities' Relative Needs and Resources"],
        ),
        ("Its Programme for Government was published in June.", ["Programme for Government"]),
    ],
)
def test_a_headword_closing_a_name_opens_no_title(text, names):
    assert _names(text) == names


_ACT = "The Domestic Abuse Act 2021 received Royal Assent in April."


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The new law places a duty on councils to provide support.", ["Domestic Abuse Act 2021"]),
        ("Officers are preparing for the new law.", ["Domestic Abuse Act 2021"]),
        # (guard: "the law" may be any)
        ("The law on stalking was discussed.", []),
    ],
)
def test_the_new_law_is_the_act_named_before(text, names):
    assert _after(_ACT, text) == names


def test_the_new_law_with_no_act_named_is_none():
    assert _names("The new law places a duty on councils.") == []
