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
import functools
import re
from collections.abc import Iterable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction

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


def gazetteer_of(entries: list[dict[str, Any]]) -> Any:
    """A gazetteer of these entries (the shipped file's shape: name, acronyms, aliases, kind), for
    the faces' tests to stand in for the shipped one without importing the extractor themselves."""
    # Imported on first use: the extractor's package is heavy, and most saves name known bodies.
    from boardwork.papers.extract import Gazetteer

    return Gazetteer.build(entries)


@functools.cache
def _shipped_gazetteer() -> Any:
    from boardwork.papers.extract import load_gazetteer

    return gazetteer_of(load_gazetteer())


def shipped_organisation(name: str) -> tuple[str, dict[str, Any]] | None:
    """The canonical name and entry of the body `name` stands for in the shipped gazetteer
    (`papers/extract/data/organisations.json`: "APCC" and "Association of Police and Crime
    Commissioners" are one body), trying the spelled-out form officers abbreviate ("Dept of
    Health & Social Care"); None for a body it does not know."""
    gazetteer = _shipped_gazetteer()
    spelled = re.sub(r"\bDept\b\.?", "Department", name).replace(" & ", " and ")
    known = gazetteer.canonical(name) or gazetteer.canonical(spelled)
    return (known, gazetteer.entry(known)) if known else None


def new_organisation(name: str, acronym: str = "") -> Organisation:
    """An unsaved organisation for a body named `name` and not yet recorded, by the shipped
    gazetteer's rule: a body it knows gets its canonical name, first acronym and kind, and the
    form written otherwise ("Dept of Health & Social Care") is kept as an alias; any other keeps
    `name` as written, `acronym` (from the paper, if any) and kind "other". The web, API and
    quick-entry loader (through `find_or_create_organisation`) and the import's bulk `Resolver`
    all make organisations here."""
    name = _clean_name(name)
    shipped = shipped_organisation(name)
    canonical, entry = shipped or (name, {})
    acronyms = entry.get("acronyms") or []
    kind = entry.get("kind")
    return Organisation(
        name=canonical,
        acronym=acronyms[0] if acronyms else acronym,
        kind=kind if kind in Organisation.Kind.values else Organisation.Kind.OTHER,
        aliases=[name] if name not in (canonical, *acronyms) else [],
    )


def _known_organisation(name: str) -> tuple[Organisation | None, Organisation | None]:
    """(the recorded organisation `name` stands for or None, the unsaved `new_organisation` when
    the name itself is not recorded): by name, alias or acronym, then by the gazetteer's name."""
    name = _clean_name(name)
    if not name:
        return None, None
    org = Organisation.find(name)
    if org:
        return org, None
    new = new_organisation(name)
    return (Organisation.find(new.name) if new.name != name else None), new


def existing_organisation(name: str) -> Organisation | None:
    """The recorded organisation `name` stands for (its name, an alias, its acronym, or a form
    of it the shipped gazetteer knows: "Dept of Health & Social Care"), without making one."""
    return _known_organisation(name)[0]


def add_organisation(name: str, *, user=None, **fields: Any) -> tuple[Organisation, bool]:
    """(organisation, created) for an explicit "add this organisation" (the API): the one
    already recorded for `name` (see `existing_organisation`), unchanged; else a new one made by
    `new_organisation`, the caller's `fields` (acronym, aliases, kind, website) over the
    gazetteer's where given, with its "created" history entry."""
    org, new = _known_organisation(name)
    if org is not None or new is None:
        if org is None:
            raise ValueError("an organisation needs a name")
        return org, False
    for field, value in fields.items():
        if field == "aliases":  # the caller's beside the written form the gazetteer keeps
            new.aliases = sorted({*(new.aliases or []), *(value or [])} - {new.name})
        elif value not in (None, ""):
            setattr(new, field, value)
    with transaction.atomic():
        new.save()
        Change.record(new, user=user, action="created")
    return new, True


def find_or_create_organisation(name: str, user=None) -> Organisation | None:
    """The organisation called `name` (its name, an alias or its acronym), made if not yet known
    (with its "created" history entry, in the caller's transaction). None for a blank name.

    A name the shipped gazetteer knows is one record per body: "APCC" finds or makes the
    Association of Police and Crime Commissioners (with its acronym and kind), and a form typed
    otherwise ("Dept of Health & Social Care") is kept as an alias of the record it found
    (`new_organisation`)."""
    org, new = _known_organisation(name)
    if new is None:
        return org
    name = _clean_name(name)
    if org is not None:
        if name not in (org.name, org.acronym, *(org.aliases or [])):
            before = list(org.aliases or [])
            org.aliases = sorted({*before, name})
            org.save(update_fields=["aliases", "match_keys"])  # save() recomputes the keys
            Change.record(org, user=user, action="edit", changes={"aliases": [before, org.aliases]})
        return org
    try:
        with transaction.atomic():
            new.save()
            Change.record(new, user=user, action="created")
            return new
    except IntegrityError:  # created meanwhile, or differs only in case
        return Organisation.objects.filter(name__iexact=new.name).first()


def bill_title(act_title: str) -> str | None:
    """The title the Bill had, for an Act's title ("Online Safety Act 2023" → "Online Safety Bill"),
    or None for a title that is not an Act's."""
    bill = re.sub(r"\bAct(\s+\d{4})?$", "Bill", act_title.strip())
    return bill if bill != act_title.strip() else None


def find_or_create_policy(title: str, user=None, *, kind: str | None = None) -> Policy | None:
    """The policy, Bill or Act titled `title` (or with it as an alias), made if not yet known, as a
    `kind` of Policy (guessed from the title when not given). An Act whose Bill is recorded is the
    Bill's record, renamed (`Policy.became_act`, with its history entry)."""
    return _policy(title, user, kind)[0]


def add_policy(title: str, *, user=None, kind: str | None = None, **fields: Any) -> tuple[Policy, bool]:
    """(policy, created) for an explicit "add this policy" (the API): by `find_or_create_policy`'s
    rule, the one recorded with `title` as its title or an alias, unchanged, or an Act's Bill
    renamed (neither is created); else a new one of `kind` with the caller's `fields` (stage,
    aliases)."""
    pol, created = _policy(title, user, kind, fields)
    if pol is None:
        raise ValueError("a policy needs a title")
    return pol, created


def _policy(
    title: str, user, kind: str | None, fields: dict[str, Any] | None = None
) -> tuple[Policy | None, bool]:
    title = _clean_name(title)
    if not title:
        return None, False
    pol = Policy.find(title)
    if pol:
        return pol, False
    kind = kind if kind in Policy.Kind.values else Policy.guess_kind(title) if kind is None else "other"
    was_bill = bill_title(title) if kind == Policy.Kind.ACT else None
    bill = Policy.find(was_bill) if was_bill else None
    if bill is not None and bill.kind == Policy.Kind.BILL:
        before = bill.title
        bill.became_act(title)
        Change.record(bill, user=user, action="edit", changes={"title": [before, title]})
        return bill, False
    try:
        with transaction.atomic():
            pol = Policy.objects.create(title=title, kind=kind, **(fields or {}))
            Change.record(pol, user=user, action="created")
            return pol, True
    except IntegrityError:
        return Policy.objects.filter(title__iexact=title).first(), False


def known_person(name: str, honorific: str = "") -> Person | None:
    """The recorded person called `name` (any case); where several share the name, the one with
    the same `honorific`."""
    found = list(Person.objects.filter(name__iexact=name)[:5])
    if honorific and len(found) > 1:
        found = [p for p in found if p.honorific.lower() == honorific.lower()] or found
    return found[0] if found else None


def new_person(name: str, honorific: str = "", *, role: str = "", kind: str | None = None) -> Person:
    """An unsaved person: a councillor when the honorific says so ('Cllr'), else `kind` or external."""
    if kind is None:
        kind = Person.Kind.COUNCILLOR if is_councillor_title(honorific) else Person.Kind.EXTERNAL
    return Person(name=name, honorific=honorific, role=role, kind=kind)


def find_or_create_person(
    written: str, user=None, *, role: str = "", kind: str | None = None
) -> Person | None:
    """The person written as `written` ('Cllr Ann Smith': the honorific is kept apart from the name),
    made if not yet known (with `role` and `kind`, see `new_person`)."""
    honorific, name = split_honorific(_clean_name(written))
    if not name:
        return None
    person = known_person(name, honorific)
    if person is not None:
        return person
    person = new_person(name, honorific, role=role, kind=kind)
    person.save()
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
        records_changed.send(sender=ActivityOrganisation, activities=[a.pk])


def link_rows(
    activity_id: int,
    *,
    themes: Iterable = (),
    organisations: Iterable[tuple[Organisation, str | None]] = (),
    policies: Iterable = (),
    people: Iterable = (),
) -> list[models.Model]:
    """The rows that link a new activity to its themes, organisations ((organisation, role) pairs;
    no role is 'named'), policies and people, one per distinct link: the one rule for a new
    activity's links, written by `save_activity` for one activity and by the import for a paper's
    activities at once (`insert_links`). The records must be saved (rows hold their ids)."""
    named = ActivityOrganisation.Role.NAMED
    orgs = dict.fromkeys((o.pk, role or named) for o, role in organisations)
    return [
        *(Activity.themes.through(activity_id=activity_id, theme_id=pk) for pk in _pks(themes)),
        *(ActivityOrganisation(activity_id=activity_id, organisation_id=pk, role=r) for pk, r in orgs),
        *(Activity.policies.through(activity_id=activity_id, policy_id=pk) for pk in _pks(policies)),
        *(Activity.people.through(activity_id=activity_id, person_id=pk) for pk in _pks(people)),
    ]


def _pks(records: Iterable) -> list[int]:
    return list(dict.fromkeys(r.pk for r in records))


def insert_links(rows: Iterable[models.Model]) -> None:
    """Insert `link_rows` (of one activity or many) with one query per kind of link. Bulk inserts
    send no model signals: the caller announces the change (`records_changed`)."""
    by_model: dict[type[models.Model], list[models.Model]] = {}
    for row in rows:
        by_model.setdefault(type(row), []).append(row)
    for model, batch in by_model.items():
        model._default_manager.bulk_create(batch)


def _policy_items(items: Iterable, user=None) -> list[tuple[Policy, str, str | None]]:
    """Items as (policy, title as written, stage or None): a Policy or a title alone (no stage
    stated), or a (policy or title, stage) pair; titles are found or made; repeats dropped."""
    out: list[tuple[Policy, str, str | None]] = []
    for item in items:
        thing, stage = item if isinstance(item, tuple) else (item, None)
        pol = thing if isinstance(thing, Policy) else find_or_create_policy(str(thing), user)
        if pol is not None and all(pol.pk != p.pk for p, _, _ in out):
            out.append((pol, thing.title if isinstance(thing, Policy) else _clean_name(thing), stage))
    return out


def _policy_stages(a: Activity, items: list[tuple[Policy, str, str | None]], user=None) -> None:
    """`a.policy_stages` for these policies: each stage stated is recorded with the title the policy
    had when written (a Bill that is an Act now), a policy without one keeps what it had; and a
    stage stated becomes the policy's own current stage unless later-dated work records one."""
    had = dict(a.policy_stages or {})
    stages: dict[str, Any] = {}
    for pol, title, stage in items:
        uid = str(pol.uid)
        if stage is None:
            if uid in had:
                stages[uid] = had[uid]
            continue
        stages[uid] = {"title": title, "stage": stage}
        if stage and pol.stage != stage and not _staged_later(pol, a):
            before, pol.stage = pol.stage, stage
            pol.save(update_fields=["stage"])
            Change.record(pol, user=user, action="edit", changes={"stage": [before, stage]})
    a.policy_stages = stages


def _staged_later(pol: Policy, a: Activity) -> bool:
    """Whether other work dated after `a` records a stage of `pol` (then that stage is the latest)."""
    if a.date is None:
        return False
    later = Activity.objects.filter(policies=pol, date__gt=a.date).exclude(pk=a.pk)
    return any(str(pol.uid) in (x or {}) for x in later.values_list("policy_stages", flat=True))


def _resolved(items: Iterable, model: type, find, user=None) -> list:
    out = []
    for item in items:
        obj = item if isinstance(item, model) else find(str(item), user)
        if obj is not None and obj not in out:
            out.append(obj)
    return out


def _set_fields(a: Activity, changes: dict[str, Any]) -> None:
    """Set `a`'s own fields from `changes` (save_activity's), checking that the commitment and
    cycle are the board's and that the date decides the cycle."""
    board_id = a.board_id
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


def _checked_themes(a: Activity, given: Iterable | None) -> list | None:
    """The themes given (repeats dropped), all of `a`'s cycle; None when none were given."""
    if given is None:
        return None
    themes = list(dict.fromkeys(given))
    stray = [t for t in themes if a.cycle is None or t.cycle_id != a.cycle.pk]
    if stray:
        where = f"of {a.cycle.label}, the year its date falls in" if a.cycle else "of its cycle"
        raise ValidationError(
            {"themes": f"An activity can only have themes {where}: not {', '.join(str(t) for t in stray)}."}
        )
    return themes


def save_activity(
    activity: Activity | None,
    changes: dict[str, Any],
    *,
    board: Board | None = None,
    user=None,
    base_version: int | None = None,
    action: str | None = None,
    note: dict[str, Any] | None = None,
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
    - `policies`: Policies or titles, each alone (the stage recorded for it kept) or as a
      (policy or title, stage) pair: the stage it stood at then, kept with the title as written
      (`Activity.policy_stages`);
    - `people`: Person records or names (names not yet known are added).

    A change needs `base_version`, the version the user read: if the activity was saved since,
    `StaleEdit` is raised and nothing is changed. Bad values raise `ValidationError` (by field).
    The history entry ("created" with `note`'s before → after pairs, e.g. where a loaded entry came
    from; or `action`/"edit" with each field before → after) is written in the same transaction.
    Returns the saved activity.
    """
    unknown = sorted(set(changes) - FIELDS)
    if unknown:
        raise ValueError(f"save_activity cannot set {', '.join(unknown)}")
    creating = activity is None
    if note and not creating:
        raise ValueError("save_activity takes a note only for the history of a new activity")
    if activity is None:
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
    tracked = [f for f in changes if f not in ("cycle",)] + ["cycle"]
    before = {} if creating else a.snapshot([s for f in tracked for s in SNAPSHOT.get(f, (f,))])
    _set_fields(a, changes)
    themes = _checked_themes(a, changes.get("themes"))
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
        policies = _policy_items(changes["policies"], user) if changes.get("policies") is not None else None
        people = (
            _resolved(changes["people"], Person, find_or_create_person, user)
            if changes.get("people") is not None
            else None
        )
        if themes is not None:
            # A retired theme takes no new work; an activity already on it keeps it.
            had = set() if creating else set(a.themes.values_list("pk", flat=True))
            retired = [t for t in themes if t.retired_on and t.pk not in had]
            if retired:
                raise ValidationError(
                    {"themes": f"{', '.join(t.title for t in retired)} is retired: it takes no new work."}
                )
        if policies is not None:
            _policy_stages(a, policies, user)
        if creating:
            # Indexed for search once, with its links, by the records_changed below (search/signals.py):
            # not also on this save, before it has any (7 queries of a new activity's 27).
            a._index_with_links = True  # type: ignore[attr-defined]  # read by search/signals.py
            a.save()
            insert_links(
                link_rows(
                    a.pk,
                    themes=themes or (),
                    organisations=orgs or (),
                    policies=[p for p, _, _ in policies or ()],
                    people=people or (),
                )
            )
            records_changed.send(sender=ActivityOrganisation, activities=[a.pk])
            Change.record(a, user=user, action=action or "created", changes=note)
            return a
        # Links before save_edit, in its transaction: a stale save rolls them back, and the
        # history's "after" sees them.
        if themes is not None:
            a.themes.set(themes)
        if orgs is not None:
            _set_organisations(a, orgs)
        if policies is not None:
            a.policies.set([p for p, _, _ in policies])
        if people is not None:
            a.people.set(people)
        assert base_version is not None  # a change without it was refused above
        a.save_edit(user=user, base_version=base_version, before=before, action=action or "edit")
    return a


# -- record hygiene: withdrawing, reinstating, merging duplicates ------------------------------------


def withdraw_activity(
    activity: Activity, *, reason: str = "", user=None, base_version: int | None = None
) -> None:
    """Withdraw `activity` (entered in error, or a duplicate): it stays in the records with its
    history and can be reinstated, but leaves papers, counts, search and exports (Activity.objects
    leaves withdrawn activities out). The history entry is written in the same transaction."""
    from django.utils import timezone

    if activity.withdrawn_on is not None:
        raise ValidationError("This activity is already withdrawn.")
    # The history's own time and action say when and that it was withdrawn: the diff is the reason.
    before = activity.snapshot(["withdrawn_reason"])
    activity.withdrawn_on, activity.withdrawn_reason = timezone.now(), reason.strip()[:300]
    activity.save_edit(
        user=user,
        base_version=activity.version if base_version is None else base_version,
        before=before,
        action="withdrawn",
    )
    records_changed.send(sender=Activity)


def reinstate_activity(activity: Activity, *, user=None, base_version: int | None = None) -> None:
    """Bring a withdrawn activity back into papers, counts, search and exports, with its history."""
    if activity.withdrawn_on is None:
        raise ValidationError("This activity is not withdrawn.")
    before = activity.snapshot(["withdrawn_reason"])
    activity.withdrawn_on, activity.withdrawn_reason = None, ""
    activity.save_edit(
        user=user,
        base_version=activity.version if base_version is None else base_version,
        before=before,
        action="reinstated",
    )
    records_changed.send(sender=Activity)


# -- appointments: who represents the board on outside bodies ---------------------------------------

APPOINTMENT_FIELDS = ("person", "organisation", "role", "start", "end", "note")


def save_appointment(appointment, fields: dict[str, Any], *, board: Board | None = None, user=None):
    """Create (`appointment` None, `board` given) or change an appointment: a person representing
    the board on an outside body, from–to. Validated (an end before the start is refused) and
    logged in the same transaction; a change needs the version read (`fields['version']`)."""
    from .models import Appointment

    unknown = sorted(set(fields) - {*APPOINTMENT_FIELDS, "version"})
    if unknown:
        raise ValueError(f"save_appointment cannot set {', '.join(unknown)}")
    creating = appointment is None
    ap = Appointment(board=board) if creating else appointment
    names = [f for f in APPOINTMENT_FIELDS if f in fields]
    before = {} if creating else ap.snapshot(names)
    for f in names:
        setattr(ap, f, fields[f] if fields[f] is not None or f in ("start", "end") else "")
    ap.full_clean(exclude=["board", "uid", "version"])
    with transaction.atomic():
        if creating:
            ap.save()
            Change.record(ap, user=user, action="created")
        else:
            ap.save_edit(user=user, base_version=fields.get("version") or ap.version, before=before)
    return ap
