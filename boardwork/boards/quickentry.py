"""Load a quick-entry year (`tests/data/quick-entry-2023-24.json`, format in shared/fixtures/README.md)
into records: the board, its people, the cycle (and the one it follows), meetings with agenda and
minutes' actions, themes with lineage, commitments with their quarterly updates, activities with
organisations, policies, people and nations, and members' feedback.

Used by tests and the compose bench: composing from a realistic year is how Boardwork's papers are
judged. Activities are saved by `activities.services.save_activity`, as the web, the API and the
review of an import save them: organisation names resolve through the shipped gazetteer (so "APCC"
and "Association of Police and Crime Commissioners" are one record, the typed form kept as an
alias); a Bill that becomes an Act during the year is one Policy record, each activity keeping the
name and stage the policy had at the time (`Activity.policy_stages`).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

from django.db import transaction

from boardwork.activities.models import Activity
from boardwork.boards.models import Action, AgendaItem, Board, Cycle, Meeting, Membership, Person
from boardwork.lib.cycles import parse_cycle
from boardwork.lib.dates import iso_date
from boardwork.plans.models import Commitment, Feedback, ProgressUpdate, Theme

ROLES = {
    "Chair": Membership.Role.CHAIR,
    "Vice-Chair": Membership.Role.VICE_CHAIR,
    # Membership has no deputy-chair role: deputy chairs lead for their group, as lead members do.
    "Deputy Chair": Membership.Role.LEAD_MEMBER,
    "Member": Membership.Role.MEMBER,
}
ACTION_STATUS = {"open": Action.Status.OPEN, "closed": Action.Status.DONE}
PERSON_KINDS = {"councillor": Person.Kind.COUNCILLOR, "officer": Person.Kind.OFFICER}


def _date(value: str | None) -> dt.date | None:
    return iso_date(value) if value else None


def _day(value: str) -> dt.date:
    """A date the fixture must give (a cycle's ends, a meeting's day)."""
    day = iso_date(value)
    if day is None:
        raise ValueError(f"{value!r} is not a date like 2023-09-14")
    return day


def _cycle_dates(label: str, like: Cycle) -> tuple[dt.date, dt.date]:
    """The dates of the cycle called `label` ('2022/23'), shaped like `like` (same months)."""
    start = parse_cycle(label)
    if start is None:
        raise ValueError(f"{label!r} is not a cycle label like 2022/23")
    shift = start - like.start.year
    return like.start.replace(year=like.start.year + shift), like.end.replace(year=like.end.year + shift)


@transaction.atomic
def load_quick_entry(path: str | Path, slug: str = "sscb-quick-entry") -> dict[str, Any]:
    """Load the file into a new board `slug`; returns {"board", "cycle", "ids": {fixture id → record}}."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    b = data["board"]
    org_name = b["organisation"]
    m = re.match(r"^(.*?)\s*\(([A-Z]{2,10})\)$", org_name)
    board = Board.objects.create(
        name=b["name"],
        slug=slug,
        remit=b.get("remit", ""),
        organisation=m.group(1) if m else org_name,
        organisation_acronym=m.group(2) if m else "",
    )
    ids: dict[str, Any] = {}
    c = data["cycle"]
    cycle = Cycle.objects.create(board=board, label=c["id"], start=_day(c["start"]), end=_day(c["end"]))
    ids[c["id"]] = cycle
    prev = None
    if c.get("previous"):
        ps, pe = _cycle_dates(c["previous"], cycle)
        prev = Cycle.objects.create(board=board, label=c["previous"], start=ps, end=pe)

    from boardwork.lib.names import split_honorific

    for mb in b.get("members", []):
        honorific, name = split_honorific(mb["name"])
        p = Person.objects.create(
            name=name,
            honorific=honorific,
            kind=Person.Kind.COUNCILLOR,
            role=mb.get("role", ""),
            party=mb.get("political_group") or "",
            council=mb.get("council") or "",
        )
        Membership.objects.create(
            board=board, person=p, role=ROLES.get(mb.get("role"), Membership.Role.MEMBER), start=cycle.start
        )
        ids[mb["id"]] = p
    for o in b.get("officers", []):
        p = Person.objects.create(name=o["name"], kind=Person.Kind.OFFICER, role=o.get("role", ""))
        Membership.objects.create(board=board, person=p, role=Membership.Role.OFFICER, start=cycle.start)
        ids[o["id"]] = p

    for mt in data.get("meetings", []):
        meeting = Meeting.objects.create(
            board=board, cycle=cycle, date=_day(mt["date"]), title=mt.get("title", "")
        )
        ids[mt["id"]] = meeting
        for item in mt.get("agenda", []):
            AgendaItem.objects.create(
                meeting=meeting,
                number=str(item["item"]),
                title=item["title"],
                purpose=item.get("purpose") or "",
                minute=item.get("minute") or "",
            )
        for a in mt.get("actions", []):
            owner = ids.get(a.get("owner"))
            ids[a["id"]] = Action.objects.create(
                meeting=meeting,
                text=a["text"],
                owner=owner.display_name if owner else (a.get("owner") or ""),
                due=_date(a.get("due")),
                status=ACTION_STATUS.get(a.get("status"), Action.Status.OPEN),
                closed_on=_date(a.get("closed_on")),
                note=a.get("note") or "",
            )

    prev_themes: dict[str, Theme] = {}
    for t in sorted(data.get("themes", []), key=lambda t: t.get("order", 0)):
        earlier = None
        if t.get("continues") and prev is not None:
            earlier = prev_themes.get(t["continues"]) or Theme.objects.create(
                cycle=prev, title=t["continues"], order=t.get("order", 0)
            )
            prev_themes[t["continues"]] = earlier
        ids[t["id"]] = Theme.objects.create(
            cycle=cycle,
            title=t["title"],
            order=t.get("order", 0),
            description=t.get("scope") or "",
            continues=earlier,
            agreed_at=ids.get(t.get("agreed_at")),
        )

    for i, cm in enumerate(data.get("commitments", [])):
        theme = ids[cm["theme"]]
        source = None
        cf = cm.get("carried_from")
        if cf and prev is not None:
            prev_theme = theme.continues or Theme.objects.create(
                cycle=prev, title=theme.title, order=theme.order
            )
            source = Commitment.objects.create(
                theme=prev_theme,
                title=cf["title"],
                due=_date(cf.get("due")),
                owner=ids.get(cm.get("owner")),
                state=Commitment.State.DEFERRED,
            )
        commitment = Commitment.objects.create(
            theme=theme,
            title=cm["title"],
            order=i,
            owner=ids.get(cm.get("owner")),
            due=_date(cm.get("due")),
            state=cm.get("state") or Commitment.State.PLANNED,
            delay_reason=cm.get("delay_reason") or "",
            carried_from=source,
            agreed_at=ids.get(cm.get("agreed_at")),
        )
        ids[cm["id"]] = commitment
        for u in cm.get("updates", []):
            ProgressUpdate.objects.create(
                commitment=commitment,
                quarter=u["quarter"],
                rag=u["rag"],
                commentary=u.get("commentary") or "",
                author_name=commitment.owner_display,
            )

    # Activities are saved as every other write path saves them (activities/services.py): names
    # found or made once per body, policy, person; links, stages and history in one place.
    from boardwork.activities.services import find_or_create_person, find_or_create_policy, save_activity

    loaded_from = {"loaded_from": [None, Path(path).name]}
    for a in data.get("activities", []):
        for p in a.get("policies") or []:
            # The fixture says what kind each policy is; the service would guess it from the title.
            find_or_create_policy(p["name"], kind=p.get("type") or "other")
        people = [
            find_or_create_person(
                who.get("name") or who["role"],
                role=who.get("role") or "",
                kind=PERSON_KINDS.get(who.get("kind"), Person.Kind.EXTERNAL),
            )
            for who in a.get("people") or []
            if who.get("name") or who.get("role")
        ]
        logged_by = ids.get(a.get("logged_by"))
        ids[a["id"]] = save_activity(
            None,
            {
                "title": a.get("title") or "",
                "text": a["text"],
                "outcome": a.get("outcome") or "",
                "reach": a.get("reach") or "",
                "commitment": ids.get(a.get("commitment")),
                "nations": a.get("nations") or [],
                "kinds": a.get("kinds") or [],
                "date": a.get("date"),
                "cycle": cycle,
                "themes": [ids[t] for t in a.get("themes") or []],
                "organisations": [
                    (o["name"], o.get("role") or "named") for o in a.get("organisations") or []
                ],
                "policies": [(p["name"], p.get("stage") or "") for p in a.get("policies") or []],
                "people": people,
            },
            board=board,
            # Who logged it has no field of its own; it is the entry's history.
            note={**loaded_from, "logged_by": [None, logged_by.display_name]} if logged_by else loaded_from,
        )

    for f in data.get("feedback", []):
        fb = Feedback.objects.create(
            cycle=cycle,
            theme=ids.get(f.get("theme")),
            person=ids.get(f.get("member")),
            text=f["text"],
        )
        if f.get("date"):
            # `created` is set on insert; the fixture's date is when the member gave it.
            when = dt.datetime.combine(_day(f["date"]), dt.time(12), tzinfo=dt.UTC)
            Feedback.objects.filter(pk=fb.pk).update(created=when)
        ids[f["id"]] = fb
    # The history of everything loaded, in the load's transaction (one query).
    from boardwork.boards.models import Change

    # (Activities, and the bodies, policies and people they name, have theirs from the service.)
    made = {
        o.uid: o
        for o in [board, cycle, prev, *ids.values()]
        if getattr(o, "uid", None) and o.pk and not isinstance(o, Activity)
    }
    Change.record_many(made.values(), action="created", changes={"loaded_from": [None, Path(path).name]})
    return {"board": board, "cycle": cycle, "previous": prev, "ids": ids, "data": data}
