"""Import, step 3 (write): one transaction inserts and links the plan's records and writes their
history (see importing.py)."""

from __future__ import annotations

from django.db import DatabaseError, IntegrityError, transaction

from boardwork.activities.models import Activity
from boardwork.activities.services import insert_links, link_rows
from boardwork.boards.models import Change
from boardwork.boards.signals import records_changed
from boardwork.plans.models import Commitment

from ..models import StoredPaper
from .files import remove_unless_referenced, store_file
from .import_plan import AlreadyImported, ImportPlan, Refused

# ---------------------------------------------------------------------------------------------------
# Import: write
# ---------------------------------------------------------------------------------------------------


def write(plan: ImportPlan, user) -> None:
    """Step 3: insert everything and its history in one transaction.

    The file is written first and the transaction commits last, so there is no moment at which a
    committed paper points at a missing file; a kill before the commit leaves at most an
    unreferenced file at the paper's final name, which a rerun overwrites and cleanup removes."""
    paper = plan.paper
    stored_name = None
    step = "the paper"
    try:
        with transaction.atomic():
            for c in plan.cycles:
                step = f"cycle {c.label}"
                c.save()
            step = "the paper file"
            stored_name = paper.file.name = store_file(paper, plan.data)
            step = "the paper"
            paper.save()
            for t in plan.themes:
                step = f"theme {t.title!r}"
                t.save()  # Django fills in the ids of cycles and themes saved since assignment
            for o in plan.organisations:
                step = f"organisation {o.name!r}"
                o.save()
            for o, acronym in plan.org_acronyms:
                step = f"organisation {o.name!r}"
                old_acronym = o.snapshot(["acronym"])["acronym"]
                o.acronym = acronym
                o.save(update_fields=["acronym", "match_keys"])  # save() recomputes the keys
                Change.record(o, user=user, action="edit", changes={"acronym": [old_acronym, acronym]})
            for p in plan.policies:
                step = f"policy {p.title!r}"
                p.save()
            for bill, act_title in plan.acts:
                step = f"policy {act_title!r}"
                before = bill.title
                bill.became_act(act_title)
                Change.record(bill, user=user, action="edit", changes={"title": [before, act_title]})
            for person in plan.people:
                step = f"person {person.name!r}"
                person.save()
            step = "the activities"
            Activity.objects.bulk_create(plan.activities)
            link_activities(plan)
            step = "the work plan"
            Commitment.objects.bulk_create(plan.commitments)
            records_changed.send(sender=Commitment)  # bulk_create sends no model signals
            step = "the history"
            Change.record(
                paper,
                user=user,
                action="imported",
                changes={
                    "file": [None, paper.filename],
                    "themes": [None, len(plan.themes)],
                    "activities": [None, len(plan.activities)],
                    "commitments": [None, len(plan.commitments)],
                },
            )
            # Everything the import created, including organisations, policies and people it met
            # for the first time, has its "created" entry in the same transaction.
            Change.record_many(
                [
                    *plan.cycles,
                    *plan.themes,
                    *plan.organisations,
                    *plan.policies,
                    *plan.people,
                    *plan.activities,
                    *plan.commitments,
                ],
                user=user,
                action="created",
                changes={"imported_from": [None, paper.filename]},
            )
    except BaseException as e:
        if stored_name and not isinstance(e, KeyboardInterrupt | SystemExit):
            remove_unless_referenced(paper, stored_name)
        for obj in [paper, *plan.cycles, *plan.themes, *plan.organisations, *plan.policies, *plan.people]:
            obj.pk = None  # the rows were rolled back; don't let callers think they exist
        if isinstance(e, IntegrityError):
            winner = StoredPaper.objects.filter(board=plan.board, sha256=paper.sha256).first()
            if winner is not None:  # another import of the same file won the race
                raise AlreadyImported("", winner) from None
        if isinstance(e, DatabaseError):
            raise Refused(f"could not store {step}: {e}".strip()) from None
        raise


def link_activities(plan: ImportPlan) -> None:
    """Link the plan's activities (inserted in bulk) by the rule every new activity's links follow
    (`activities.services.link_rows`), one insert per kind of link for the whole paper."""
    insert_links(
        row
        for act, (themes, orgs, policies, people) in zip(plan.activities, plan.links, strict=True)
        for row in link_rows(
            act.pk, themes=themes, organisations=[(o, None) for o in orgs], policies=policies, people=people
        )
    )
    records_changed.send(sender=Activity)  # bulk_create sends no model signals
