"""Build the demo board's data file, boardwork/boards/demo/sscb.json (run by developers, not users).

The demo is the Safer and Stronger Communities Board: its 2008/09 and 2020/21 cycles with the
activities, organisations, policies and people reported in the two sample end-of-year papers in
../shared/corpus (facts taken from the reviewed extractions of those papers), the 2021/22 cycle
built from the 2020/21 paper's proposed work plan, and — made up for the demo — members,
meetings, and quarterly RAG updates. Every record gets a uid derived from its content, so
`boardwork demo` can load the file again without doubling anything; and the build runs on a clock of
its own (DemoClock), so its timestamps are the demo year's and rebuilding gives the same file.

    .venv/bin/python scripts/build_demo.py [--shared ../shared]
"""

import argparse
import datetime as dt
import json
import os
import re
import sys
import tempfile
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NS = uuid.UUID("6b3f7a52-3f52-4c1e-9d0e-0b0a7d5e2c11")


def uid(*parts) -> uuid.UUID:
    return uuid.uuid5(NS, "|".join(str(p) for p in parts))


def title_of(text: str) -> str:
    first = re.split(r"(?<=[.;:])\s", text, maxsplit=1)[0].rstrip(".;:")
    if len(first) <= 90:
        return first
    cut = first[:90].rsplit(" ", 1)[0]
    return cut.rstrip(",;") + "…"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = ap.parse_args()
    corpus = Path(args.shared) / "corpus"
    tmp = tempfile.mkdtemp()
    os.environ["DATABASE_URL"] = f"sqlite:///{tmp}/demo.sqlite3"
    os.environ["DJANGO_SETTINGS_MODULE"] = "boardwork.settings"
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from django.utils import timezone

    # Records stamp themselves with timezone.now(): the demo's clock makes those stamps the same on
    # every build (a diff of the file shows what changed, not when it was built).
    timezone.now = DemoClock()
    build(corpus)
    from boardwork.boards.models import Board
    from boardwork.boards.services import export_board

    # One file for the board and its sub-committee (records they share appear once).
    data = export_board(Board.objects.get(slug="sscb"))

    def key(r):  # drafts' versions and sign-off chains have no uid: their fields say what they are
        return r["model"], r["fields"].get("uid") or json.dumps(r["fields"], sort_keys=True)

    seen = {key(r) for r in data["records"]}
    for r in export_board(Board.objects.get(slug="fsmc"))["records"]:
        if key(r) not in seen:
            data["records"].append(r)
    data["board"] = "sscb fsmc"
    out = ROOT / "boardwork/boards/demo/sscb.json"
    out.write_text(json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {out}")


KINDS_OF_ORG = {
    "Home Office": "government_department",
    "Cabinet Office": "government_department",
    "Ministry of Housing, Communities and Local Government": "government_department",
    "Home Affairs Committee": "parliamentary_committee",
    "Public Bill Committee": "parliamentary_committee",
    "Public Accounts Committee": "parliamentary_committee",
    "Housing, Communities and Local Government Committee": "parliamentary_committee",
    "Her Majesty's Inspectorate of Constabulary and Fire and Rescue Services": "regulator",
    "Health and Safety Executive": "regulator",
    "Competition and Markets Authority": "regulator",
    "Equality and Human Rights Commission": "regulator",
    "Newcastle City Council": "council",
    "ITV": "media",
    "Catch22": "charity",
    "ASB Help": "charity",
}


class DemoClock:
    """A clock for the build: the demo year's last day, one millisecond further on each reading."""

    def __init__(self) -> None:
        self.at = dt.datetime(2022, 3, 31, 9, 0, tzinfo=dt.UTC)

    def __call__(self) -> dt.datetime:
        self.at += dt.timedelta(milliseconds=1)
        return self.at


class _Refs:
    """The organisations, policies and people the reviewed extractions name, each made once."""

    def __init__(self, board, people, person):
        self.board, self.people, self.person = board, people, person
        self.orgs = {}
        self.policies = {}

    def organisation(self, name, acronym=None):
        from boardwork.activities.models import Organisation

        if name not in self.orgs:
            self.orgs[name] = Organisation.objects.create(
                uid=uid("org", name), name=name, acronym=acronym or ""
            )
        elif acronym and not self.orgs[name].acronym:
            self.orgs[name].acronym = acronym
            self.orgs[name].save()
        return self.orgs[name]

    def policy(self, title):
        from boardwork.activities.models import Policy

        if title not in self.policies:
            self.policies[title] = Policy.objects.create(
                uid=uid("policy", title), title=title, kind=Policy.guess_kind(title)
            )
        return self.policies[title]

    def person_named(self, name):
        from boardwork.lib.names import split_honorific

        honorific, bare = split_honorific(name)
        for p in self.people.values():
            if p.name == bare:
                return p
        return self.person(bare.lower().replace(" ", "-"), bare, honorific)

    def import_extraction(self, path, cycle, theme_lineage):
        from boardwork.activities.models import Activity, ActivityOrganisation
        from boardwork.plans.models import Theme

        ex = json.loads(path.read_text(encoding="utf-8"))
        for o in ex["organisations"]:
            org = self.organisation(o["name"], o.get("acronym"))
            org.kind = KINDS_OF_ORG.get(o["name"], "sector_body")
            org.save()
        themes = {}
        for i, t in enumerate(ex["themes"]):
            themes[t["title"]] = Theme.objects.create(
                uid=uid("theme", cycle.label, t["title"]), cycle=cycle, title=t["title"], order=i + 1
            )
        for t, earlier in theme_lineage.items():
            themes[t].continues = earlier
            themes[t].save()
        for n, a in enumerate(ex["activities"]):
            act = Activity(
                uid=uid("activity", cycle.label, a["paragraph"], n),
                board=self.board,
                cycle=cycle,
                title=title_of(a["text"]),
                text=a["text"],
                source_paragraph=a["paragraph"],
                nations="england wales"
                if "Wales" in a["text"] or "England and Wales" in a["text"]
                else "england",
            )
            act.kind_list = a["kinds"]
            act.set_date(a["date"])
            act.save()
            if a["theme"]:
                act.themes.add(themes[a["theme"]])
            for name in a["organisations"]:
                ActivityOrganisation.objects.create(
                    uid=uid("activity-org", act.uid, name), activity=act, organisation=self.organisation(name)
                )
            act.policies.add(*(self.policy(p) for p in a["policies"]))
            act.people.add(*(self.person_named(p) for p in a["people"]))
        return themes, ex


def build(corpus: Path) -> None:
    from boardwork.activities.models import Activity, ActivityOrganisation, Policy
    from boardwork.boards.models import Action, AgendaItem, Board, Cycle, Meeting, Membership, Person
    from boardwork.plans.models import Commitment, Feedback, ProgressUpdate, Theme

    d = dt.date
    board = Board.objects.create(
        uid=uid("board", "sscb"),
        name="Safer and Stronger Communities Board",
        slug="sscb",
        remit="Community safety, counter-extremism and cohesion, regulatory services and licensing, fire and "
        "rescue, civil resilience, building safety, and crematoria, coroners and registrars.",
    )
    fsmc = Board.objects.create(
        uid=uid("board", "fsmc"),
        name="Fire Services Management Committee",
        slug="fsmc",
        parent=board,
        remit="Fire and rescue services: governance, workforce, funding and national functions.",
    )
    # A sub-committee of the demo board, with its own members and meeting.
    fsmc_meeting = dict(
        board=fsmc, date=d(2021, 7, 9), place="Virtual meeting", title="Fire Services Management Committee"
    )

    # -- people and memberships (made up for the demo, bar the names in the papers) --------------
    people = {}

    def person(key, name, honorific="", kind="external", **kw):
        p = Person.objects.create(uid=uid("person", key), name=name, honorific=honorific, kind=kind, **kw)
        people[key] = p
        return p

    person("caliskan", "Nesil Caliskan", "Cllr", "councillor", council="Enfield Council", party="Labour")
    person(
        "morgan",
        "Alex Morgan",
        "Cllr",
        "councillor",
        council="Exampleshire County Council",
        party="Conservative",
    )
    person(
        "patel",
        "Priya Patel",
        "Cllr",
        "councillor",
        council="Riverside Borough Council",
        party="Liberal Democrat",
    )
    person(
        "hughes", "Gareth Hughes", "Cllr", "councillor", council="Valley Borough Council", party="Independent"
    )
    person("okafor", "Tunde Okafor", "Cllr", "councillor", council="Northtown City Council", party="Labour")
    person(
        "officer",
        "Sam Taylor",
        "",
        "officer",
        role="Senior Adviser, Safer Communities",
        email="sam.taylor@example.gov.uk",
        phone="020 7664 3000",
    )
    person("hobson", "Liz Hobson", "", "officer", role="Business Manager", phone="0207 664 3229")
    for key, role, start in (
        ("caliskan", "chair", d(2019, 9, 1)),
        ("morgan", "vice_chair", d(2019, 9, 1)),
        ("patel", "lead_member", d(2020, 9, 1)),
        ("hughes", "member", d(2020, 9, 1)),
        ("okafor", "member", d(2021, 9, 1)),
        ("officer", "officer", d(2018, 4, 1)),
        ("hobson", "officer", d(2008, 4, 1)),
    ):
        Membership.objects.create(
            uid=uid("membership", key),
            board=board,
            person=people[key],
            role=role,
            start=start,
            end=d(2010, 3, 31) if key == "hobson" else None,
        )

    # -- cycles -------------------------------------------------------------------------------
    c0809 = Cycle.objects.create(
        uid=uid("cycle", "2008/09"), board=board, label="2008/09", start=d(2008, 9, 1), end=d(2009, 8, 31)
    )
    c2021 = Cycle.objects.create(
        uid=uid("cycle", "2020/21"), board=board, label="2020/21", start=d(2020, 9, 1), end=d(2021, 8, 31)
    )
    c2122 = Cycle.objects.create(
        uid=uid("cycle", "2021/22"), board=board, label="2021/22", start=d(2021, 9, 1), end=d(2022, 8, 31)
    )

    # -- organisations and policies, from the reviewed extractions ---------------------------------
    refs = _Refs(board, people, person)
    organisation, import_extraction = refs.organisation, refs.import_extraction

    # 2008/09: the themes the Board agreed (paper 2009, para 1) plus the engagement section.
    t0809 = {}
    for i, title in enumerate(
        [
            "Neighbourhood policing",
            "Community safety improvement support",
            "Reducing re-offending",
            "Preventing violent extremism",
            "Emergency planning",
            "Regulatory services",
        ],
        start=1,
    ):
        t0809[title] = Theme.objects.create(
            uid=uid("theme", "2008/09", title), cycle=c0809, title=title, order=i
        )
    themes09, _ = import_extraction(corpus / "lga-scb-end-of-year-2009.extraction.json", c0809, {})
    themes09["Councillor and Stakeholder engagement"].order = 7
    themes09["Councillor and Stakeholder engagement"].save()

    # 2020/21, with lineage to the 2008/09 themes it carries on.
    themes21, ex21 = import_extraction(
        corpus / "lga-sscb-end-of-year-2020-21.extraction.json",
        c2021,
        {
            "Prevent, counter extremism and cohesion": t0809["Preventing violent extremism"],
            "Community safety": t0809["Community safety improvement support"],
            "Blue light services and civil resilience": t0809["Emergency planning"],
            "Licensing and regulation": t0809["Regulatory services"],
        },
    )
    Policy.objects.filter(title="Domestic Abuse Act").update(
        kind="act", stage="Royal Assent", aliases=["Domestic Abuse Bill"]
    )
    Policy.objects.filter(title="Fire Safety Act").update(
        kind="act", stage="Royal Assent", aliases=["Fire Safety Bill"]
    )

    # 2008/09 business-plan commitments with a first-quarter report (the 2009 paper's Appendix 1).
    bp = [
        (
            "Community safety improvement support",
            "Develop programmes with the IDeA to help councils meet community safety targets",
            "green",
        ),
        (
            "Neighbourhood policing",
            "Work with all political groups on future police accountability arrangements",
            "amber",
        ),
        (
            "Preventing violent extremism",
            "Build capacity locally to respond to migration and violent extremism",
            "green",
        ),
        (
            "Emergency planning",
            "Publish a new civil emergencies strategy covering planning, response and recovery",
            "amber",
        ),
    ]
    for i, (theme, title, rag) in enumerate(bp):
        c = Commitment.objects.create(
            uid=uid("commitment", "2008/09", title),
            theme=t0809[theme],
            title=title,
            order=i,
            state="on_track" if rag == "green" else "at_risk",
            owner=people["hobson"],
        )
        ProgressUpdate.objects.create(
            uid=uid("update", c.uid, 1),
            commitment=c,
            quarter=1,
            rag=rag,
            author_name="Liz Hobson",
            commentary="Work under way; first quarter to 30 June 2009."
            if rag == "green"
            else "Dependent on the timing of the General Election; kept under review.",
        )

    # 2021/22: the six priority areas and proposed activities of the 2020/21 paper's work plan.
    plan_lineage = {
        "Prevent, counter-extremism and cohesion": "Prevent, counter extremism and cohesion",
        "Community safety": "Community safety",
        "Blue light services and civil resilience": "Blue light services and civil resilience",
        "Licensing and regulation": "Licensing and regulation",
        "Building safety": "Building safety",
        "Crematoria, coroners and registrars": "Crematoria, coroners and medical examiners",
    }
    commitments = []
    for i, t in enumerate(ex21["plan"]["themes"], start=1):
        theme = Theme.objects.create(
            uid=uid("theme", "2021/22", t["title"]),
            cycle=c2122,
            title=t["title"],
            order=i,
            continues=themes21.get(plan_lineage.get(t["title"], "")),
        )
        for j, item in enumerate(t["activities"]):
            c = Commitment.objects.create(
                uid=uid("commitment", "2021/22", t["title"], j),
                theme=theme,
                title=item,
                order=j,
                owner=people["officer"],
                due=d(2022, 7, 31),
            )
            if "delayed from" in item.lower():
                c.delay_reason = "Delayed from 2020/21: resources diverted to Covid-19 work."
                c.save()
            commitments.append(c)

    # Work carried forward: the modern slavery programme was delayed by Covid-19 in 2020/21.
    slavery_2021 = Commitment.objects.create(
        uid=uid("commitment", "2020/21", "modern slavery"),
        theme=themes21["Community safety"],
        title="Develop a programme of webinars and case studies on tackling modern slavery",
        order=0,
        owner=people["officer"],
        state="deferred",
        delay_reason="Diverted to Covid-19 work.",
    )
    for c in commitments:
        if "modern slavery" in c.title.lower():
            c.carried_from = slavery_2021
            c.delay_reason = "Delayed from 2020/21: diverted to Covid-19 work."
            c.save()

    # Quarterly RAG updates for twelve 2021/22 commitments (made up for the demo). Each names the
    # words of the commitment it is about: they were once zipped onto the commitments in order and
    # so sat one row off, and every performance report built from the demo read as nonsense.
    ratings = [
        ("roundtables and webinars", "green", "green", "Roundtables and webinars running monthly; attendance steady."),
        ("case studies", "green", "amber", "Case studies drafted; sign-off from councils slower than planned."),
        ("academic support", "amber", "green", "Academic partner now appointed; first sessions booked."),
        ("working groups", "green", "green", "Working groups meeting as planned."),
        ("training for elected members", "amber", "amber", "Training dates set; take-up lower than hoped, more promotion planned."),
        ("violence against women and girls strategy", "green", "green", "Responded to the Strategy's call for evidence; briefing members."),
        ("duties in the recent da bill", "green", "complete", "Guidance for councils on the new duties published."),
        ("serious violent crime", "amber", "red", "Funding for the serious violence duty still not confirmed by Government."),
        ("modern slavery", "red", "amber", "Programme re-started after Covid-19 diversion; officer now in post."),
        ("webinars and events", "green", "green", "Webinar series under way."),
        ("local resilience forums", "green", "amber", "Review of Local Resilience Forums delayed by Government."),
        ("spending review", "green", "green", "Spending Review submission agreed with the NFCC."),
    ]  # fmt: skip
    for key, q1, q2, text in ratings:
        matches = [c for c in commitments if key in c.title.lower()]
        if len(matches) != 1:
            raise SystemExit(f"demo: {len(matches)} commitments match {key!r}; each rating needs exactly one")
        c = matches[0]
        ProgressUpdate.objects.create(
            uid=uid("update", c.uid, 1),
            commitment=c,
            quarter=1,
            rag=q1,
            commentary="Work started as planned."
            if q1 == "green"
            else "Some delay at the start of the year.",
            author_name="Sam Taylor",
        )
        ProgressUpdate.objects.create(
            uid=uid("update", c.uid, 2),
            commitment=c,
            quarter=2,
            rag=q2,
            commentary=text,
            author_name="Sam Taylor",
        )
        c.state = {"green": "on_track", "amber": "at_risk", "red": "off_track", "complete": "complete"}[q2]
        c.save()

    # Meetings, with agenda items and actions.
    m1 = Meeting.objects.create(
        uid=uid("meeting", "2021-06-24"),
        board=board,
        cycle=c2021,
        date=d(2021, 6, 24),
        place="Virtual meeting (Microsoft Teams)",
        title="Safer and Stronger Communities Board",
    )
    for n, title in enumerate(
        [
            "Welcome, apologies and declarations of interest",
            "Minutes of the previous meeting",
            "End of Year Report 2020/21 and 2021/22 work plan",
            "Building safety update",
        ],
        start=1,
    ):
        AgendaItem.objects.create(uid=uid("agenda", m1.uid, n), meeting=m1, number=str(n), title=title)
    Action.objects.create(
        uid=uid("action", m1.uid, 1),
        meeting=m1,
        status="done",
        owner="Sam Taylor",
        text="Prepare the proposed 2021/22 work plan in line with members' feedback.",
        due=d(2021, 9, 16),
    )
    m2 = Meeting.objects.create(
        uid=uid("meeting", "2021-09-16"),
        board=board,
        cycle=c2122,
        date=d(2021, 9, 16),
        place="18 Smith Square, London",
        title="Safer and Stronger Communities Board",
    )
    for n, title in enumerate(
        [
            "Welcome, apologies and declarations of interest",
            "Safer and Stronger Communities Board work plan 2021/22",
            "Violence Against Women and Girls Strategy",
        ],
        start=1,
    ):
        AgendaItem.objects.create(
            uid=uid("agenda", m2.uid, n),
            meeting=m2,
            number=str(n),
            title=title,
            purpose="For decision" if "work plan" in title else "",
        )
    # The 2021/22 themes and commitments were agreed with the work plan at this meeting.
    Theme.objects.filter(cycle=c2122).update(agreed_at=m2)
    Commitment.objects.filter(theme__cycle=c2122).update(agreed_at=m2)
    Action.objects.create(
        uid=uid("action", m2.uid, 1),
        meeting=m2,
        owner="Sam Taylor",
        due=d(2021, 11, 30),
        text="Circulate the draft response on the Police and Crime Commissioner Review to members.",
    )
    fsmc_cycle = Cycle.objects.create(
        uid=uid("cycle", "fsmc", "2020/21"),
        board=fsmc,
        label="2020/21",
        start=d(2020, 9, 1),
        end=d(2021, 8, 31),
    )
    Meeting.objects.create(uid=uid("meeting", "fsmc", "2021-07-09"), cycle=fsmc_cycle, **fsmc_meeting)
    for key, role in (("hughes", "chair"), ("okafor", "member"), ("officer", "officer")):
        Membership.objects.create(
            uid=uid("membership", "fsmc", key), board=fsmc, person=people[key], role=role, start=d(2020, 9, 1)
        )
    m0 = Meeting.objects.create(
        uid=uid("meeting", "2009-07-13"),
        board=board,
        cycle=c0809,
        date=d(2009, 7, 13),
        place="Local Government House, London",
        title="Safer Communities Board",
    )
    AgendaItem.objects.create(
        uid=uid("agenda", m0.uid, 4), meeting=m0, number="4", title="End of Year Report"
    )

    # Work recorded so far in 2021/22 (made up for the demo, following the work plan), so the
    # current cycle's overview has activities, charts and partners to show.
    by_title = {t.title: t for t in c2122.themes.all()}
    plan_2122 = [
        (
            "2021-09-28",
            "Prevent, counter-extremism and cohesion",
            ["event"],
            ["Special Interest Group on Countering Extremism"],
            "Held a practitioner roundtable with the SIGCE on online radicalisation and the role of councils, attended by 60 officers.",
        ),
        (
            "2021-10-14",
            "Prevent, counter-extremism and cohesion",
            ["training"],
            [],
            "Delivered a training session for elected members on tackling extremism and building cohesion.",
        ),
        (
            "2021-11-22",
            "Prevent, counter-extremism and cohesion",
            ["publication"],
            ["Special Interest Group on Countering Extremism"],
            "Published three case studies of good practice in tackling far-right extremism and hate crime.",
        ),
        (
            "2021-09-30",
            "Community safety",
            ["consultation_response"],
            ["Home Office"],
            "Responded to the Home Office consultation on the statutory guidance for the serious violence duty.",
        ),
        (
            "2021-10-19",
            "Community safety",
            ["evidence", "lobbying"],
            ["Home Affairs Committee"],
            "Gave written evidence to the Home Affairs Committee on the funding of the new serious violence duty.",
        ),
        (
            "2021-12-07",
            "Community safety",
            ["event"],
            [],
            "Hosted a webinar for councils on tackling modern slavery in supply chains, with 180 delegates.",
        ),
        (
            "2022-01-25",
            "Community safety",
            ["support"],
            [],
            "Gave bespoke support to two councils implementing the domestic abuse safe accommodation duty.",
        ),
        (
            "2021-10-05",
            "Blue light services and civil resilience",
            ["partnership"],
            ["National Fire Chiefs Council", "Home Office"],
            "Worked with the National Fire Chiefs Council to inform the Home Office's Spending Review submission.",
        ),
        (
            "2021-11-10",
            "Blue light services and civil resilience",
            ["consultation_response"],
            ["Cabinet Office"],
            "Contributed an LGA view to the Cabinet Office's review of Local Resilience Forums and the Civil Contingencies Act.",
        ),
        (
            "2022-02-03",
            "Blue light services and civil resilience",
            ["training"],
            [],
            "Delivered the Fire Leadership Essentials course to 24 fire and rescue authority members.",
        ),
        (
            "2021-12-14",
            "Licensing and regulation",
            ["lobbying"],
            ["Ministry of Housing, Communities and Local Government"],
            "Briefed ministers on sustainable funding for public protection services ahead of the local government finance settlement.",
        ),
        (
            "2022-01-18",
            "Building safety",
            ["evidence"],
            ["Housing, Communities and Local Government Committee"],
            "Gave oral evidence on the Building Safety Bill's provisions for leaseholders.",
        ),
        (
            "2022-02-15",
            "Crematoria, coroners and registrars",
            ["consultation_response"],
            ["Competition and Markets Authority"],
            "Responded to the CMA's consultation on the funerals market remedies that affect local authorities.",
        ),
    ]
    for n, (day, theme_title, kinds, org_names, text) in enumerate(plan_2122):
        act = Activity(
            uid=uid("activity", "2021/22", n),
            board=board,
            cycle=c2122,
            title=title_of(text),
            text=text,
            nations="england",
        )
        act.kind_list = kinds
        act.set_date(day)
        act.save()
        theme = by_title[theme_title]
        act.themes.add(theme)
        for name in org_names:
            ActivityOrganisation.objects.create(
                uid=uid("activity-org", act.uid, name),
                activity=act,
                organisation=organisation(name),
                role="partner" if "partnership" in kinds else "addressee",
            )
        first = theme.commitments.order_by("order").first()
        if first is not None and n % 2 == 0:
            act.commitment = first
            act.save(update_fields=["commitment"])

    # Members' feedback on the 2021/22 priorities, given in July 2021: after the June meeting asked
    # for the plan to be drafted in line with it, before the September meeting agreed the plan.
    t2122 = {t.title: t for t in c2122.themes.all()}
    for key, given, theme, text in (
        (
            "patel",
            dt.datetime(2021, 7, 2, 10, tzinfo=dt.UTC),
            "Community safety",
            "Please keep a strong focus on the VAWG strategy and on funding for the new safe accommodation duty.",
        ),
        (
            "hughes",
            dt.datetime(2021, 7, 8, 10, tzinfo=dt.UTC),
            "Blue light services and civil resilience",
            "Members in Wales would welcome joint work with the WLGA on fire governance.",
        ),
        (
            "morgan",
            dt.datetime(2021, 7, 15, 10, tzinfo=dt.UTC),
            None,
            "The work plan is about right; we should report progress on carried-forward work each quarter.",
        ),
    ):
        f = Feedback.objects.create(
            uid=uid("feedback", key),
            cycle=c2122,
            theme=t2122.get(theme) if theme else None,
            person=people[key],
            text=text,
        )
        # `created` is set on saving (auto_now_add), to the day the demo is built: its day instead.
        Feedback.objects.filter(pk=f.pk).update(created=given)
    # The commitments of the 2021/22 plan that answer each piece ("You said / We propose"), named
    # by words of their titles, as the officer records them on the draft plan: feedback on a theme
    # answered by that theme's work, the general point on carried-forward work by that work.
    answers = {
        "patel": ["violence against women and girls strategy", "duties in the recent da bill"],
        "hughes": ["fire and rescue service governance"],
        "morgan": ["work delayed from 2020/2021", "modern slavery"],
    }
    for key, words in answers.items():
        answered_by = []
        for w in words:
            matches = [c for c in commitments if w in c.title.lower()]
            if len(matches) != 1:
                raise SystemExit(
                    f"demo: {len(matches)} commitments match {w!r}; each answer needs exactly one"
                )
            answered_by.append(matches[0])
        Feedback.objects.get(uid=uid("feedback", key)).answered_by.set(answered_by)

    run_the_year(board, c2122, people, m1, m2, organisation)


def run_the_year(board, cycle, people, m1, m2, organisation) -> None:
    """What running the year leaves in the app (made up for the demo): who attended, who represents
    the board on outside bodies, the papers' sign-off chain, and the Q2 performance report as a
    draft paper on the agenda of the January meeting, waiting for sign-off."""
    from boardwork.activities.models import Appointment
    from boardwork.boards.models import AgendaItem, Meeting
    from boardwork.papers import drafts
    from boardwork.papers.models import SignoffChain, StoredPaper

    d = dt.date
    m1.attendees.add(*(people[k] for k in ("caliskan", "morgan", "patel", "hughes", "officer")))
    m2.attendees.add(*(people[k] for k in ("caliskan", "morgan", "patel", "okafor", "officer")))
    m2.apologies.add(people["hughes"])
    for key, body, role, start, end in (
        ("caliskan", "Association of Police and Crime Commissioners", "Observer", d(2019, 9, 1), None),
        ("morgan", "National Fire Chiefs Council", "Representative", d(2019, 9, 1), d(2021, 8, 31)),
        ("hughes", "National Fire Chiefs Council", "Representative", d(2021, 9, 1), None),
        ("patel", "Home Office", "Member, VAWG stakeholder group", d(2021, 10, 1), None),
    ):
        Appointment.objects.create(
            uid=uid("appointment", key, body), board=board, person=people[key],
            organisation=organisation(body), role=role, start=start, end=end,
        )  # fmt: skip
    SignoffChain.objects.create(board=board, roles=["officer", "chair"])
    m3 = Meeting.objects.create(
        uid=uid("meeting", "2022-01-20"), board=board, cycle=cycle, date=d(2022, 1, 20),
        place="18 Smith Square, London", title="Safer and Stronger Communities Board",
    )  # fmt: skip
    items = [
        AgendaItem.objects.create(uid=uid("agenda", m3.uid, n), meeting=m3, number=str(n), title=title,
                                  purpose=purpose)
        for n, (title, purpose) in enumerate(
            [("Welcome, apologies and declarations of interest", ""),
             ("Work plan 2021/22: Q2 performance report", "For noting")], start=1)
    ]  # fmt: skip
    paper = drafts.save_draft(
        board, StoredPaper.Kind.PERFORMANCE, cycle, None, quarter=2, agenda_item=items[1]
    )
    # A uid from the content, like every other demo record, so that loading the demo again updates.
    StoredPaper.objects.filter(pk=paper.pk).update(uid=uid("draft", "performance", cycle.label, 2))


if __name__ == "__main__":
    main()
