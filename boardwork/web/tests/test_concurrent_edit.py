"""Two officers saving the same activity at the same moment (issue #12): one save wins, the other
is refused as stale; neither gets a server error. The race needs a database with real concurrent
transactions, so the test runs on PostgreSQL only."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.db import connection
from django.test import Client
from django.urls import reverse

pytestmark = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="needs PostgreSQL's concurrent transactions"
)


@pytest.mark.django_db(transaction=True)
def test_two_simultaneous_edits_of_an_activity_give_one_save_and_one_refusal(board, officer):
    from boardwork.activities.models import Activity, ActivityOrganisation

    a = Activity.objects.create(
        board=board, text="Met the Home Office about fire safety.", date=dt.date(2021, 3, 1)
    )
    url = reverse("activity_edit", args=[board.slug, a.uid])
    form = {
        "text": "Met the Home Office about fire safety.",
        "date": "2021-03",
        "organisations": ["Home Office", "Local Government Association"],  # one value per name
        "policies": "",
        "people": "",
        "version": str(a.version),
    }
    statuses = []
    for _ in range(5):  # a race: repeat it so both writers really overlap at least once
        a.refresh_from_db()
        form["version"] = str(a.version)
        ActivityOrganisation.objects.filter(activity=a).delete()
        barrier = threading.Barrier(2)

        def save(barrier=barrier):
            c = Client(raise_request_exception=False)
            c.force_login(officer)
            barrier.wait()
            statuses.append(c.post(url, form).status_code)
            connection.close()

        threads = [threading.Thread(target=save) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    assert 500 not in statuses
    assert set(statuses) <= {302, 409}
    assert ActivityOrganisation.objects.filter(activity=a).count() == 2
