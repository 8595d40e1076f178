"""Issue #11's data-damaging bugs, each through the pages as a browser would use them: the form is
read back from the page it came in (what the browser would submit), then saved unchanged or with
one change, and the records are checked."""

from __future__ import annotations

import datetime as dt
from html.parser import HTMLParser

import pytest
from django.db import IntegrityError, transaction
from django.urls import reverse

from boardwork.activities.models import Activity, Organisation, Policy
from boardwork.boards.models import Change, Person
from boardwork.plans.models import Commitment, ProgressUpdate, Theme

from .web_fixtures import client_for, world_fixture  # noqa: F401

COMMA_BILL = "Police, Crime, Sentencing and Courts Bill"
COMMA_ORG = "Ministry of Housing, Communities and Local Government"


class _Form:
    def __init__(self):
        self.pairs: list[tuple[str, str]] = []
        self.inputs: list[dict] = []
        self.names: set[str] = set()


class _FormReader(HTMLParser):
    """What a browser submits for each <form method=post> on a page: text and hidden inputs (as
    given, not as a browser would repair them), checked boxes and radios, textareas and selected
    options."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[_Form] = []
        self._form: _Form | None = None
        self._textarea = self._select = None
        self._text: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and (a.get("method") or "").lower() == "post":
            self._form = _Form()
            self.forms.append(self._form)
        f = self._form
        if f is None:
            return
        if a.get("name"):
            f.names.add(a["name"])
        if tag == "input":
            f.inputs.append(a)
            kind = (a.get("type") or "text").lower()
            if not a.get("name") or kind in ("submit", "button", "file"):
                return
            if kind in ("checkbox", "radio") and "checked" not in a:
                return
            f.pairs.append((a["name"], a.get("value") or ""))
        elif tag == "textarea":
            self._textarea, self._text = a.get("name"), []
        elif tag == "select":
            self._select = a.get("name")
        elif tag == "option" and self._select and "selected" in a:
            f.pairs.append((self._select, a.get("value") or ""))

    def handle_data(self, data):
        if self._textarea:
            self._text.append(data)

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea and self._form:
            self._form.pairs.append((self._textarea, "".join(self._text).removeprefix("\n")))
            self._textarea = None
        elif tag == "select":
            self._select = None
        elif tag == "form":
            self._form = None


def read_form(html: str, field: str) -> _Form:
    """The post form on the page that has a field called `field`."""
    reader = _FormReader()
    reader.feed(html)
    return next(f for f in reader.forms if field in f.names)


def as_post(pairs: list[tuple[str, str]], **over) -> dict:
    """Pairs → a dict for the test client (lists for repeated names); `over` replaces names."""
    out: dict[str, list[str]] = {}
    for k, v in pairs:
        out.setdefault(k, []).append(v)
    for k, v in over.items():
        out[k] = v if isinstance(v, list) else [v]
    return out


def inputs_named(form: _Form, name: str) -> list[dict]:
    return [i for i in form.inputs if i.get("name") == name]


# -- 1. names containing commas ---------------------------------------------------------------------


def test_added_names_with_commas_stay_whole(world):
    c = client_for(world, "officer")
    r = c.post(
        reverse("activity_add", args=["sscb"]),
        {
            "text": "Briefed peers on the Bill",
            "date": "2021-10",
            "policies": [COMMA_BILL, ""],
            "organisations": [COMMA_ORG, "Home Office", ""],
            "people": ["Baroness Jane Doe, OBE"],
        },
    )
    assert r.status_code == 302
    a = Activity.objects.get(text="Briefed peers on the Bill")
    assert [p.title for p in a.policies.all()] == [COMMA_BILL]
    assert {o.name for o in a.organisations.all()} == {COMMA_ORG, "Home Office"}
    assert [p.display_name for p in a.people.all()] == ["Baroness Jane Doe, OBE"]
    assert not Policy.objects.filter(title__in=["Police", "Crime", "Sentencing and Courts Bill"]).exists()


def test_saving_an_activity_unchanged_keeps_names_with_commas(world):
    a = world.activity
    bill = Policy.objects.create(title=COMMA_BILL, kind="bill")
    org = Organisation.objects.create(name=COMMA_ORG)
    a.policies.add(bill)
    a.organisation_links.create(organisation=org)
    c = client_for(world, "officer")
    url = reverse("activity_edit", args=["sscb", a.uid])
    form = read_form(c.get(url).content.decode(), "text")
    # One box per name: the name is a value of its own, never part of a list in one box.
    assert COMMA_BILL in [i.get("value") for i in inputs_named(form, "policies")]
    policies, orgs = Policy.objects.count(), Organisation.objects.count()
    r = c.post(url, as_post(form.pairs))
    assert r.status_code == 302, r.content.decode()[:3000]
    assert {p.title for p in a.policies.all()} == {world.policy.title, COMMA_BILL}
    assert COMMA_ORG in {o.name for o in a.organisations.all()}
    assert (Policy.objects.count(), Organisation.objects.count()) == (policies, orgs)


def test_suggestions_complete_the_whole_name(world):
    Policy.objects.create(title=COMMA_BILL, kind="bill")
    r = client_for(world, "officer").get(
        reverse("suggest", args=["sscb", "policies"]), {"policies": "Police, Cr"}
    )
    assert f'<option value="{COMMA_BILL}">'.encode() in r.content


# -- 2. dates in <input type=date> ------------------------------------------------------------------


def test_commitment_edit_shows_the_due_date_and_an_unchanged_save_keeps_it(world):
    c = world.commitment
    Commitment.objects.filter(pk=c.pk).update(due=dt.date(2022, 3, 31), state="at_risk")
    client = client_for(world, "officer")
    url = reverse("commitment_edit", args=["sscb", c.uid])
    form = read_form(client.get(url).content.decode(), "due")
    assert [i.get("value") for i in inputs_named(form, "due")] == ["2022-03-31"]
    r = client.post(url, as_post(form.pairs))
    assert r.status_code == 302
    c.refresh_from_db()
    assert c.due == dt.date(2022, 3, 31) and c.version == 2


def test_rollover_form_shows_its_dates(world):
    form = read_form(
        client_for(world, "officer").get(reverse("rollover", args=["sscb"])).content.decode(), "start"
    )
    assert [i.get("value") for i in inputs_named(form, "start")] == ["2022-09-01"]
    assert [i.get("value") for i in inputs_named(form, "end")] == ["2023-08-31"]


def test_log_filter_dates_are_shown_as_given(world):
    html = (
        client_for(world, "officer")
        .get(reverse("activities", args=["sscb"]), {"date_from": "2021-09-01"})
        .content.decode()
    )
    assert 'value="2021-09-01"' in html


# -- 3. the date decides the cycle ------------------------------------------------------------------


def test_an_activity_dated_in_an_earlier_cycle_takes_that_cycles_themes(world):
    c = client_for(world, "officer")
    r = c.post(
        reverse("activity_add", args=["sscb"]),
        {"text": "Spring conference", "date": "March 2021", "themes": [str(world.old_theme.pk)]},
    )
    assert r.status_code == 302, r.content.decode()[:2000]
    a = Activity.objects.get(text="Spring conference")
    assert a.cycle == world.cycle1 and list(a.themes.all()) == [world.old_theme]


def test_redating_an_activity_moves_it_and_offers_that_years_themes(world):
    a = world.activity  # 2021/22
    c = client_for(world, "officer")
    url = reverse("activity_edit", args=["sscb", a.uid])
    form = read_form(c.get(url).content.decode(), "text")
    r = c.post(url, as_post(form.pairs, date="2021-03", themes=[str(world.old_theme.pk)]))
    assert r.status_code == 302, r.content.decode()[:2000]
    a.refresh_from_db()
    assert a.cycle == world.cycle1 and list(a.themes.all()) == [world.old_theme]
    # The edit form now offers 2020/21's themes.
    form = read_form(c.get(url).content.decode(), "text")
    offered = {i.get("value") for i in inputs_named(form, "themes")}
    assert offered == {str(world.old_theme.pk)}


def test_a_cycle_mismatch_left_by_earlier_saves_is_mended_by_the_date(world):
    a = world.activity
    Activity.objects.filter(pk=a.pk).update(date=dt.date(2021, 3, 4))  # still in 2021/22's cycle
    c = client_for(world, "officer")
    url = reverse("activity_edit", args=["sscb", a.uid])
    form = read_form(c.get(url).content.decode(), "text")
    assert {i.get("value") for i in inputs_named(form, "themes")} == {str(world.old_theme.pk)}


def test_an_undated_activity_keeps_its_cycle(world):
    a = Activity.objects.create(board=world.board, cycle=world.cycle1, text="Undated note")
    c = client_for(world, "officer")
    url = reverse("activity_edit", args=["sscb", a.uid])
    form = read_form(c.get(url).content.decode(), "text")
    assert c.post(url, as_post(form.pairs, title="Named")).status_code == 302
    a.refresh_from_db()
    assert a.cycle == world.cycle1 and a.title == "Named"


def test_api_date_decides_the_cycle_and_themes_must_be_of_it(world):
    c = client_for(world, "officer")
    r = c.post(
        "/api/boards/sscb/activities",
        {"text": "Wrote to the minister", "date": "2021-02", "themes": [str(world.theme.uid)]},
        content_type="application/json",
    )
    assert r.status_code == 422 and "themes" in r.content.decode()
    r = c.post(
        "/api/boards/sscb/activities",
        {"text": "Wrote to the minister", "date": "2021-02", "themes": [str(world.old_theme.uid)]},
        content_type="application/json",
    )
    assert r.status_code == 201
    assert r.json()["cycle"] == str(world.cycle1.uid)


# -- 4. a composed paper uploaded again -------------------------------------------------------------


def test_reimporting_a_composed_paper_makes_no_catch_all_theme(world, settings, tmp_path):
    from boardwork.papers import services

    settings.MEDIA_ROOT = tmp_path / "media"
    Activity.objects.create(
        board=world.board,
        cycle=world.cycle,
        date=dt.date(2021, 11, 3),
        date_precision="day",
        text="The Board's chair spoke at the national fire conference about building safety reform.",
    )
    themes_before = set(Theme.objects.filter(cycle__board=world.board).values_list("title", flat=True))
    data, _, _ = services.render_report(world.board, "end-of-year", world.cycle, "md")
    res = services.import_paper(data, "end-of-year.md", world.board, cycle=world.cycle)
    assert res.status == "imported", res.reason
    themes_after = set(Theme.objects.filter(cycle__board=world.board).values_list("title", flat=True))
    assert "Other work" not in themes_after
    assert themes_after == themes_before


# -- 5. quarterly updates and the commitment's state ------------------------------------------------


def test_entering_a_quarter_again_edits_its_update_and_keeps_history(world):
    c = client_for(world, "officer")
    url = reverse("commitment", args=["sscb", world.commitment.uid])
    assert c.post(url, {"quarter": "3", "rag": "amber", "commentary": "Slipping"}).status_code == 302
    assert c.post(url, {"quarter": "3", "rag": "green", "commentary": "Recovered"}).status_code == 302
    q3 = ProgressUpdate.objects.filter(commitment=world.commitment, quarter=3)
    assert q3.count() == 1
    u = q3.get()
    assert (u.rag, u.commentary) == ("green", "Recovered")
    changes = [ch.changes for ch in Change.history(u)]
    assert any(ch.get("rag") == ["amber", "green"] for ch in changes)


def test_one_update_per_commitment_per_quarter_in_the_database(world):
    with pytest.raises(IntegrityError), transaction.atomic():
        ProgressUpdate.objects.create(commitment=world.commitment, quarter=1, rag="green")


def test_api_refuses_a_second_update_for_a_quarter(world):
    c = client_for(world, "officer")
    url = f"/api/commitments/{world.commitment.uid}/updates"
    r = c.post(url, {"quarter": 1, "rag": "green"}, content_type="application/json")
    assert r.status_code == 409
    assert ProgressUpdate.objects.filter(commitment=world.commitment, quarter=1).count() == 1
    r = c.put(f"{url}/1", {"rag": "red", "commentary": "Stalled"}, content_type="application/json")
    assert r.status_code == 200 and r.json()["rag"] == "red"
    world.commitment.refresh_from_db()
    assert world.commitment.state == "off_track"


def test_a_rating_sets_the_commitments_state(world):
    c = client_for(world, "officer")
    url = reverse("commitment", args=["sscb", world.commitment.uid])
    assert c.post(url, {"quarter": "2", "rag": "green", "commentary": ""}).status_code == 302
    world.commitment.refresh_from_db()
    assert world.commitment.state == Commitment.State.ON_TRACK


@pytest.mark.parametrize(
    "state,ok",
    [("at_risk", False), ("complete", False), ("off_track", True), ("deferred", True), ("dropped", True)],
)
def test_a_state_that_contradicts_the_latest_rating_is_refused(world, state, ok):
    cm = world.commitment
    ProgressUpdate.objects.create(commitment=cm, quarter=2, rag="red")
    data = {
        "title": cm.title,
        "owner_name": "",
        "due": "",
        "state": state,
        "delay_reason": "",
        "version": "1",
    }
    r = client_for(world, "officer").post(reverse("commitment_edit", args=["sscb", cm.uid]), data)
    assert r.status_code == (302 if ok else 400)
    if not ok:
        assert "Red" in r.content.decode()
    r = client_for(world, "officer").patch(
        f"/api/commitments/{cm.uid}",
        {"version": 2 if ok else 1, "state": state},
        content_type="application/json",
    )
    assert r.status_code == (200 if ok else 422)


def test_the_rag_choice_has_no_blank_preselected(world):
    html = (
        client_for(world, "officer").get(reverse("commitment", args=["sscb", world.commitment.uid])).content
    )
    form = read_form(html.decode(), "rag")
    rag = inputs_named(form, "rag")
    assert {i.get("value") for i in rag} == {"green", "amber", "red", "complete"}
    assert not any("checked" in i for i in rag)
    assert "---------" not in html.decode()


def test_people_named_once_are_found_again(world):
    c = client_for(world, "officer")
    for text in ("First", "Second"):
        c.post(reverse("activity_add", args=["sscb"]), {"text": text, "people": ["Cllr Ann Smith"]})
    assert Person.objects.filter(name="Ann Smith").count() == 1


def test_the_themes_offered_follow_the_date_as_it_is_typed(world):
    url = reverse("activity_themes", args=["sscb"])
    c = client_for(world, "officer")
    r = c.get(url, {"date": "March 2021", "themes": [str(world.old_theme.pk), str(world.theme.pk)]})
    html = r.content.decode()
    assert r.status_code == 200 and world.old_theme.title in html and world.theme2.title not in html
    assert f'value="{world.old_theme.pk}" checked' in html
    html = c.get(url, {"date": "", "fallback": str(world.cycle.uid)}).content.decode()
    assert world.theme2.title in html and world.old_theme.title not in html
    assert client_for(world, "member").get(url, {"date": "2021"}).status_code == 403
