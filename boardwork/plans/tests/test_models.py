import pytest
from django.core.exceptions import ValidationError

from boardwork.boards.models import Change
from boardwork.plans.models import Commitment, Theme
from boardwork.plans.services import QuarterTaken, record_update

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


def test_it_keeps_one_update_a_quarter_with_its_history_and_finds_the_previous_quarter(themes):
    old, _ = themes
    c = Commitment.objects.create(theme=old, title="x")
    q1, _ = record_update(c, quarter=1, rag="amber", commentary="slow start")
    first, created = record_update(c, quarter=2, rag="red", commentary="first take")
    q2, again = record_update(c, quarter=2, rag="green", commentary="recovered")
    assert created and not again and q2.pk == first.pk
    assert (q2.rag, q2.commentary) == ("green", "recovered")
    assert c.latest_update() == q2
    assert c.latest_update(quarter=1) == q1
    assert q2.previous() == q1
    assert c.updates.count() == 2
    edit = Change.history(q2).filter(action="edit").get()  # the first take is kept in the history
    assert edit.changes["rag"] == ["red", "green"] and edit.changes["commentary"][0] == "first take"
    with pytest.raises(QuarterTaken):
        record_update(c, quarter=2, rag="amber", replace=False)


@pytest.mark.parametrize(
    "rag,state", [("green", "on_track"), ("amber", "at_risk"), ("red", "off_track"), ("complete", "complete")]
)
def test_the_state_follows_the_latest_rating_unless_deferred_or_dropped(themes, rag, state):
    old, _ = themes
    c = Commitment.objects.create(theme=old, title="x")
    record_update(c, quarter=1, rag=rag)
    c.refresh_from_db()
    assert c.state == state
    c.state = "dropped"
    c.save()
    record_update(c, quarter=2, rag=rag)
    c.refresh_from_db()
    assert c.state == "dropped"


def test_a_state_contradicting_the_latest_rating_is_refused(themes):
    old, _ = themes
    c = Commitment.objects.create(theme=old, title="x")
    record_update(c, quarter=1, rag="green")
    c.state = "at_risk"
    with pytest.raises(ValidationError, match="Green"):
        c.clean()
    c.state = "deferred"
    c.clean()
