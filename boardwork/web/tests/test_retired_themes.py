"""A retired theme takes no new work: not offered in the activity form, on the log's "add" link,
in the feedback form or at rollover; refused by the save service (web and API alike). An activity
already on a retired theme keeps it, and keeps it through an edit."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from boardwork.activities.services import save_activity
from boardwork.plans import services as plans
from boardwork.plans.models import Commitment
from boardwork.web.forms import ActivityForm, FeedbackForm, RolloverForm

from .web_fixtures import client_for, world_fixture  # noqa: F401


@pytest.fixture
def retired(world):
    world.theme2.retired_on = dt.date(2021, 12, 1)
    world.theme2.save()
    return world.theme2


def test_activity_form_offers_no_retired_theme_to_a_new_activity(world, retired):
    form = ActivityForm(board=world.board, cycle=world.cycle, initial={"date": "2021-10-01"})
    offered = set(form.fields["themes"].queryset)
    assert world.theme in offered and retired not in offered
    c = client_for(world, "officer")
    page = c.get(reverse("activity_add", args=[world.board.slug]) + f"?theme={retired.uid}")
    assert page.status_code == 200 and retired.title not in page.content.decode()


def test_activity_on_a_retired_theme_keeps_showing_it_and_keeps_it_on_save(world, retired):
    a = next(x for x in world.activities if retired in x.themes.all())
    c = client_for(world, "officer")
    url = reverse("activity_edit", args=[world.board.slug, a.uid])
    page = c.get(url).content.decode()
    assert retired.title in page
    r = c.post(
        url,
        {"text": a.text, "date": "2021-09-01", "themes": [retired.pk], "version": a.version},
    )
    assert r.status_code == 302, r.content.decode()[:2000]
    a.refresh_from_db()
    assert list(a.themes.all()) == [retired]
    assert retired.title in c.get(reverse("activity", args=[world.board.slug, a.uid])).content.decode()


def test_the_save_service_refuses_a_retired_theme_on_new_work(world, retired):
    with pytest.raises(ValidationError) as e:
        save_activity(
            None, {"text": "New work", "date": "2021-10-02", "themes": [retired]}, board=world.board
        )
    assert "retired" in str(e.value)
    a = next(x for x in world.activities if retired not in x.themes.all())
    with pytest.raises(ValidationError):
        save_activity(a, {"themes": [world.theme, retired]}, base_version=a.version)


def test_feedback_form_and_rollover_offer_no_retired_theme(world, retired):
    assert retired not in set(FeedbackForm(cycle=world.cycle).fields["theme"].queryset)
    rform = RolloverForm(cycle=world.cycle)
    assert retired not in set(rform.fields["themes"].queryset)
    assert world.theme in set(rform.fields["themes"].queryset)
    Commitment.objects.create(theme=retired, title="Slipped work", state="deferred")
    assert not [c for c in rform.fields["carry"].queryset if c.theme_id == retired.pk]
    new = plans.rollover(world.cycle, label="2022/23", start=dt.date(2022, 9, 1), end=dt.date(2023, 8, 31))
    assert [t.title for t in new.themes.all()] == [world.theme.title]
    with pytest.raises(ValidationError):
        plans.rollover(
            world.cycle,
            label="2023/24",
            start=dt.date(2023, 9, 1),
            end=dt.date(2024, 8, 31),
            themes=[retired],
        )
