"""Saving an activity: the one place every write path goes through (the web form and quick add, the
API, the review of an imported paper), so that the rules below hold whichever way a record comes in:

- **the date decides the cycle**: a dated activity belongs to the board's cycle that contains its
  date (an activity of March 2021 is reported in 2020/21 even when entered after the rollover to
  2021/22); an undated one, or one dated outside every cycle, keeps the cycle it was given;
- its themes are themes of that cycle (a theme of another year would drop it into that year's
  "Other work");
- names are whole names: each organisation, policy or person is one item of a list, never a piece
  of text split on commas ("Police, Crime, Sentencing and Courts Bill" is one Bill);
- a save based on an old version is refused (`StaleEdit`) and changes nothing; the links and the
  history entry are written in the same transaction as the record.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from boardwork.boards.models import Board, Change, Cycle, Person, StaleEdit
from boardwork.boards.signals import records_changed
from boardwork.lib.names import is_councillor_title, split_honorific

from .models import Activity, ActivityOrganisation, Organisation, Policy

SCALAR_FIELDS = ("title", "text", "outcome", "reach", "review")
FIELDS = frozenset(
    {
        *SCALAR_FIELDS,
        "date",
        "kinds",
        "nations",
        "cycle",
        "commitment",
        "themes",
        "organisations",
        "policies",
        "people",
    }
)
# What the history shows before → after for each field a save may change.
SNAPSHOT = {
    "date": ("date", "date_precision"),
    "organisations": ("organisations",),
    "cycle": ("cycle",),
}


def cycle_for_date(board: Board | int, day: dt.date | None) -> Cycle | None:
    """The board's cycle that contains `day` (None for no date, or a date outside every cycle)."""
    if day is None:
        return None
    return Cycle.objects.filter(board=board, start__lte=day, end__gte=day).order_by("start").first()


def _clean_name(name: str) -> str:
    return " ".join((name or "").split())


def find_or_create_organisation(name: str, user=None) -> Organisation | None:
    """The organisation called `name` (its name, an alias or its acronym), made if not yet known
    (with its "created" history entry, in the caller's transaction). None for a blank name."""
    name = _clean_name(name)
    if not name:
        return None
    org = Organisation.find(name)
    if org:
        return org
    try:
        with transaction.atomic():
            org = Organisation.objects.create(name=name)
            Change.record(org, user=user, action="created")
            return org
    except IntegrityError:  # created meanwhile, or differs only in case
        return Organisation.objects.filter(name__iexact=name).first()


def find_or_create_policy(title: str, user=None) -> Policy | None:
    """The policy, Bill or Act titled `title` (or with it as an alias), made if not yet known."""
    title = _clean_name(title)
    if not title:
        return None
    pol = Policy.find(title)
    if pol:
        return pol
    try:
        with transaction.atomic():
            pol = Policy.objects.create(title=title, kind=Policy.guess_kind(title))
            Change.record(pol, user=user, action="created")
            return pol
    except IntegrityError:
        return Policy.objects.filter(title__iexact=title).first()


def find_or_create_person(written: str, user=None) -> Person | None:
    """The person written as `written` ('Cllr Ann Smith': the honorific is kept apart from the name),
    made if not yet known. Where several share the name, the one with the same honorific."""
    honorific, name = split_honorific(_clean_name(written))
    if not name:
        return None
    found = list(Person.objects.filter(name__iexact=name)[:5])
    if honorific and len(found) > 1:
        found = [p for p in found if p.honorific.lower() == honorific.lower()] or found
    if found:
        return found[0]
    kind = Person.Kind.COUNCILLOR if is_councillor_title(honorific) else Person.Kind.EXTERNAL
    person = Person.objects.create(name=name, honorific=honorific, kind=kind)
    Change.record(person, user=user, action="created")
    return person


def _date(value: Any) -> tuple[dt.date | None, str]:
    if value is None or value == "":
        return None, ""
    if isinstance(value, tuple):
        return value
    probe = Activity()
    probe.set_date(str(value))
    return probe.date, probe.date_precision


def _organisation_items(items: Iterable, user=None) -> list[tuple[Organisation, str | None]]:
    """Items as (organisation, role or None); names are found or made; repeats dropped."""
    out: list[tuple[Organisation, str | None]] = []
    for item in items:
        thing, role = item if isinstance(item, tuple) else (item, None)
        org = thing if isinstance(thing, Organisation) else find_or_create_organisation(str(thing), user)
        if org is not None and (org, role) not in out:
            out.append((org, role))
    return out


def _set_organisations(a: Activity, items: list[tuple[Organisation, str | None]]) -> None:
    """Link exactly these organisations. An item without a role keeps the roles the organisation
    already has on the activity (a form that only lists names must not lose the API's roles), and is
    'named' if it is new."""
    existing = list(ActivityOrganisation.objects.filter(activity=a))
    keep: set[int] = set()
    add: list[tuple[int, str]] = []
    for org, role in items:
        if role is None:
            mine = [link.pk for link in existing if link.organisation_id == org.pk]
            if mine:
                keep.update(mine)
                continue
            role = ActivityOrganisation.Role.NAMED
        link = next((x for x in existing if (x.organisation_id, x.role) == (org.pk, role)), None)
        if link is not None:
            keep.add(link.pk)
        elif (org.pk, role) not in add:
            add.append((org.pk, role))
    gone = [link.pk for link in existing if link.pk not in keep]
    if gone:
        ActivityOrganisation.objects.filter(pk__in=gone).delete()
    if add:
        ActivityOrganisation.objects.bulk_create(
            ActivityOrganisation(activity=a, organisation_id=pk, role=role) for pk, role in add
        )
        records_changed.send(sender=ActivityOrganisation)


def _resolved(items: Iterable, model: type, find, user=None) -> list:
    out = []
    for item in items:
        obj = item if isinstance(item, model) else find(str(item), user)
        if obj is not None and obj not in out:
            out.append(obj)
    return out


def save_activity(
    activity: Activity | None,
    changes: dict[str, Any],
    *,
    board: Board | None = None,
    user=None,
    base_version: int | None = None,
    action: str | None = None,
) -> Activity:
    """Create an activity (`activity` None, `board` given) or change one, with its links.

    `changes` holds only what to set; fields not in it are left as they are:

    - `title`, `text`, `outcome`, `reach`, `review`: text;
    - `date`: '2021', '2021-03', '2021-03-17', a (date, precision) pair, or None to clear;
    - `kinds`, `nations`: lists of codes;
    - `cycle`: a Cycle of the board, for an undated activity (a dated one takes its date's cycle;
      a cycle that contradicts the date is refused);
    - `commitment`: a Commitment of the board, or None;
    - `themes`: Themes of the activity's cycle;
    - `organisations`: Organisations or names, each alone (its role kept, or 'named') or as an
      (organisation or name, role) pair;
    - `policies`, `people`: Policy / Person records or names (names not yet known are added).

    A change needs `base_version`, the version the user read: if the activity was saved since,
    `StaleEdit` is raised and nothing is changed. Bad values raise `ValidationError` (by field).
    The history entry ("created", or `action`/"edit" with each field before → after) is written in
    the same transaction. Returns the saved activity.
    """
    unknown = sorted(set(changes) - FIELDS)
    if unknown:
        raise ValueError(f"save_activity cannot set {', '.join(unknown)}")
    creating = activity is None
    if creating:
        if board is None:
            raise ValueError("save_activity needs the board to create an activity")
        a = Activity(board=board, entered_by=user if getattr(user, "is_authenticated", False) else None)
    else:
        a = activity
        if base_version is None:
            raise ValueError("save_activity needs the version the change was based on")
        if a.version != base_version:
            raise StaleEdit(
                "This activity was changed by someone else while you were editing it. Your changes "
                "have not been saved: reload the page to see the latest version."
            )
    board_id = a.board_id

    tracked = [f for f in changes if f not in ("cycle",)] + ["cycle"]
    before = {} if creating else a.snapshot([s for f in tracked for s in SNAPSHOT.get(f, (f,))])

    for f in SCALAR_FIELDS:
        if f in changes and changes[f] is not None:
            setattr(a, f, changes[f])
    if "date" in changes:
        try:
            a.date, a.date_precision = _date(changes["date"])
        except (ValueError, KeyError) as e:
            raise ValidationError({"date": f"{changes['date']} is not a date: {e}"}) from None
    if changes.get("kinds") is not None:
        a.kind_list = list(changes["kinds"])
    if changes.get("nations") is not None:
        a.nations = " ".join(dict.fromkeys(changes["nations"]))
    if "commitment" in changes:
        c = changes["commitment"]
        if c is not None and c.theme.cycle.board_id != board_id:
            raise ValidationError({"commitment": "The commitment must be one of the activity's board."})
        a.commitment = c

    chosen = changes["cycle"] if "cycle" in changes else a.cycle
    if chosen is not None and chosen.board_id != board_id:
        raise ValidationError({"cycle": "The cycle must belong to the activity's board."})
    dated = cycle_for_date(board_id, a.date)
    if dated is not None and changes.get("cycle") is not None and changes["cycle"].pk != dated.pk:
        raise ValidationError(
            {"cycle": f"The activity's date falls in {dated.label}, not {changes['cycle'].label}."}
        )
    a.cycle = dated or chosen

    themes = None
    if changes.get("themes") is not None:
        themes = list(dict.fromkeys(changes["themes"]))
        stray = [t for t in themes if a.cycle is None or t.cycle_id != a.cycle.pk]
        if stray:
            where = f"of {a.cycle.label}, the year its date falls in" if a.cycle else "of its cycle"
            raise ValidationError(
                {
                    "themes": f"An activity can only have themes {where}: not {', '.join(str(t) for t in stray)}."
                }
            )
    a.clean()

    with transaction.atomic():
        if not creating:
            # Concurrent edits of one activity take turns: the row lock lasts this transaction, so
            # the second edit waits, then sees the first's version and is refused as stale, instead of
            # both inserting the same activity–organisation link (a duplicate key on PostgreSQL).
            current = Activity.objects.select_for_update().filter(pk=a.pk).values_list("version", flat=True)
            if list(current) != [base_version]:
                raise StaleEdit(
                    "This activity was changed by someone else while you were editing it. Your changes "
                    "have not been saved: reload the page to see the latest version."
                )
        orgs = (
            _organisation_items(changes["organisations"], user)
            if changes.get("organisations") is not None
            else None
        )
        policies = (
            _resolved(changes["policies"], Policy, find_or_create_policy, user)
            if changes.get("policies") is not None
            else None
        )
        people = (
            _resolved(changes["people"], Person, find_or_create_person, user)
            if changes.get("people") is not None
            else None
        )
        if creating:
            a.save()
        # Links before save_edit, in its transaction: a stale save rolls them back, and the
        # history's "after" sees them.
        if themes is not None:
            # A retired theme takes no new work; an activity already on it keeps it.
            had = set() if creating else set(a.themes.values_list("pk", flat=True))
            retired = [t for t in themes if t.retired_on and t.pk not in had]
            if retired:
                raise ValidationError(
                    {"themes": f"{', '.join(t.title for t in retired)} is retired: it takes no new work."}
                )
            a.themes.set(themes)
        if orgs is not None:
            _set_organisations(a, orgs)
        if policies is not None:
            a.policies.set(policies)
        if people is not None:
            a.people.set(people)
        if creating:
            Change.record(a, user=user, action=action or "created")
        else:
            a.save_edit(user=user, base_version=base_version, before=before, action=action or "edit")
    return a
