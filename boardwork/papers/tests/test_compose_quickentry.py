"""Composing the three papers from a realistic year: `tests/data/quick-entry-2023-24.json` (an
invented 2023/24 of a Safer and Stronger Communities Board, logged the way officers log day to day).

What the issue asks of the papers, checked on the composed Paper: every recorded outcome, reach,
partner and policy is stated; related activities are grouped (far fewer paragraphs than
activities); every commitment is accounted for; no false carried-forward or wrong-month statement;
and — mechanically — every number, month and name the papers state is a recorded value."""

from __future__ import annotations

import copy
import datetime as dt
import re
import subprocess
import sys
from pathlib import Path

import pytest

from boardwork.activities.models import Organisation, Policy
from boardwork.papers import compose
from boardwork.papers.compose import narrative as n
from boardwork.papers.document import Heading, Paragraph, Table
from boardwork.papers.style import HouseStyle
from boardwork.plans.models import Commitment
from boardwork.plans.services import rollover

DATA = Path(__file__).resolve().parents[3] / "tests" / "data" / "quick-entry-2023-24.json"


@pytest.fixture(scope="module")
def _year(_quick_entry_built):
    # Composed once per module from the year conftest.py loads once per module.
    style = HouseStyle.default()
    b, c = _quick_entry_built["board"], _quick_entry_built["cycle"]
    return {
        **_quick_entry_built,
        "eoy": compose.end_of_year(b, c, style),
        "plan": compose.work_plan(b, c, style),
        "perf": compose.performance(b, c, 4, style),
    }


@pytest.fixture
def year(_year, db):
    return copy.deepcopy(_year)


def paragraphs_with(doc, ref: str) -> list[str]:
    return [b.text for b in doc.blocks if isinstance(b, Paragraph) and ref in b.refs]


def all_text(doc) -> str:
    return doc.text()


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def recorded_corpus(data: dict) -> str:
    """Every value the records hold, as text: the file's strings, the month names and years of its
    dates, and the organisation and policy records the loader resolved names to."""
    strings = _strings(data)
    for s in list(strings):
        m = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?", s)
        if m:
            strings.append(n.MONTHS[int(m.group(2)) - 1] + " " + m.group(1))
            if m.group(3):
                strings.append(str(int(m.group(3))))
    for o in Organisation.objects.all():
        strings += [o.name, o.acronym, *o.aliases]
    strings += [p.title for p in Policy.objects.all()]
    return "\n".join(n.expand_shorthand(s) for s in strings) + "\n" + "\n".join(strings)


# Words the papers' own (house style and builder) wording uses: not facts about the year.
def house_words() -> str:
    from boardwork.papers.compose.common import DEFAULT_WORDING
    from boardwork.papers.compose.work_plan import WORDING
    from boardwork.papers.style import HouseStyle

    # The house style's glossary names what an acronym stands for ("KHub: Knowledge Hub").
    return " ".join([*DEFAULT_WORDING.values(), *WORDING.values(), *HouseStyle().glossary])


_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:[ ]+(?:of|and|for|on|the|&)?[ ]*[A-Z][\w'’-]*)+")
_LEAD_WORDS = {
    "In", "On", "After", "Our", "We", "Following", "This", "The", "As", "Since", "Of", "At", "Under", "Why", "Evidence",
    "Due", "Q1", "Q2", "Q3", "Q4", "By", "Not", "A", "Members", "Officers", "That", "Subject", *n.MONTHS,
}  # fmt: skip


def unrecorded(doc, corpus: str, extra: str = "") -> list[str]:
    """Numbers, months and names in the paper that the records do not hold."""
    allowed = corpus + "\n" + extra
    low = allowed.lower()
    bad = []
    for block in doc.blocks:
        if isinstance(block, Table) and block.header == ["Rating", "Commitments"]:
            continue  # counts made from the records, not recorded values
        texts = [block.text] if not isinstance(block, Table) else [c for r in block.rows for c in r]
        for text in texts:
            bad += [f"{v!r} in {text[:60]!r}" for v in n.unrecorded_values(text, allowed)]
            for m in _NAME.finditer(text):
                # "the Home Office and MoJ": each name of a list on its own.
                for part in re.split(r" and (?=[A-Z])", m.group(0)):
                    words = part.split()
                    while words and (words[0] in _LEAD_WORDS or words[0] == "the"):
                        words = words[1:]
                    # A possessive is grammar, not a name: "the Welsh Local Government Association's".
                    name = re.sub(r"['’]s$", "", " ".join(words))
                    if len(words) >= 2 and name.lower() not in low:
                        bad.append(f"name {name!r} in {text[:60]!r}")
    return bad


def test_every_number_month_and_name_is_a_recorded_value(year):
    corpus = recorded_corpus(year["data"])
    b = year["board"]
    titles = [year[k].meta.title for k in ("eoy", "plan", "perf")]
    extra = " ".join([house_words(), b.name, *titles, "2024/25", "Appendix 1", "Implications for Wales"])
    extra += " Financial Implications Next Steps Welsh LGA Red Amber Green Complete Not Rated On Track"
    bad = {key: unrecorded(year[key], corpus, extra) for key in ("eoy", "plan", "perf")}
    assert bad == {"eoy": [], "plan": [], "perf": []}


def test_fact_check_catches_an_invented_figure_month_and_name(year):
    corpus = recorded_corpus(year["data"])
    doc = year["eoy"]
    doc.blocks.append(Paragraph("In June we met the Fictional Trust, attended by 987 councillors.", "99"))
    bad = unrecorded(doc, corpus, house_words())
    assert any("'987'" in x for x in bad) and any("Fictional Trust" in x for x in bad)


def test_every_outcome_reach_partner_and_policy_is_stated(year):
    eoy, data, ids = year["eoy"], year["data"], year["ids"]
    for a in data["activities"]:
        act = ids[a["id"]]
        paras = " ".join(paragraphs_with(eoy, act.ref))
        assert paras, f"{a['id']} not in the paper"
        if a["outcome"]:
            # Every word of the outcome (the builder may add an article or "was" to a log note, and
            # writes a log's "X to share" as "X was to share").
            words = re.findall(r"[\w'’-]+", n.expand_shorthand(a["outcome"]))
            words = [w for w in words if w.lower() not in ("to", "a", "the")]
            missing = [w for w in words if not re.search(rf"\b{re.escape(w)}\b", paras, re.I)]
            assert not missing, (a["id"], a["outcome"], missing)
        if a["reach"] and not all(re.search(rf"\b{x}\b", paras) for x in re.findall(r"\d+", a["reach"])):
            # Near-duplicate entries of one event give one figure: another entry of the same event
            # (a day or two apart, told in the same paragraph) whose figure is the one stated.
            day = dt.date.fromisoformat(a["date"])
            twins = [
                b
                for b in data["activities"]
                if b is not a
                and b["reach"]
                and abs((dt.date.fromisoformat(b["date"]) - day).days) <= 2
                and ids[b["id"]].ref in {r for blk in eoy.blocks if act.ref in blk.refs for r in blk.refs}
            ]
            assert any(
                all(re.search(rf"\b{x}\b", paras) for x in re.findall(r"\d+", b["reach"])) for b in twins
            ), (a["id"], a["reach"])
        for o in a["organisations"]:
            if o["role"] != "partner":
                continue
            org = Organisation.find(o["name"]) or Organisation.objects.get(aliases__contains=o["name"])
            names = [org.name, org.acronym, *org.aliases, *(n.expand_shorthand(x) for x in org.aliases)]
            assert any(x and x in paras for x in names), (a["id"], o["name"])
        for p in a["policies"]:
            assert p["name"].lower() in paras.lower(), (a["id"], p["name"])


# Stages that are no news: an Act in force, a consultation open when we answered it.
_NO_NEWS = {"in force", "open"}


def test_a_policy_stage_is_told_in_words_at_its_first_mention_and_not_repeated(year):
    """The stage where it matters — the policy's first mention in the paper, or where the stage is
    the news (a Bill's Royal Assent) — in words, never in brackets after the name; and a policy is
    named once in a paragraph."""
    eoy, data, ids = year["eoy"], year["data"], year["ids"]
    paras = [b for b in eoy.blocks if isinstance(b, Paragraph)]
    text = " ".join(b.text for b in paras)
    first: dict[str, tuple[int, dict]] = {}
    for a in data["activities"]:
        at = next(i for i, b in enumerate(paras) if ids[a["id"]].ref in b.refs)
        for p in a["policies"]:
            if p["name"] not in first or at < first[p["name"]][0]:
                first[p["name"]] = (at, p)
            # Never "the X Bill (Commons second reading)": a stage is not a bracket after the name.
            assert not re.search(re.escape(p["name"]) + r"\s\(", text), p["name"]
    commitments = [c["title"] for c in data["commitments"]]
    for name, (at, p) in first.items():
        said = paras[at].text
        lead = said.split(", in ")[0]
        if any(name in c for c in commitments) and name in lead and "commitment" in lead:
            continue  # named inside the commitment the paragraph opens with, quoted as recorded
        for piece in re.split(r";\s+", p["stage"]):
            if piece.lower() in _NO_NEWS:
                assert f"{name}, {piece}" not in said and f"({piece})" not in said, (name, piece)
                continue
            # Its words and figures in the sentence ("received Royal Assent on 20 July 2023" tells
            # "Royal Assent 20 July 2023"; "which closed on 6 December 2023" tells "closes 6 December
            # 2023"), whatever small words and tense the sentence gives it.
            words = [w for w in re.findall(r"[A-Za-z][\w'-]*|\d+", piece) if w not in ("closes",)]
            missing = [w for w in words if not re.search(rf"\b{re.escape(w)}\b", said, re.I)]
            assert not missing, (name, piece, missing, said)
    for b in paras:
        for name in first:
            if len(name.split()) < 3:
                continue  # "Prevent" is also a word of "revised Prevent duty guidance"
            assert b.text.lower().count(name.lower()) <= 1, (name, b.text)


def test_grouped_paragraphs_far_fewer_than_activities(year):
    eoy, ids = year["eoy"], year["ids"]
    acts = [ids[a["id"]] for a in year["data"]["activities"]]
    told = [b for b in eoy.blocks if isinstance(b, Paragraph) and any(a.ref in b.refs for a in acts)]
    # Grouped, yet each paragraph no longer than a board paper's five to seven lines (~110 words):
    # forty activities of a busy year come to a little over half as many paragraphs.
    assert len(told) <= len(acts) * 0.6, len(told)
    assert max(len(b.text.split()) for b in told) <= 110
    # The two near-duplicate events are each written once, in one sentence keeping both refs.
    for x, y in (("a3", "a4"), ("a38", "a39")):
        both = [p for p in told if ids[x].ref in p.refs and ids[y].ref in p.refs]
        assert len(both) == 1
    text = all_text(eoy)
    assert text.count("webinar on the Serious Violence Duty (SVD)") == 1 and "Co-hosted webinar" not in text


def test_every_commitment_accounted_for_and_appendix(year):
    eoy, ids = year["eoy"], year["ids"]
    cs = [ids[c["id"]] for c in year["data"]["commitments"]]
    delivery = [b for b in eoy.blocks if isinstance(b, Paragraph) and "under this theme" in b.text]
    for c in cs:
        assert any(c.ref in p.refs for p in delivery), c.title
    heads = [b.text for b in eoy.blocks if isinstance(b, Heading)]
    assert heads[-1] == "Appendix 1: progress against the 2023/24 commitments"
    appendix = eoy.blocks[-1]
    assert isinstance(appendix, Table) and len(appendix.rows) == 12 and appendix.rag_column == 1
    assert {r[1] for r in appendix.rows} <= {"Green", "Amber", "Red", "Complete"}
    # Each commitment names its lead, due date and status under its title (the item column).
    assert appendix.header == ["Commitment", "Rating", "Progress"] and appendix.item_column == 0
    titles = {r[0].split("\n")[0]: r[0].split("\n")[1:] for r in appendix.rows}
    assert titles[ids["c4"].title] == ["Lead: Daniel Ashby", "Due: 31 December 2023", "Status: At risk"]
    assert any("Appendix 1" in b.text for b in eoy.blocks if isinstance(b, Paragraph))
    # Why the slipped ones slipped: the dropped survey's reason is given with it.
    text = all_text(eoy)
    assert "Debate Not Hate" in text and "is at risk because safe accommodation funding" in text


def test_header_title_purpose_and_themes_agreed_from_the_records(year):
    eoy, plan, perf = year["eoy"], year["plan"], year["perf"]
    assert eoy.meta.title == "Safer and Stronger Communities End of Year Report 2023/24 and 2024/25 work plan"
    assert (eoy.meta.meeting_date, eoy.meta.item) == ("2024-03-21", "3")
    assert eoy.meta.purpose == "For direction." and plan.meta.purpose == "For decision."
    assert (plan.meta.meeting_date, plan.meta.item) == ("2023-09-21", "3")
    first = next(b for b in eoy.blocks if isinstance(b, Paragraph) and b.number == "1")
    assert first.text.startswith(
        "At its meeting in September the Board considered its priorities for 2023/24"
    )
    assert "agreed six overarching themes" in first.text
    assert "June" not in first.text and "seven" not in first.text
    assert year["ids"]["m1"].ref in first.refs
    # Q4 went to no recorded meeting: no header date, and the kind's own purpose.
    assert perf.meta.meeting_date is None and perf.meta.purpose == "For information."
    assert eoy.meta.contact.name == "Helen Grayson"


def test_unthemed_work_placed_or_listed(year):
    eoy, ids = year["eoy"], year["ids"]
    sections = {h.text: [b for b in blocks] for h, blocks in eoy.sections() if h is not None}
    cs_refs = {r for b in sections["Community safety"] for r in b.refs}
    assert ids["a36"].ref in cs_refs  # no theme, but the same Bill as community safety work
    other = {r for b in sections["Other work"] for r in b.refs}
    assert {ids["a2"].ref, ids["a14"].ref} <= other
    # Told as the Board's other work, in the paper's voice: no note to officers in a paper to send
    # (the readiness check lists the work for an officer who would place it).
    text = " ".join(b.text for b in sections["Other work"])
    assert "officers should" not in text and "In April we" in text


def test_activity_with_no_cycle_placed_by_its_date(year):
    a = year["ids"]["a33"]
    a.cycle = None
    a.save()
    doc = compose.end_of_year(year["board"], year["cycle"])
    assert paragraphs_with(doc, a.ref)


def test_no_false_carried_forward(year):
    plan = year["plan"]
    table = next(b for b in plan.blocks if isinstance(b, Table))
    lines = [line for row in table.rows for line in row[1].split("\n")]
    carried = [line for line in lines if "carried forward" in line]
    assert len(carried) == 2 and all("from 2022/23" in line for line in carried)
    # c3 and c6 have delay reasons but were not carried: never called carried forward.
    assert not any("carried" in line for line in lines if line.startswith(("Press for", "Refresh the")))
    text = all_text(plan)
    assert "carried forward from 2022/23: delayed from" not in text


def test_next_year_plan_gives_the_current_reason_and_answers_feedback(year):
    cycle, ids = year["cycle"], year["ids"]
    carry = [ids[c] for c in ("c2", "c4", "c6", "c11")]
    nxt = rollover(cycle, label="2024/25", start=dt.date(2024, 4, 1), end=dt.date(2025, 3, 31), carry=carry)
    guide = Commitment.objects.get(theme__cycle=nxt, carried_from=ids["c6"])
    guide.answers_feedback.add(ids["f4"])
    plan = compose.work_plan(year["board"], nxt, HouseStyle.default())
    text = all_text(plan)
    slavery = next(
        b.text
        for b in plan.blocks
        if isinstance(b, Paragraph) and re.search(r"carr(y|ies) forward from", b.text) and "slavery" in b.text
    )
    # Two rollovers on, the 2022/23 reason is not repeated: the reason it slipped in 2023/24 is.
    assert re.search(r"carr(y|ies) forward from 2023/24", slavery) and "2022/23" not in slavery
    assert "The other two slip into 2024/25" in slavery
    fb = next(b for b in plan.blocks if isinstance(b, Table) and b.header == ["You said", "We propose"])
    rows = {r[0].split(":")[0]: r[1] for r in fb.rows}
    assert rows["Cllr Tunde Adeyemi"].startswith("Refresh the LGA councillor guide")
    assert rows["Cllr Rachel Ormsby"] == "Not yet answered in this plan"
    assert "Four of the five pieces of feedback are not yet answered" in text
    assert "Next steps" in [b.text for b in plan.blocks if isinstance(b, Heading)]
    # Next steps from the records: the four members whose feedback no item answers are named.
    steps = [
        b.text
        for b in plan.blocks
        if isinstance(b, Paragraph) and b.text.startswith("Officers will come back")
    ]
    assert len(steps) == 1 and "Cllr Rachel Ormsby" in steps[0] and "Cllr Tunde Adeyemi" not in steps[0]
    # A quarterly note is told in sentences, never pasted as typed (the research note's fragments).
    assert "research report in" not in text and "publishing April" not in text
    # The end of year report now shows next year's plan in its priorities table.
    eoy = compose.end_of_year(year["board"], cycle)
    prio = next(b for b in eoy.blocks if isinstance(b, Table) and b.header[0] == "Priority area")
    assert "carried forward from 2023/24" in prio.rows[0][1]
    # Terse, as the board's own tables are: each item its recorded title with the bare mark; the
    # reasons are told in the theme sections (and Appendix 1), not again in the table.
    lines = [line for r in prio.rows for line in r[1].split("\n")]
    titles = {c.title for c in Commitment.objects.filter(theme__cycle=cycle)}
    assert all(re.sub(r" \(carried forward from 2023/24\)$", "", line) in titles for line in lines), lines
    assert not any(re.search(r"\(carried forward from [^)]*:", line) for line in lines)
    assert "research report in" not in prio.rows[0][1] and "still in the Commons" not in prio.rows[0][1]
    told = " ".join(b.text for b in eoy.blocks if isinstance(b, Paragraph))
    assert "the criminal justice bill is still in the commons" in told.lower()  # the Bill its work concerns


def test_performance_report_layout_flags_evidence_and_trend(year):
    perf, ids = year["perf"], year["ids"]
    tables = [b for b in perf.blocks if isinstance(b, Table)]
    for t in tables:
        assert t.widths and len(t.widths) == len(t.header) and t.rag_column is not None
    rows = {r[0].split("\n")[0]: r for t in tables[1:] for r in t.rows}
    slavery = rows[ids["c4"].title]
    # The commitment's title, then its lead, due date and status, one a line (listed under it).
    assert slavery[0].split("\n")[1:] == ["Lead: Daniel Ashby", "Due: 31 December 2023", "Status: At risk"]
    assert slavery[1] == "Amber"
    # Each evidencing activity on a line of its own, dated, its acronyms in full where recorded.
    lines = slavery[2].split("\n")
    assert (
        lines[lines.index("Evidence:") + 1]
        == "June 2023 – Illegal Migration Bill: briefing for Lords committee"
    )
    assert "Since Q3: Unchanged (Amber)" in slavery[2].split("\n")
    assert "Year so far: Q1 Red, Q2 Red, Q3 Amber, Q4 Amber" in slavery[2].split("\n")
    flags = [b for b in perf.blocks if isinstance(b, Paragraph) and b.text.startswith("Our commitment to")]
    flagged = {r for p in flags for r in p.refs}
    for c in ("c3", "c4", "c6", "c11"):  # amber or red at Q4
        assert ids[c].ref in flagged
    guide = next(p.text for p in flags if ids["c6"].ref in p.refs)
    assert "rated red, from amber in quarter 3" in guide and "Ravi Kendall leads this work" in guide
    # What, why, what next as sentences: no templated labels, no quoted notes; dropped work has no
    # lead and due date to report.
    survey = next(p.text for p in flags if ids["c12"].ref in p.refs)
    assert "was dropped at the January meeting, as the" in survey and "leads this work" not in survey
    assert not any(x in p.text for p in flags for x in ("The reason:", "update reads", "“"))
    summary = next(b.text for b in perf.blocks if isinstance(b, Paragraph) and b.number == "1")
    assert "Since quarter 3" in summary and "no update for quarter 4" in summary


def test_sources_ref_info_for_every_ref(year):
    for key in ("eoy", "plan", "perf"):
        doc = year[key]
        refs = {r for b in doc.blocks for r in b.refs}
        assert refs == set(doc.ref_info), key
    info = year["eoy"].ref_info[year["ids"]["a7"].ref]
    assert info.label == "Activity: Fire Leadership Essentials cohort 1" and info.date == "2023-06-14"
    assert info.url == f"/boards/{year['board'].slug}/activities/{year['ids']['a7'].uid}/"


def test_the_sentence_builder_is_pure_python():
    # The compose package's own __init__ reads the database, so the builder's modules are loaded as
    # a bare package: only boardwork.lib (pure) may come with them.
    folder = Path(n.__file__).parent
    code = (
        "import importlib, sys, types; "
        f"pkg = types.ModuleType('bare'); pkg.__path__ = [{str(folder)!r}]; sys.modules['bare'] = pkg; "
        "importlib.import_module('bare.narrative'); "
        "print(any(k.startswith('django') or (k.startswith('boardwork.') and not k.startswith('boardwork.lib')) "
        "for k in sys.modules))"
    )
    root = Path(n.__file__).parents[3]
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root)
    assert out.stdout.strip() == "False"


def test_near_duplicates_rule_on_plain_facts():
    d = dt.date(2023, 5, 9)
    a = n.ActivityFact("activity:1", "Serious Violence Duty webinar", "", d, "day", ["event"])
    b = n.ActivityFact("activity:2", "SVD webinar w/ APCC", "", d, "day", ["event", "partnership"])
    c = n.ActivityFact("activity:3", "ASB webinar", "", d + dt.timedelta(days=20), "day", ["event"])
    assert n.near_duplicates(a, b) and not n.near_duplicates(a, c)
    assert [len(ev) for ev in n.duplicate_sets([a, b, c])] == [2, 1]


def test_reasons_are_quoted_to_their_first_clause():
    # A status before the colon gives way to the reason; a long reason stops at its first clause.
    assert n.short_reason("Delayed from 2019/20: staff moved to the flood recovery work.") == (
        "staff moved to the flood recovery work"
    )
    long = (
        "The funding round closed before the regulations were laid, and the two pilot councils asked "
        "for more time to consult residents; the work now restarts in the spring"
    )
    cut = n.short_reason(long)
    assert cut == "The funding round closed before the regulations were laid" and cut in long
    assert n.short_reason("Dropped at the March meeting: another body covers it.").startswith("Dropped at")
    assert n.short_reason("Short reason.") == "Short reason"


def test_a_commitment_is_named_by_its_first_part():
    assert (
        n.commitment_short(
            "Develop a toolkit for councils on flood resilience, including case studies and regional webinars"
        )
        == "Develop a toolkit for councils on flood resilience"
    )
    # A comma inside a Bill's name is not where the action ends.
    title = (
        "Lobby Government on the Police, Crime, Sentencing and Courts Bill, including funding for the duty"
    )
    assert n.commitment_short(title) == "Lobby Government on the Police, Crime, Sentencing and Courts Bill"
    assert n.commitment_short("Publish a guide") == "Publish a guide"


def test_sentences_vary_their_openings_and_weave_policies(year):
    doc = year["eoy"]
    paras = [b.text for b in doc.blocks if isinstance(b, Paragraph)]
    sentences = [s for p in paras for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p)]
    assert not any(s.startswith(("This concerned", "We committed to")) for s in sentences)
    for p in paras:
        opens = [" ".join(s.split()[:3]) for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", p)]
        repeats = [a for a, b in zip(opens, opens[1:], strict=False) if a == b and not a.startswith("In ")]
        assert not repeats, (repeats, p)
    # A policy's stage is said in words after its name, in the sentence that names it.
    woven = re.findall(
        r"\b(?:Bill|Act \d{4}|consultation|Framework|Prevent), (?:published|which|then|under|in response)\b",
        " ".join(paras),
    )
    assert len(woven) >= 3, woven
    # The board's papers open on the subject ("On domestic abuse, …"), never on a template joint.
    assert not any(s.startswith(("In relation to", "With regard to", "In respect of")) for s in sentences)


def test_next_year_plan_says_you_said_we_propose(year):
    from boardwork.papers.tests.next_year import plan_next_year

    nxt = plan_next_year(year)
    plan = compose.work_plan(year["board"], nxt["cycle"], HouseStyle.default())
    fb = next(b for b in plan.blocks if isinstance(b, Table) and b.header == ["You said", "We propose"])
    rows = {r[0].split(":")[0]: r[1] for r in fb.rows}
    # Each answered piece of feedback beside the plan item that answers it; the other flagged.
    assert rows["Cllr Peter Colley"] == nxt["new"]["f2"].title
    assert rows["Cllr Rachel Ormsby"] == nxt["new"]["f5"].title
    assert rows["Cllr Samira Haddad"] == nxt["carried"]["c2"].title
    assert rows["Cllr Joan Ferriby"] == "Not yet answered in this plan"
    assert sum(1 for r in fb.rows if r[1] != "Not yet answered in this plan") == 4
    for f in ("f2", "f5"):
        refs = set(fb.refs)
        assert nxt["new"][f].ref in refs and year["ids"][f].ref in refs
    text = all_text(plan)
    assert "One of the five pieces of feedback is not yet answered" in text and "Cllr Joan Ferriby" in text
    # Carried work is told in the board's voice, never a plan item's title as a subject.
    carried = [b.text for b in plan.blocks if isinstance(b, Paragraph) and "carr" in b.text]
    assert len(carried) == 4
    assert carried[0].startswith("We propose to carry forward from 2023/24 our commitment")
    assert all(re.search(r"carr(y|ies) forward from 2023/24", t) and "ommitment to" in t for t in carried)
    # The paragraphs do not all open the same way: no two in a row share their first words.
    openings = [" ".join(t.split()[:3]) for t in carried]
    assert all(a != b for a, b in zip(openings, openings[1:], strict=False)), openings
    assert "is carried forward" not in text


def test_performance_spells_out_organisations_and_says_each_state_once(year):
    # The report loads no partners, yet names organisations as the End of Year does.
    perf = year["perf"]
    flags = " ".join(b.text for b in perf.blocks if isinstance(b, Paragraph))
    assert "Department for Levelling Up, Housing and Communities (DLUHC)" in flags
    # A state with no reason joins the rating; it is not a sentence of its own under each item.
    assert not re.search(r"\bIt is (at risk|off track|deferred|dropped)\.", flags)


def test_organisations_typed_by_officers_are_printed_by_their_recorded_name(year):
    text = " ".join(b.text for b in year["eoy"].blocks if isinstance(b, Paragraph))
    assert "Dept of Health" not in text
