import pytest
from django.core.exceptions import ValidationError

from boardwork.plans.models import Commitment, ProgressUpdate, Theme

pytestmark = pytest.mark.django_db


@pytest.fixture
def themes(cycles):
    a, b = cycles
    old = Theme.objects.create(cycle=a, title="Community safety", order=1)
    new = Theme.objects.create(cycle=b, title="Community safety", order=1, continues=old)
    return old, new


def test_it_follows_theme_lineage_back_through_the_years(themes):
    old, new = themes
    assert new.lineage() == [new, old]
    assert list(old.continued_by.all()) == [new]


def test_it_refuses_lineage_to_a_later_or_foreign_theme(themes, other_board):
    old, new = themes
    old.continues = new
    with pytest.raises(ValidationError, match="earlier cycle"):
        old.clean()


def test_it_carries_a_commitment_forward_and_marks_the_old_one_deferred(themes):
    old, new = themes
    c = Commitment.objects.create(theme=old, title="Develop a programme on modern slavery")
    carried = c.carry_forward(new, reason="Diverted to Covid-19 work.")
    c.refresh_from_db()
    assert c.state == Commitment.State.DEFERRED and c.delay_reason == "Diverted to Covid-19 work."
    assert carried.carried_from == c and carried.theme == new
    assert carried.is_carried_forward and carried.is_delayed
    assert carried.chain() == [carried, c]


def test_it_refuses_carrying_forward_into_the_past(themes):
    old, new = themes
    c = Commitment.objects.create(theme=new, title="x")
    with pytest.raises(ValidationError):
        c.carry_forward(old)
    backwards = Commitment(theme=old, title="y", carried_from=c)
    with pytest.raises(ValidationError):
        backwards.clean()


def test_it_keeps_update_history_and_finds_the_previous_quarter(themes):
    old, _ = themes
    c = Commitment.objects.create(theme=old, title="x")
    q1 = ProgressUpdate.objects.create(commitment=c, quarter=1, rag="amber", commentary="slow start")
    ProgressUpdate.objects.create(commitment=c, quarter=2, rag="red", commentary="first take")
    q2b = ProgressUpdate.objects.create(commitment=c, quarter=2, rag="green", commentary="recovered")
    assert c.latest_update() == q2b
    assert c.latest_update(quarter=1) == q1
    assert q2b.previous() == q1
    assert c.updates.count() == 3  # history kept
