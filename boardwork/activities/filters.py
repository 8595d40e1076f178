"""The activity log's filters, in one place: the web log, the REST API and the CSV/XLSX exports all
call `filter_activities(qs, params)` with the request's query parameters, so a filtered page, its
API call and its download always give the same rows.

Parameters (all optional; a parameter given several times, e.g. `?theme=a&theme=b`, matches any
of the values; different parameters all apply):

    theme         Theme uid
    kind          activity kind code (see activities.models.KINDS)
    organisation  Organisation uid, or a name: canonical name/acronym/alias, else words of one
    policy        Policy uid, or a title: the known policy (Bill or Act title), else words of one
    person        Person uid, or words of a person's name
    cycle         Cycle uid
    review        to_review / accepted / rejected
    date_from     YYYY-MM-DD: activities whose dated period ends on or after this day
    date_to       YYYY-MM-DD: activities whose dated period starts on or before this day
    q             words, all of which must appear in the title, text, outcome or reach

Bad values raise `FilterError` (a ValueError) naming the parameter; the API turns that into a 422
and a web view can show `err.message` next to the field `err.field`.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping

from django.db.models import F, Q, QuerySet

from boardwork.lib.dates import iso_date
from boardwork.plans.models import Review

from .models import KINDS, Activity, ActivityOrganisation, Organisation, Policy, match_key

# The log's order: newest first, undated last (on every database: PostgreSQL sorts NULL first
# in a descending order unless told otherwise), then the latest entered first.
LOG_ORDER = (F("date").desc(nulls_last=True), "-id")

FILTER_PARAMS = (
    "theme",
    "kind",
    "organisation",
    "policy",
    "person",
    "cycle",
    "review",
    "date_from",
    "date_to",
    "q",
)


class FilterError(ValueError):
    """A query parameter the activity filters cannot use."""

    def __init__(self, field: str, message: str):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def _values(params: Mapping, name: str) -> list[str]:
    """Every non-blank value of `name`: QueryDicts give all repeats, plain dicts one value or a list."""
    if hasattr(params, "getlist"):
        raw = params.getlist(name)
    else:
        raw = params.get(name)
        raw = [] if raw is None else (list(raw) if isinstance(raw, list | tuple | set) else [raw])
    return [str(v).strip() for v in raw if v is not None and str(v).strip()]


def _uids(params: Mapping, name: str) -> list[uuid.UUID]:
    out = []
    for value in _values(params, name):
        try:
            out.append(uuid.UUID(value))
        except ValueError:
            raise FilterError(name, f"{value!r} is not a record id (a UUID)") from None
    return out


def _uid_or_name(value: str) -> uuid.UUID | None:
    try:
        return uuid.UUID(value)
    except ValueError:
        return None


def _org_cond(value: str) -> Q:
    uid = _uid_or_name(value)
    if uid:
        return Q(organisation__uid=uid)
    org = Organisation.find(value)
    if org:
        return Q(organisation=org)
    return Q(organisation__match_keys__contains=match_key(value))


def _policy_cond(value: str) -> Q:
    uid = _uid_or_name(value)
    if uid:
        return Q(policy__uid=uid)
    policy = Policy.find(value)
    return Q(policy=policy) if policy else Q(policy__title__icontains=value)


def _person_cond(value: str) -> Q:
    uid = _uid_or_name(value)
    return Q(person__uid=uid) if uid else Q(person__name__icontains=value)


def _any_of(values: list[str], make) -> Q:
    cond = Q()
    for v in values:
        cond |= make(v)
    return cond


def _date(params: Mapping, name: str) -> dt.date | None:
    values = _values(params, name)
    if not values:
        return None
    # The whole value: iso_date also reads the day at the start of a longer string.
    day = iso_date(values[-1]) if len(values[-1]) == 10 else None
    if day is None:
        raise FilterError(name, f"{values[-1]!r} is not a date written YYYY-MM-DD")
    return day


def _overlaps_from(day: dt.date) -> Q:
    """Activities whose period (a day, a month or a year, by date_precision) ends on/after `day`.

    An activity dated 'December 2020' is stored as 2020-12-01 with precision 'month'; asked for
    everything from 15 December it must still be found, so the comparison is made against the
    start of the month (or year) that contains `day`.
    """
    month_start = day.replace(day=1)
    year_start = day.replace(month=1, day=1)
    return (
        Q(date__gte=day)
        | Q(date_precision=Activity.Precision.MONTH, date__gte=month_start)
        | Q(date_precision=Activity.Precision.YEAR, date__gte=year_start)
    )


def filter_activities(qs: QuerySet, params: Mapping) -> QuerySet:
    """`qs` (Activity rows) narrowed by the log's query parameters (see the module docstring).

    Many-to-many filters use subqueries rather than joins, so no row is repeated and no
    DISTINCT is needed (which keeps ordering and pagination cheap on large logs).
    """
    theme = _uids(params, "theme")
    if theme:
        through = Activity.themes.through.objects.filter(theme__uid__in=theme)
        qs = qs.filter(pk__in=through.values("activity_id"))

    kinds = _values(params, "kind")
    if kinds:
        unknown = [k for k in kinds if k not in KINDS]
        if unknown:
            raise FilterError("kind", f"unknown activity kind {unknown[0]!r}; known: {', '.join(KINDS)}")
        cond = Q()
        for kind in kinds:
            # Kinds are stored space-separated and no code is a substring of another.
            cond |= Q(kinds__contains=kind)
        qs = qs.filter(cond)

    if orgs := _values(params, "organisation"):
        links = ActivityOrganisation.objects.filter(_any_of(orgs, _org_cond))
        qs = qs.filter(pk__in=links.values("activity_id"))

    if policies := _values(params, "policy"):
        policy_links = Activity.policies.through.objects.filter(_any_of(policies, _policy_cond))
        qs = qs.filter(pk__in=policy_links.values("activity_id"))

    if people := _values(params, "person"):
        person_links = Activity.people.through.objects.filter(_any_of(people, _person_cond))
        qs = qs.filter(pk__in=person_links.values("activity_id"))

    cycles = _uids(params, "cycle")
    if cycles:
        qs = qs.filter(cycle__uid__in=cycles)

    reviews = _values(params, "review")
    if reviews:
        bad = [r for r in reviews if r not in Review.values]
        if bad:
            raise FilterError("review", f"{bad[0]!r} is not one of {', '.join(Review.values)}")
        qs = qs.filter(review__in=reviews)

    date_from, date_to = _date(params, "date_from"), _date(params, "date_to")
    if date_from and date_to and date_to < date_from:
        raise FilterError("date_to", "the end of the date range is before its start")
    if date_from:
        qs = qs.filter(_overlaps_from(date_from))
    if date_to:
        # A period starts on its stored date, so "starts on or before" is a plain comparison.
        qs = qs.filter(date__lte=date_to)

    for q in _values(params, "q"):
        for word in q.split()[:10]:
            qs = qs.filter(
                Q(title__icontains=word)
                | Q(text__icontains=word)
                | Q(outcome__icontains=word)
                | Q(reach__icontains=word)
            )
    return qs


def active_filters(params: Mapping) -> dict[str, list[str]]:
    """The filter parameters present in `params` (for 'clear filters' links and export URLs)."""
    return {name: _values(params, name) for name in FILTER_PARAMS if _values(params, name)}
