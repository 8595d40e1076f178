import datetime as dt

import pytest
from django.core.exceptions import ValidationError

from boardwork.boards.models import Board, Change, Cycle, StaleEdit

pytestmark = pytest.mark.django_db


def test_it_refuses_a_board_that_is_its_own_ancestor(board, other_board):
    other_board.parent = board
    other_board.save()
    board.parent = other_board
    with pytest.raises(ValidationError):
        board.clean()


def test_it_resolves_bare_months_against_the_cycle(cycles):
    c2021 = cycles[0]
    assert c2021.resolve_month(12) == 2020  # "In December" in a 2020/21 report
    assert c2021.resolve_month(5) == 2021  # "In May"
    assert c2021.resolve_month(9) == 2020


def test_it_numbers_quarters_from_the_cycle_start(cycles):
    c = cycles[0]
    assert c.quarter_of(dt.date(2020, 9, 15)) == 1
    assert c.quarter_of(dt.date(2020, 12, 1)) == 2
    assert c.quarter_of(dt.date(2021, 8, 31)) == 4
    assert c.quarter_dates(2) == (dt.date(2020, 12, 1), dt.date(2021, 2, 28))


def test_it_knows_previous_and_next_cycles(cycles):
    a, b = cycles
    assert b.previous() == a and a.next() == b and a.previous() is None


def test_it_refuses_a_cycle_that_ends_before_it_starts(board):
    c = Cycle(board=board, label="bad", start=dt.date(2021, 1, 1), end=dt.date(2020, 1, 1))
    with pytest.raises(ValidationError):
        c.clean()


def test_it_refuses_a_stale_edit_and_keeps_the_first(board, officer, member):
    first = Board.objects.get(pk=board.pk)
    second = Board.objects.get(pk=board.pk)
    before = first.snapshot(["remit"])
    first.remit = "First officer's remit"
    first.save_edit(user=officer, base_version=1, before=before)
    second.remit = "Second officer's remit"
    with pytest.raises(StaleEdit, match="changed by someone else"):
        second.save_edit(user=member, base_version=1, before=before)
    board.refresh_from_db()
    assert board.remit == "First officer's remit"
    assert board.version == 2
    history = list(Change.history(board))
    assert len(history) == 1 and history[0].user == officer
    assert history[0].changes == {"remit": ["", "First officer's remit"]}


def test_it_issues_a_token_that_only_its_holder_can_use(officer, capsys):
    from django.core.management import call_command

    from boardwork.boards.models import ApiToken

    call_command("token", "officer", name="script")
    key = capsys.readouterr().out.strip()
    assert key.startswith("bw_")
    token = ApiToken.objects.get()
    assert token.key_hash != key and key not in token.key_hash  # only the hash is stored
    assert ApiToken.user_for(key) == officer
    assert ApiToken.user_for(key + "x") is None
    officer.is_active = False
    officer.save()
    assert ApiToken.user_for(key) is None


def test_it_checks_the_house_style_when_the_board_is_edited(board):
    board.house_style = {"font_family": "Calibri"}
    board.clean()  # a known setting passes
    board.house_style = {"no_such_setting": 1}
    with pytest.raises(ValidationError) as e:
        board.clean()
    assert "house_style" in e.value.message_dict
