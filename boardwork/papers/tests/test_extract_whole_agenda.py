"""A whole agenda reports no work (tests/data/real/NOTES.md 1580-1599): a paper that names itself an
agenda or a notice of meeting and lists the business of a meeting to come — call to order, roll
call, apologies, public comment, a consent calendar, items put with a recommendation, adjournment —
tells what a meeting is to do, not what was done, whatever its items read as to the unit rules ("to
receive required ethics training", "meetings are broadcast live", "approve the agreement with …").
Nothing in it is proposed and the officer is told why (`intentions.business_to_come`,
`pipeline.PaperRead.no_work`). A report under an agenda item, minutes of a meeting and a pack whose
cover is an agenda but whose reports tell work are read as before. Invented pages in the genre."""

from __future__ import annotations

import pytest

from boardwork.papers import untrusted
from boardwork.papers.extract import extraction_of
from boardwork.papers.extract.intentions import business_to_come
from boardwork.papers.extract.model import shipped_model
from boardwork.papers.readers import read_bytes

# An American agenda: a commission's regular meeting, items lettered, each hearing put with the
# staff's recommendation, a training item, and the notices of how to watch and take part.
US_AGENDA = b"""# City of Anyville Planning Commission Regular Meeting Agenda

6:30 P.M. Council Chambers, 100 Main Street, Anyville

A. CALL TO ORDER

B. ROLL CALL Chair Ortiz, Vice-Chair Lam, Commissioners Berg, Cole, Duarte

C. PLEDGE OF ALLEGIANCE

D. PUBLIC COMMENT (3 minutes per speaker on items not on the agenda)

E. CONSENT CALENDAR

Approval of the minutes of the regular meeting of October 12, 2026.

RECOMMENDED ACTION: Approve the minutes.

F. PUBLIC HEARINGS

Consideration of a professional services agreement with the Anyville Youth Partnership to run an after-school safety programme at three parks.

Staff Recommendation: Staff recommends that the Commission approve the agreement with the Anyville Youth Partnership and authorize the Director to sign it.

G. COMMISSION TRAINING

This is the time for the Commission to receive its required annual training on open meetings law from the City Attorney.

H. ADJOURNMENT

Meetings are broadcast live on Anyville Community Television, Channel 12, and streamed on the City's website.

If you need special assistance to take part in this meeting, please contact the City Clerk 48 hours before the meeting.
"""

# A British agenda in plain text: a fire authority's meeting, items numbered, most with nothing under
# them, one telling members how the meeting is broadcast.
UK_AGENDA = b"""ANYSHIRE FIRE AUTHORITY

AGENDA

Meeting of the Fire Authority to be held on Thursday 12 March 2026 at 10.30 am at Fire Headquarters, Anytown

1. Apologies for absence

2. Declarations of interest

3. Minutes of the meeting held on 11 December 2025

4. Member safeguarding training

Members will receive their annual safeguarding training from the Anyshire Safeguarding Partnership.

5. Community safety partnership update

Verbal update from the Partnership Manager on the knife crime awareness campaign with Anyshire Police in secondary schools.

6. Webcasting

This meeting is broadcast live on the Authority's website and recorded for the public record.

7. Date of next meeting

Thursday 11 June 2026 at 10.30 am.
"""

# Minutes under the heading "Agenda items": what was done at the meeting (a record: "Apologies were
# received", "RESOLVED"), and the work reported to it.
MINUTES = b"""# Anyshire Fire Authority

Minutes of the meeting held on Thursday 12 March 2026

## Agenda items

## 1. Apologies for absence

Apologies were received from Councillor Reed.

## 2. Minutes of the last meeting

RESOLVED that the minutes of the meeting held on 11 December 2025 be approved.

## 3. Home fire safety visits

The Area Manager reported that the Service had carried out 3,200 home fire safety visits in 2025 and fitted 1,900 smoke alarms for older residents.

The Service ran a road safety campaign with Anyshire Police in October 2025.

## 4. Date of next meeting

Thursday 11 June 2026 at 10.30 am.
"""

# A committee report under its agenda item number, telling the partnership's work.
AGENDA_ITEM_REPORT = b"""# Agenda item 5

Anyshire Community Safety Partnership annual report 2025

In 2025 the Partnership ran a safer streets week with Anyshire Police in every town centre.

The Community Safety Team visited 300 older residents and fitted smoke alarms in their homes.

The Partnership trained 240 licensed taxi drivers to spot the signs of exploitation.

Recommendation: that the Committee notes the report.
"""

# A pack whose cover is an agenda and whose report, its paragraphs numbered on from the items, tells work.
REPORT_PACK = b"""# Anyshire Community Safety Committee

Agenda

1. Apologies for absence

2. Declarations of interest

3. Minutes of the last meeting

4. Community safety partnership annual report (attached)

## Community Safety Partnership Annual Report 2025

5. During 2025 the Partnership ran a safer streets week with Anyshire Police in every town centre.

6. The Community Safety Team visited 300 older residents and fitted smoke alarms in their homes.

7. The Partnership trained 240 licensed taxi drivers to spot the signs of exploitation.

8. The Youth Service held twelve workshops on knife crime in secondary schools.

9. Recommendation: that the Committee notes the report.
"""


def _extract(data: bytes):
    name = "paper.txt" if data is UK_AGENDA else "paper.md"
    return extraction_of(read_bytes(data, name), model=shipped_model())


@pytest.mark.parametrize("data", [US_AGENDA, UK_AGENDA], ids=["us-agenda", "uk-agenda"])
def test_a_whole_agenda_proposes_nothing_and_says_why(data):
    got = _extract(data)
    assert got.activities == [] and got.themes == [] and got.plan is None
    assert got.no_work == "this reads as an agenda \u2014 it lists business to come, not work done"


@pytest.mark.parametrize(
    "data",
    [MINUTES, AGENDA_ITEM_REPORT, REPORT_PACK],
    ids=["minutes", "agenda-item-report", "pack-with-agenda-cover"],
)
def test_a_paper_reporting_work_under_agenda_items_keeps_its_activities(data):
    got = _extract(data)
    assert got.activities, "the work reported was proposed"
    assert got.no_work is None


def test_the_judgement_needs_an_agenda_named_and_its_business_listed():
    business = [
        ("CALL TO ORDER", None),
        ("ROLL CALL Chair Ortiz, Commissioners Berg and Cole", None),
        ("PUBLIC COMMENT", None),
        ("This is the time for the Commission to receive required training.", None),
        ("ADJOURNMENT", None),
    ]
    assert business_to_come("Planning Commission Meeting Agenda", [], business) is not None
    assert business_to_come(None, ["Anytown Council", "AGENDA"], business) is not None
    assert business_to_come(None, ["NOTICE OF SPECIAL MEETING"], business) == (
        "this reads as a notice of meeting \u2014 it tells of a meeting to come, not work done"
    )
    # Not named an agenda (an item of one, or minutes kept with it): not judged.
    assert business_to_come("Agenda item 5", [], business) is None
    assert business_to_come("Agenda and minutes", [], business) is None
    assert business_to_come("Approval of the agenda", [], business) is None
    # Named, but too little business to be a whole agenda.
    assert business_to_come("Agenda", [], business[3:4]) is None


def test_a_record_or_an_own_deed_or_deeds_told_make_it_no_whole_agenda():
    items = [("CALL TO ORDER", None), ("APOLOGIES FOR ABSENCE", None), ("ADJOURNMENT", None)]
    assert business_to_come("Agenda", [], items) is not None
    recorded = ("RESOLVED that the report be noted.", None)
    assert business_to_come("Agenda", [], [*items, recorded]) is None
    members = ("Members noted the partnership's report on the safer streets week.", None)
    assert business_to_come("Agenda", [], [*items, members]) is None
    own = ("In 2025 we held six safety workshops for parents in the town's schools.", None)
    assert business_to_come("Agenda", [], [*items, own]) is None
    told = [
        (
            "The Community Safety Team visited 300 older residents and fitted smoke alarms in their homes.",
            None,
        ),
        ("The Partnership trained 240 licensed taxi drivers to spot the signs of exploitation.", None),
        ("In May 2025 the Youth Service held twelve workshops on knife crime in the town's schools.", None),
    ]
    assert business_to_come("Agenda", [], [*items, *told[:2]]) is not None
    assert business_to_come("Agenda", [], [*items, *told]) is None
    # The agenda's own words are not a record: "Members are asked to agree the minutes".
    asked = ("Members are asked to agree the minutes of the meeting held on 3 February 2026.", None)
    assert business_to_come("Agenda", [], [*items, asked]) is not None


def test_the_officer_reads_why_an_imported_agenda_proposes_nothing():
    doc, extraction = untrusted.read(US_AGENDA, "agenda.md", extract={"trained_model": True})
    assert extraction is not None and extraction["activities"] == []
    assert doc.notes["no_work"] == "this reads as an agenda \u2014 it lists business to come, not work done"
