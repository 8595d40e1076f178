"""The authorisation policy (boards/permissions.py), rule by rule, for every persona: admin,
officer and member of the board, outsider (officer of another board), anonymous."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth.models import AnonymousUser

from boardwork.activities.models import Activity
from boardwork.boards import permissions
from boardwork.boards.models import Board, Membership, Person
from boardwork.papers.models import StoredPaper
from boardwork.plans.models import Commitment, Feedback, Theme

pytestmark = pytest.mark.django_db

PERSONAS = ["admin", "officer", "member", "outsider", "anonymous"]


@pytest.fixture
def people(board, officer, member, outsider, admin_user):
    return {
        "admin": admin_user,
        "officer": officer,
        "member": member,
        "outsider": outsider,
        "anonymous": AnonymousUser(),
    }


# -- roles ---------------------------------------------------------------------------------------


def test_roles_come_from_current_memberships(board, people):
    roles = {name: permissions.role_on(user, board) for name, user in people.items()}
    assert roles == {
        "admin": "admin",
        "officer": "officer",
        "member": "member",
        "outsider": None,
        "anonymous": None,
    }
    assert permissions.role_on(None, board) is None


def test_an_ended_or_future_membership_gives_no_role(board, officer, member):
    Membership.objects.filter(person__user=officer).update(end=dt.date(2001, 1, 1))
    Membership.objects.filter(person__user=member).update(start=dt.date.today() + dt.timedelta(days=1))
    assert permissions.role_on(officer, board) is None
    assert permissions.role_on(member, board) is None
    assert permissions.roles_of(officer) == {}


def test_officer_wins_over_another_membership_and_a_chair_is_a_member(board, member):
    person = Person.objects.get(user=member)
    Membership.objects.filter(person=person).update(role=Membership.Role.CHAIR)
    assert permissions.role_on(member, board) == "member"
    Membership.objects.create(board=board, person=person, role=Membership.Role.OFFICER)
    assert permissions.role_on(member, board) == "officer"
    assert permissions.roles_of(member) == {board.pk: "officer"}


def test_an_inactive_superuser_is_not_an_admin(admin_user, board):
    admin_user.is_active = False
    assert not permissions.is_admin(admin_user)


def test_visible_boards(board, other_board, people):
    seen = {
        name: set(permissions.visible_boards(u).values_list("slug", flat=True)) for name, u in people.items()
    }
    assert seen == {
        "admin": {"sscb", "ctsb"},
        "officer": {"sscb"},
        "member": {"sscb"},
        "outsider": {"ctsb"},
        "anonymous": set(),
    }


def test_sees_key_is_equal_exactly_for_equal_roles_per_board(board, other_board, people):
    from django.contrib.auth import get_user_model

    keys = {name: permissions.sees_key(u) for name, u in people.items()}
    assert len(set(keys.values())) == 5
    assert keys["anonymous"] == "public" and keys["admin"] == "admin"
    second = get_user_model().objects.create_user("second-member", password="x" * 20)
    person = Person.objects.create(name="Second", user=second)
    Membership.objects.create(board=board, person=person, role="member")
    assert permissions.sees_key(second) == keys["member"]
    Membership.objects.create(board=other_board, person=person, role="member")
    assert permissions.sees_key(second) != keys["member"]


# -- decisions by role ---------------------------------------------------------------------------

# The rules, written out: (predicate, roles allowed). None is the public (and the outsider).
RULES = [
    (permissions.can_view_board, {"admin", "officer", "member"}),
    (permissions.can_edit_board, {"admin", "officer"}),
    (permissions.can_compose, {"admin", "officer"}),
    (permissions.can_publish, {"admin", "officer"}),
    (permissions.can_give_feedback, {"admin", "officer", "member"}),
    (permissions.can_view_all_feedback, {"admin", "officer"}),
    (permissions.can_manage_members, {"admin"}),
]


@pytest.mark.parametrize("predicate,allowed", RULES, ids=[r[0].__name__ for r in RULES])
def test_each_rule_for_each_role(predicate, allowed):
    for role in ("admin", "officer", "member", None):
        assert predicate(role) == (role in allowed), (predicate.__name__, role)


def test_records_by_review_state():
    expected = {
        "admin": {"accepted", "to_review", "rejected"},
        "officer": {"accepted", "to_review", "rejected"},
        "member": {"accepted"},
        None: set(),
    }
    for role, states in expected.items():
        for state in ("accepted", "to_review", "rejected"):
            assert permissions.can_view_record(role, state) == (state in states), (role, state)


def test_papers_published_for_all_others_for_the_board():
    assert permissions.can_view_paper(None, True)
    assert not permissions.can_view_paper(None, False)
    assert permissions.can_view_paper("member", False)


def test_abilities_answer_every_predicate():
    a = permissions.abilities("member")
    assert a.view_board and a.give_feedback
    assert not (a.edit_board or a.compose or a.publish or a.view_all_feedback or a.manage_members)
    assert not a.view_records_to_review
    assert (
        permissions.abilities("officer").edit_board
        and permissions.abilities("officer").view_records_to_review
    )


def test_shared_records(board, people):
    view = {n for n, u in people.items() if permissions.can_view_shared(u)}
    edit = {n for n, u in people.items() if permissions.can_edit_shared(u)}
    merge = {n for n, u in people.items() if permissions.can_merge_shared(u)}
    assert view == {"admin", "officer", "member", "outsider"}
    assert edit == {"admin", "officer", "outsider"}  # an officer of any board
    assert merge == {"admin"}


@pytest.mark.parametrize(
    "persona,expected",
    [("anonymous", "SIGN_IN"), ("outsider", "NOT_FOUND"), ("member", "FORBIDDEN"), ("officer", "FORBIDDEN")],
)
def test_how_a_refusal_is_answered(board, people, persona, expected):
    user = people[persona]
    assert permissions.refusal(user, permissions.role_on(user, board)).name == expected


# -- querysets -----------------------------------------------------------------------------------


@pytest.fixture
def records(board, other_board, cycles):
    theme = Theme.objects.create(cycle=cycles[1], title="Community safety")
    acts = {
        state: Activity.objects.create(board=board, text=f"{state} work", review=state)
        for state in ("accepted", "to_review", "rejected")
    }
    elsewhere = Activity.objects.create(board=other_board, text="Their work")
    comms = {
        state: Commitment.objects.create(theme=theme, title=f"{state} plan", review=state)
        for state in ("accepted", "to_review", "rejected")
    }
    return acts, comms, elsewhere, theme


def test_filter_records_per_role(board, people, records):
    acts, comms, _, _ = records
    for name, user in people.items():
        role = permissions.role_on(user, board)
        got = set(permissions.filter_records(Activity.objects.filter(board=board), role))
        got_c = set(permissions.filter_records(Commitment.objects.all(), role))
        want = {
            "admin": set(acts),
            "officer": set(acts),
            "member": {"accepted"},
            "outsider": set(),
            "anonymous": set(),
        }[name]
        assert got == {acts[s] for s in want}, name
        assert got_c == {comms[s] for s in want}, name


def test_filter_visible_across_boards(people, records):
    acts, _, elsewhere, _ = records
    seen = {name: set(permissions.filter_visible(Activity.objects.all(), u)) for name, u in people.items()}
    assert seen["admin"] == {*acts.values(), elsewhere}
    assert seen["officer"] == set(acts.values())
    assert seen["member"] == {acts["accepted"]}
    assert seen["outsider"] == {elsewhere}
    assert seen["anonymous"] == set()


def test_feedback_members_see_their_own_only(board, people, cycles):
    mine = Feedback.objects.create(cycle=cycles[1], text="Mine", author=people["member"])
    # Loaded from a backup: the member's person, no account.
    loaded = Feedback.objects.create(cycle=cycles[1], text="Mine too", person=people["member"].person)
    theirs = Feedback.objects.create(cycle=cycles[1], text="Theirs", author=people["officer"])
    for name, user in people.items():
        got = set(permissions.filter_feedback(Feedback.objects.all(), permissions.role_on(user, board), user))
        want = {
            "admin": {mine, loaded, theirs},
            "officer": {mine, loaded, theirs},
            "member": {mine, loaded},
            "outsider": set(),
            "anonymous": set(),
        }[name]
        assert got == want, name


def test_filter_papers(board, people):
    public = StoredPaper.objects.create(board=board, title="Annual report", published=True)
    draft = StoredPaper.objects.create(board=board, title="Draft")
    for name, user in people.items():
        got = set(permissions.filter_papers(StoredPaper.objects.all(), permissions.role_on(user, board)))
        assert got == ({public} if name in ("outsider", "anonymous") else {public, draft}), name


# -- can(user, action, obj) ----------------------------------------------------------------------


def test_can_on_records(board, people, records):
    acts, comms, elsewhere, theme = records
    member, officer, outsider = people["member"], people["officer"], people["outsider"]
    assert permissions.can(member, "view", acts["accepted"])
    assert not permissions.can(member, "view", acts["to_review"])
    assert not permissions.can(member, "view", comms["rejected"])
    assert permissions.can(officer, "view", comms["rejected"])
    assert permissions.can(member, "view", theme)  # board_of through the cycle
    assert not permissions.can(member, "edit_board", theme)
    assert permissions.can(officer, "edit_board", acts["to_review"])
    assert not permissions.can(outsider, "view", acts["accepted"])
    assert permissions.can(outsider, "edit_board", elsewhere)
    assert permissions.can(outsider, "edit_shared")
    assert not permissions.can(member, "admin") and permissions.can(people["admin"], "admin")
    draft = StoredPaper.objects.create(board=board, title="Draft")
    assert permissions.can(member, "view", draft) and not permissions.can(outsider, "view", draft)
    with pytest.raises(ValueError):
        permissions.can(member, "fly", board)


def test_board_and_role(board, people):
    assert permissions.board_and_role("sscb", people["member"]) == (board, "member")
    assert permissions.board_and_role("sscb", people["outsider"]) == (board, None)
    assert permissions.board_and_role("nope", people["admin"]) == (None, None)
    assert isinstance(permissions.board_and_role("sscb", None)[0], Board)


def test_the_token_command_says_what_the_token_opens(officer, outsider, admin_user, capsys):
    from django.core.management import call_command

    call_command("token", "officer")
    assert "sscb (officer)" in capsys.readouterr().err
    call_command("token", "root")
    assert "admin" in capsys.readouterr().err
    Membership.objects.filter(person__user=outsider).delete()
    call_command("token", "outsider")
    assert "no board" in capsys.readouterr().err


def test_the_admins_query_is_is_admin(people, django_user_model):
    """`admins()` (pages listing people) and `is_admin` (every decision) are one definition: for
    every kind of account, being in the query is being an administrator."""
    accounts = {
        **{k: u for k, u in people.items() if k != "anonymous"},
        "inactive superuser": django_user_model.objects.create_user(
            "gone", password="x", is_superuser=True, is_active=False
        ),
        "staff, not superuser": django_user_model.objects.create_user("staff", password="x", is_staff=True),
    }
    in_query = set(django_user_model.objects.filter(permissions.admins()).values_list("pk", flat=True))
    decided = {name: permissions.is_admin(u) for name, u in accounts.items()}
    queried = {name: u.pk in in_query for name, u in accounts.items()}
    assert queried == decided
    assert decided == {
        "admin": True,
        "officer": False,
        "member": False,
        "outsider": False,
        "inactive superuser": False,
        "staff, not superuser": False,
    }


def test_the_change_log_offers_admins_by_the_same_definition(board, people, django_user_model):
    from django.test import Client
    from django.urls import reverse

    django_user_model.objects.create_user("former-admin", password="x", is_superuser=True, is_active=False)
    c = Client()
    c.force_login(people["admin"])
    page = c.get(reverse("changes", args=[board.slug])).content.decode()
    assert f'value="{people["admin"].username}"' in page
    assert 'value="former-admin"' not in page
