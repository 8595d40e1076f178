"""Work still to come, told once (`boardwork.papers.extract.text`): "due" with a time or a verb of the
deed, "expected" as a status, and their guards, a cause ("due to rising demand") and a comparison
("than expected"); and the three rules that read them, each over its own reach of text: a deed told
as a noun in a progress report's line (kinds), the clause leading up to a deed's verb (`is_future`)
and the words before a month (dates). Sentences invented for the tests, in the genre of a
partnership's progress report, not taken from any corpus paper."""

from __future__ import annotations

import re
from datetime import date

import pytest

from boardwork.papers.extract.dates import _months_named
from boardwork.papers.extract.kinds import classify
from boardwork.papers.extract.text import due_to_come, is_future, status_to_come

# -- the shared rule: a status still to come ------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Refresh of the hate crime strategy – due March 2025",
        "The partnership's annual report is due to be published in the autumn.",
        "Publication of the new domestic abuse guidance expected in the spring.",
        "Review of the CCTV network – scheduled for the second quarter",
        "Evaluation of the youth diversion scheme – not yet started",
    ],
)
def test_a_status_to_come_is_told(line):
    assert status_to_come(line)


@pytest.mark.parametrize(
    "line",
    [
        # a cause, not a time set
        "Opening hours of the advice hub were extended due to rising demand from tenants.",
        # a comparison, not a status
        "Take-up of the free door locks was higher than expected across the district.",
        "Reports of fly-tipping fell, as expected, once the cameras went up.",
        # done
        "The partnership published its annual report in March 2025.",
    ],
)
def test_a_cause_a_comparison_or_a_deed_done_tells_no_status(line):
    assert not status_to_come(line)


def test_due_to_come_reads_due_to_a_verb_of_the_deed_never_a_cause():
    for times in (None, "at|in|on|by"):
        pattern = re.compile(r"\b" + due_to_come(times=times) + r"\b", re.I)
        assert pattern.search("The review is due to be published next month")
        assert pattern.search("The new contract is due to start in April")
        assert not pattern.search("The service closed early due to rising demand")
        assert not pattern.search("Patrols were stepped up due to the summer's events")


def test_due_with_a_time_reads_only_those_words_after_it():
    pattern = re.compile(r"\b" + due_to_come(times="in|on|by") + r"\b", re.I)
    assert pattern.search("The first report is due in June")
    assert pattern.search("Returns are due by the end of the quarter")
    assert not pattern.search("Refresh of the strategy – due March 2025")
    # without times, a bare "due" with any word after it is a status (a progress report's line)
    assert re.search(due_to_come(), "Refresh of the strategy – due March 2025")


# -- the three rules that read it ------------------------------------------------------------------------


def test_a_deed_told_as_a_noun_with_its_status_to_come_is_no_deed():
    assert classify("Launch of the refreshed prevention strategy – due March 2025.") == []
    assert classify("Publication of the annual report – expected in the autumn.") == []
    # guards: the same line with a cause or a comparison tells the deed done
    assert classify("Establishment of a £20,000 hardship fund due to rising demand from tenants.") == [
        "support"
    ]
    assert classify("Launch of the new community safety strategy, downloaded more often than expected.") == [
        "publication"
    ]


def test_a_clause_with_due_or_expected_to_is_about_the_future():
    assert is_future("The Panel's annual report is due to be")
    assert is_future("The partnership's new plan is due in")
    assert is_future("The Board expects to")
    assert not is_future("The team's visits were cut back due to rising")
    assert not is_future("The Board met")


def test_a_month_told_to_come_is_not_a_month_of_work_done():
    assert _months_named("The strategy is due to be published in March 2025.", to_come=False) == []
    assert _months_named("The first report is due in June 2025.", to_come=False) == []
    assert _months_named("Publication is expected in September 2025.", to_come=False) == []
    # guards: a cause before the month, and a month of work done
    assert _months_named("The hub closed due to rising demand in March 2020.", to_come=False) == [
        date(2020, 3, 1)
    ]
    assert _months_named("The Partnership published its strategy in May 2024.", to_come=False) == [
        date(2024, 5, 1)
    ]


def test_each_rule_keeps_its_own_words_where_they_differ():
    # dates: the close of what is under way is the paper's own month, "due to" or not
    assert _months_named("The consultation is due to close on 12 December 2025.", to_come=False) == [
        date(2025, 12, 1)
    ]
    # the status of a line reads a bare "due"; the clause before a deed's verb needs its time or verb
    assert status_to_come("Refresh of the hate crime strategy – due")
    assert not is_future("Refresh of the strategy is due")
    assert is_future("Refresh of the strategy is due by")


# -- "was expected", "due" as an adjective, a bare "due" before a month (NOTES 2360-2364) ----------------


def test_was_expected_is_a_status_not_a_comparison():
    assert status_to_come("Publication of the refreshed strategy was expected in the spring.")
    assert status_to_come("The new lighting on the towpath – was expected by the end of the summer")
    # guards: the comparisons stay as they were
    assert not status_to_come("Take-up of the free door locks was higher than expected across the district.")
    assert not status_to_come("Reports of fly-tipping fell, as expected, once the cameras went up.")
    assert not status_to_come("Calls to the helpline rose, much as expected, over the holidays.")


@pytest.mark.parametrize(
    "line",
    [
        "Officers will bring the revised protocol back to the Panel in due course.",
        "The Authority allocated its crews with due regard to prevention and response.",
        "Members have due regard to the public sector equality duty in every decision.",
        "After due consideration the Board agreed the revised terms of reference.",
        "The grant was awarded following due diligence on the applicant.",
        "The appeal followed due process under the scheme's rules.",
    ],
)
def test_due_as_an_adjective_is_no_status(line):
    assert not status_to_come(line)


def test_a_bare_due_still_tells_a_status_near_its_adjective_senses():
    # guards: the bare status, a "due" with its time, and "due to be" stay statuses
    assert status_to_come("Review of the taxi marshal scheme – due March 2025")
    assert status_to_come("Course for new door supervisors – due")
    assert status_to_come("Regard to the new duty in the commissioning round – due in the autumn")
    assert status_to_come("The diligence checks on providers are due to be finished by June.")
    # and "due to" a cause is none
    assert not status_to_come("Regard for the scheme fell due to rising costs.")


def test_a_deed_told_as_a_noun_beside_due_as_an_adjective_or_was_expected():
    assert classify(
        "Establishment of a hardship fund for tenants, after due consideration of the options."
    ) == ["support"]
    assert classify(
        "Establishment of a hardship fund for tenants, with due regard to the equality duty."
    ) == ["support"]
    assert classify("Publication of the refreshed strategy was expected in the spring.") == []
    # guards: a status to come, and a cause, as before
    assert classify("Establishment of a hardship fund for tenants – due April 2025.") == []
    assert classify("Establishment of a £20,000 hardship fund due to rising demand from tenants.") == [
        "support"
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Refresh of the hate crime strategy – due March 2025.",
        "Refresh of the hate crime strategy – due: March 2025",
        "Report on the night-time economy pilot due end of June 2025.",
        "New CCTV cameras in the market square, due mid-October 2025.",
        "Domestic homicide review action plan due 31 January 2026.",
    ],
)
def test_a_month_right_after_a_bare_due_is_a_month_still_to_come(line):
    assert _months_named(line, to_come=False) == []


def test_a_month_beside_due_of_a_cause_or_before_it_is_a_month_of_work():
    # guards: "due to" a cause before the month, the month before "due", "due" far from the month
    assert _months_named("The hub closed due to March 2024's floods.", to_come=False) == [date(2024, 3, 1)]
    assert _months_named(
        "Rent arrears fell in March 2024, the month the new payments were due.", to_come=False
    ) == [date(2024, 3, 1)]
    assert _months_named("The report was due, and the Board published it in March 2025.", to_come=False) == [
        date(2025, 3, 1)
    ]
    assert _months_named("The protocol was revised in due course in May 2024.", to_come=False) == [
        date(2024, 5, 1)
    ]


# -- "due in part to" a cause, "due for" the deed with a month further on (NOTES 2460-2463) --------------


@pytest.mark.parametrize(
    "clause",
    [
        "The rise in calls to the helpline was due in part to",
        "The fall in arson was due in large part to",
        "The drop in repeat referrals was due in no small part to",
    ],
)
def test_due_in_part_to_a_cause_is_no_clause_about_the_future(clause):
    assert not is_future(clause)


def test_due_in_a_time_is_still_about_the_future_beside_due_in_part():
    # guards: "due in" a time, "due to" a verb of the deed, stay to come; "due to" a cause stays none
    assert is_future("The partnership's new plan is due in")
    assert is_future("The first part of the review is due in")
    assert is_future("The Panel's annual report is due to be")
    assert not is_future("The team's visits were cut back due to rising")


def test_due_in_part_to_a_cause_is_no_status():
    assert not status_to_come("The rise in reports was due in part to the new online form.")
    assert not status_to_come("The fall in deliberate fires was due in large part to the schools' work.")
    # guards: a status "due in" a time, a bare "due", "due in the first part of" a year
    assert status_to_come("Refresh of the hate crime strategy – due in the autumn")
    assert status_to_come("Review of the taxi marshal scheme – due March 2025")
    assert status_to_come("Evaluation of the pilot – due in the first part of 2026")


def test_a_month_after_due_in_part_to_a_cause_is_a_month_of_work():
    assert _months_named("The rise in calls was due in part to the floods in March 2024.", to_come=False) == [
        date(2024, 3, 1)
    ]
    assert _months_named(
        "Referrals grew, due in large part to the campaign launched in May 2024.", to_come=False
    ) == [date(2024, 5, 1)]
    # guards: "due in" a month and "due to rising demand" as before
    assert _months_named("The first report is due in June 2025.", to_come=False) == []
    assert _months_named("The hub closed due to rising demand in March 2020.", to_come=False) == [
        date(2020, 3, 1)
    ]


@pytest.mark.parametrize(
    "line",
    [
        "The refreshed strategy is due for publication in March 2025.",
        "The lease on the youth hub is due for renewal by June 2025.",
        "The action plan is due for review at the Board in September 2025.",
    ],
)
def test_a_month_after_due_for_the_deed_is_a_month_still_to_come(line):
    assert _months_named(line, to_come=False) == []


def test_a_month_beside_due_for_is_still_read_where_it_tells_work_done_or_a_close():
    # guards: a month of work done after "due for" in another sentence; the close of what is under way
    assert _months_named(
        "The strategy was due for review. The Board adopted it in March 2025.", to_come=False
    ) == [date(2025, 3, 1)]
    assert _months_named("The consultation is due for closing on 12 December 2025.", to_come=False) == [
        date(2025, 12, 1)
    ]


# -- "due largely to", "due, in part, to": a cause, never a bare "due" of a status (NOTE 2470) -------------


@pytest.mark.parametrize(
    "line",
    [
        "The rise in reports was due largely to the new online form.",
        "The fall in deliberate fires was due mainly to the schools' programme.",
        "The drop in repeat calls was due, in part, to the new triage line.",
        "Referrals grew, due primarily to the campaign with the housing team.",
    ],
)
def test_due_with_an_adverb_of_a_cause_is_no_status(line):
    assert not status_to_come(line)


def test_a_month_after_due_largely_to_a_cause_is_a_month_of_work():
    assert _months_named("The rise was due largely to the floods in March 2024.", to_come=False) == [
        date(2024, 3, 1)
    ]
    assert _months_named("Calls grew, due, in part, to the campaign of May 2024.", to_come=False) == [
        date(2024, 5, 1)
    ]


def test_a_bare_due_with_an_adverb_but_no_cause_is_still_a_status():
    # guards: a status with its time; "due" then a comma and a time; an adverb not before "to"
    assert status_to_come("Refresh of the hate crime strategy – due, March 2025")
    assert status_to_come("Review of the taxi marshal scheme – due mainly in the spring")
    assert status_to_come("Evaluation of the pilot – due largely complete by June")
    assert _months_named("Publication of the annual report – due March 2025", to_come=False) == []
