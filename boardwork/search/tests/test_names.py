"""Records found and shown by the names of what they belong to or are linked with: a renamed board
or cycle relabels its documents, and an activity is found by its organisations', policies' and
people's names; both in the writer's transaction, on either database."""

import datetime as dt

import pytest
from django.db import transaction

from boardwork.search import services
from boardwork.search.scope import PUBLIC_SCOPE, scope_for

pytestmark = pytest.mark.django_db


def _contexts(scope, q):
    return sorted((h.doc.kind, h.doc.context, h.doc.year) for h in services.search(scope, q).hits)


def test_renamed_board_and_cycle_relabel_their_documents_at_once(archive, admin_user, board, cycles):
    scope = scope_for(admin_user)
    # The published paper's paragraph and the accepted activity, both of the board's 2020/21.
    before = _contexts(scope, "webinar") + _contexts(scope, '"Welsh LGA"')
    assert len(before) == 2 and all("Safer and Stronger" in c and "2020/21" in c for _, c, _ in before)
    with transaction.atomic():
        board.name = "Communities and Cohesion Board"
        board.slug = "ccb"
        board.save()
        c20 = cycles[0]
        c20.label = "2019/21"
        c20.start = dt.date(2019, 9, 1)
        c20.save()
        # Inside the writer's transaction, before any reindex.
        for q in ("webinar", '"Welsh LGA"', "Safer communities end of year report"):
            hits = _contexts(scope, q)
            assert hits, q
            for kind, context, year in hits:
                assert "Communities and Cohesion Board" in context and "Safer and Stronger" not in context, q
                assert "2019/21" in context and year == 2019, (kind, context, year)
        activity = services.search(scope, "webinar").hits[0]
        assert activity.url.startswith("/boards/ccb/"), activity.url
        # Filters follow the new year too.
        assert services.search(scope, "webinar", services.Filters(year_from=2019, year_to=2019)).total == 1
    # The other cycle's records keep their label.
    assert all("2021/22" in c for _, c, _ in _contexts(scope, "taxi"))


def test_saving_a_board_without_renaming_it_reindexes_nothing(archive, board, django_assert_max_num_queries):
    board.save()  # its stored name is read once; no document is made again
    with django_assert_max_num_queries(4):
        board.save()


def _linked_activity(board, cycle, **links):
    from boardwork.activities.services import save_activity

    return save_activity(
        None,
        {"title": "Roundtable", "text": "A roundtable with partners.", "date": "2020-10-01", **links},
        board=board,
    )


def test_activity_found_by_linked_organisation_policy_and_person(board, cycles, member, officer, outsider):
    from boardwork.activities.models import ActivityOrganisation, Organisation, Policy
    from boardwork.boards.models import Person

    org = Organisation.objects.create(name="Quangoshire Fire Authority", acronym="QFA")
    policy = Policy.objects.create(title="Building Safety Act", kind="act")
    person = Person.objects.create(name="Ann Bloggs", honorific="Cllr")
    a = _linked_activity(board, cycles[0], organisations=[org], policies=[policy], people=[person])

    def activities(scope, q):
        return [h.doc.object_id for h in services.search(scope, q).hits if h.doc.kind == "activity"]

    for q in ("Quangoshire", "QFA", '"building safety act"', "Bloggs"):
        assert activities(scope_for(member), q) == [a.pk], q
        # The permission matrix is the activity's: not public, not another board's officer.
        assert activities(PUBLIC_SCOPE, q) == [], q
        assert activities(scope_for(outsider), q) == [], q

    with transaction.atomic():
        org.name = "Quangoshire Fire and Rescue"
        org.save()
        policy.title = "Building Safety Regulations"
        policy.save()
        person.name = "Ann Smithers"
        person.save()
        assert activities(scope_for(member), '"fire and rescue"') == [a.pk]
        assert activities(scope_for(member), "regulations") == [a.pk]
        assert activities(scope_for(member), "smithers") == [a.pk]
        assert activities(scope_for(member), "bloggs") == []
    # Unlinked (a link deleted on its own): no longer found by that name.
    ActivityOrganisation.objects.filter(activity=a).delete()
    assert activities(scope_for(member), "Quangoshire") == []
    ActivityOrganisation.objects.create(activity=a, organisation=org, role="partner")
    assert activities(scope_for(member), "Quangoshire") == [a.pk]


def test_activity_to_review_found_by_organisation_for_officers_only(board, cycles, member, officer):
    from boardwork.activities.models import Organisation

    org = Organisation.objects.create(name="Widgetshire Council")
    a = _linked_activity(board, cycles[0], organisations=[org], review="to_review")
    assert [h.doc.kind for h in services.search(scope_for(member), "widgetshire").hits] == ["organisation"]
    officer_hits = services.search(scope_for(officer), "widgetshire").hits
    assert sorted((h.doc.kind, h.doc.object_id) for h in officer_hits) == [
        ("activity", a.pk),
        ("organisation", org.pk),
    ]
