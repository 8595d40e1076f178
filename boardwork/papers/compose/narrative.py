"""The sentence builder: recorded facts → grouped paragraphs in the voice of council board papers.

Pure Python over plain dataclasses (no Django, no records): `records.py` turns the database into
these facts, and the paper modules (`end_of_year`, `work_plan`, `performance`) place the
paragraphs. Everything here is deterministic and offline.

Rules of the genre (UK council and board papers), not of one paper:

- A theme section opens with delivery against its commitments (how many complete, on track,
  slipped, and why), then tells the work in paragraphs of related activities (same commitment,
  policy, or a near-duplicate entry of one event), the most significant first.
- Sentences are first person plural and past tense ("In May we held …", "We also …"); a recorded
  outcome is told first ("Following our lobbying, …"), then what was done, with whom (partners),
  on what policy and at which stage, and the reach.
- Every number, date and name a sentence states is a recorded value: the builder only rewrites
  officers' log shorthand ("w/", "approx", "mtg") and adds function words; it never invents a figure.
- Every sentence carries the refs of the records it states.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

MONTHS = "January February March April May June July August September October November December".split()
NUMBER_WORDS = "no one two three four five six seven eight nine ten eleven twelve".split()

# --------------------------------------------------------------------------------------------------
# Facts
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class OrgFact:
    ref: str
    name: str
    acronym: str = ""
    role: str = "named"  # partner, audience, addressee, named
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PolicyFact:
    ref: str
    title: str
    kind: str = "other"
    stage: str = ""  # the stage as recorded on the activity (or the policy's own)


@dataclass
class UpdateFact:
    ref: str
    quarter: int
    rag: str  # green, amber, red, complete
    commentary: str = ""


@dataclass
class CommitmentFact:
    ref: str
    title: str
    state: str = "planned"
    theme: str | None = None  # theme ref
    owner: str = ""
    due: dt.date | None = None
    delay_reason: str = ""
    carried_from_cycle: str | None = None  # label of the cycle it carries forward from
    updates: list[UpdateFact] = field(default_factory=list)  # by quarter

    def latest(self, quarter: int | None = None) -> UpdateFact | None:
        ups = [u for u in self.updates if quarter is None or u.quarter <= quarter]
        return ups[-1] if ups else None


@dataclass
class ActivityFact:
    ref: str
    title: str
    text: str
    date: dt.date | None = None
    precision: str = "day"  # day, month, year or ""
    kinds: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)  # theme refs, in the themes' order
    commitment: str | None = None  # commitment ref
    orgs: list[OrgFact] = field(default_factory=list)
    policies: list[PolicyFact] = field(default_factory=list)
    people: list[str] = field(default_factory=list)
    outcome: str = ""
    reach: str = ""
    nations: list[str] = field(default_factory=list)
    # Imported from a board paper: (paper order key, block index). Its text is already a paper's
    # paragraph, so it is told as written, in its paper's order.
    source: tuple | None = None


@dataclass
class Sentence:
    text: str
    refs: list[str]


@dataclass
class Para:
    sentences: list[Sentence]

    @property
    def text(self) -> str:
        return " ".join(s.text for s in self.sentences)

    @property
    def refs(self) -> list[str]:
        out: list[str] = []
        for s in self.sentences:
            for r in s.refs:
                if r not in out:
                    out.append(r)
        return out


# --------------------------------------------------------------------------------------------------
# Small wording helpers
# --------------------------------------------------------------------------------------------------


def count_word(n: int) -> str:
    return NUMBER_WORDS[n] if 0 <= n < len(NUMBER_WORDS) else str(n)


def join_words(items: list[str]) -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def lower_first(text: str) -> str:
    """'Support councils' → 'support councils'; acronyms and names ('NFCC agreed') keep their case."""
    if not text:
        return text
    first = text.split()[0]
    if len(first) > 1 and (first[1:2].isupper() or any(ch.isdigit() for ch in first)):
        return text
    if first in _KEEP_CAPITAL:
        return text
    if (
        first.lower() in NUMBER_WORDS
        or first.lower() in _COMMON_OPENERS
        or first.lower().endswith(("ed", "ing"))
    ):
        return text[:1].lower() + text[1:]
    words = text.split()
    if len(words) > 1 and words[1][:1].isupper() and words[1] not in ("I",):
        return text  # a name of several words: "Cabinet Office workshop", "Lords report stage"
    return text[:1].lower() + text[1:]


def upper_first(text: str) -> str:
    return text[:1].upper() + text[1:] if text else text


def sentence(text: str) -> str:
    """One sentence: capital first, a single full stop (or the sentence's own ! ?) at the end."""
    text = " ".join(text.split()).strip()
    text = re.sub(r"[\s;,:\-–]+$", "", text)
    if not text:
        return ""
    if text[-1] not in ".!?":
        text += "."
    return upper_first(text)


def month_phrase(day: dt.date | None, precision: str) -> str:
    """'In May' (the month is what papers give; a date known only to the year says 'In 2023')."""
    if day is None:
        return ""
    if precision == "year":
        return f"In {day.year}"
    return f"In {MONTHS[day.month - 1]}"


# Officers' log shorthand → the words a paper writes. Only spelling: no figure, date or name changes.
_SHORTHAND = [
    (r"\bw/\s*", "with "),
    (r"\s&\s", " and "),
    (r"\bapprox\.?\s", "about "),
    (r"~\s?(?=\d)", "about "),
    (r"\bmtgs?\b", "meeting"),
    (r"\bcllrs\b", "councillors"),
    (r"\bCllrs\b", "Councillors"),
    (r"\bQs\b", "questions"),
    (r"\b2nd reading\b", "second reading"),
    (r"\b2R\b", "second reading"),
    (r"\bincl\.\s?", "including "),
    (r"\bgov\b", "Government"),
    (r"\bGov\b", "Government"),
    (r"\bTBC\b", "to be confirmed"),
    (r"\brecieved\b", "received"),
    (r"\bJan\b(?!\s\d{2}\b)", "January"),
    (r"\bFeb\b(?!\s\d{2}\b)", "February"),
    (r"\bSept?\b(?!\s\d{2}\b)", "September"),
    (r"\bOct\b(?!\s\d{2}\b)", "October"),
    (r"\bNov\b(?!\s\d{2}\b)", "November"),
    (r"\bDec\b(?!\s\d{2}\b)", "December"),
]
_SHORTHAND_RE = [(re.compile(p), r) for p, r in _SHORTHAND]

_COMMON_OPENERS = {
    "several",
    "weekly",
    "all",
    "some",
    "most",
    "first",
    "second",
    "third",
    "last",
    "next",
    "each",
}
_KEEP_CAPITAL = {"Government", "Parliament", "Ministers", "Minister", "I", "Lords", "Commons", "Prevent"}

# Past-tense verbs that open an officer's log entry ("Submitted our response …"): the builder adds
# "we". Regular verbs end in -ed; these are the irregular ones the genre uses.
_IRREGULAR_PAST = {
    "spoke", "met", "sent", "ran", "held", "wrote", "gave", "put", "took", "led", "set", "made", "won",
    "began", "brought", "sought", "told", "went", "built", "chaired", "co-hosted", "co-chaired",
}  # fmt: skip


def expand_shorthand(text: str) -> str:
    """Officers' shorthand spelled out ("w/" → "with", "approx" → "about"); figures and names kept."""
    out = text
    for pat, rep in _SHORTHAND_RE:
        out = pat.sub(rep, out)
    return " ".join(out.split())


def first_sentence(text: str) -> str:
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", " ".join((text or "").split()))
    return parts[0].rstrip(".") if parts else ""


def opens_with_past_verb(text: str) -> bool:
    first = (text.split() or [""])[0].lower().strip(",")
    return (first.endswith("ed") and len(first) > 4) or first in _IRREGULAR_PAST


# --------------------------------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------------------------------

_NO_ARTICLE = re.compile(
    r"^(His|Her|HM|NHS|Welsh Government|Scottish Government|Ofcom|Parliament)\b|"
    r"\b(County|City|District|Borough|Metropolitan Borough|Town|Parish) Council$|"
    r"\bCouncil of\b"
)


class Namer:
    """Names organisations the way a paper does: the full name with its acronym at first mention
    ("the National Fire Chiefs Council (NFCC)"), the acronym after; the definite article where the
    name needs one."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, org: OrgFact) -> str:
        name = org.name
        # Short acronyms ("HO") and short names are written out every time.
        use_acronym = bool(org.acronym) and len(org.acronym) >= 3 and len(name.split()) >= 3
        if org.ref in self.seen and use_acronym:
            text = org.acronym
            if re.match(r"^(Department|Ministry)\b", name):
                return text  # "DLUHC", "MoJ": departments' acronyms take no article
        elif use_acronym and org.acronym != name:
            text = f"{name} ({org.acronym})"
        else:
            text = name
        self.seen.add(org.ref)
        if _NO_ARTICLE.search(name) or (" " not in name and not name.isupper()):
            return text
        return "the " + text


def mentions(text: str, org: OrgFact) -> bool:
    """Does `text` already name the organisation (by name or acronym, as a word)?"""
    for n in {
        *(x for x in (org.name, org.acronym, *org.aliases) if x),
        *(expand_shorthand(a) for a in org.aliases),
    }:
        if n and re.search(
            r"(?<![A-Za-z])" + re.escape(n) + r"(?![A-Za-z])", text, re.I if len(n) > 6 else 0
        ):
            return True
    return False


def policy_mentioned(text: str, pol: PolicyFact) -> bool:
    return pol.title.lower() in text.lower()


# --------------------------------------------------------------------------------------------------
# Near-duplicates and grouping
# --------------------------------------------------------------------------------------------------

_STOP = set(
    "a an and the of on for to in with w at by from about our we new annual lga day 1 2 - & vs".split()
)


def _tokens(title: str) -> list[str]:
    words = re.findall(r"[A-Za-z][A-Za-z']*", title)
    out = []
    for w in words:
        if w.isupper() and 2 <= len(w) <= 6:
            out.append(w)  # an acronym: matched against initials below
        elif w.lower() not in _STOP:
            out.append(w.lower().rstrip("s"))
    return out


def title_overlap(a: str, b: str) -> float:
    """Share of the shorter title's words found in the other; an acronym ("SVD") matches the
    initials of consecutive words in the other title ("Serious Violence Duty")."""
    ta, tb = _tokens(a), _tokens(b)
    if not ta or not tb:
        return 0.0

    def covered(xs: list[str], ys: list[str]) -> int:
        plain = {y.lower() for y in ys}
        initials = "".join(y[0].lower() for y in ys if not y.isupper())
        n = 0
        for x in xs:
            if x.lower() in plain:
                n += 1
            elif x.isupper() and x.lower() in initials:
                n += len(x)  # an acronym stands for several words
        return n

    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return min(1.0, max(covered(short, long_), covered(long_, short)) / max(1, len(short)))


def near_duplicates(a: ActivityFact, b: ActivityFact, days: int = 2) -> bool:
    """Two log entries of one event: a shared kind, dates within `days` (both known to the day),
    and similar titles. Officers log the same webinar or conference twice; the paper tells it once."""
    if not a.date or not b.date or a.precision != "day" or b.precision != "day":
        return False
    if abs((a.date - b.date).days) > days:
        return False
    if not set(a.kinds) & set(b.kinds):
        return False
    return title_overlap(a.title or a.text[:80], b.title or b.text[:80]) >= 0.5


def duplicate_sets(acts: list[ActivityFact]) -> list[list[ActivityFact]]:
    """Activities folded into events: each list is one event (the first is the main entry)."""
    ordered = sorted(acts, key=lambda a: (a.date or dt.date.max, a.ref))
    events: list[list[ActivityFact]] = []
    for a in ordered:
        for ev in events:
            if any(near_duplicates(a, b) for b in ev):
                ev.append(a)
                break
        else:
            events.append([a])
    for ev in events:
        # The main entry is the fuller record: linked to a commitment, with an outcome, more partners.
        ev.sort(key=lambda a: (-(a.commitment is not None), -bool(a.outcome), -len(a.orgs), a.ref))
    return events


def significance(event: list[ActivityFact]) -> int:
    """How much a paper would make of an event: outcomes first, then reach, lobbying and publications."""
    score = 0
    for a in event:
        score += 4 if a.outcome else 0
        score += 2 if a.reach else 0
        score += 2 if set(a.kinds) & {"lobbying", "consultation_response", "evidence", "publication"} else 0
        score += 1 if a.policies else 0
        score += 1 if any(o.role == "partner" for o in a.orgs) else 0
    return score


def group_events(events: list[list[ActivityFact]]) -> list[list[list[ActivityFact]]]:
    """Related events in one paragraph: the same commitment, or a policy in common."""
    parent = list(range(len(events)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        parent[find(i)] = find(j)

    by_key: dict[str, int] = {}
    for i, ev in enumerate(events):
        keys = {f"c:{a.commitment}" for a in ev if a.commitment}
        keys |= {f"p:{p.ref}" for a in ev for p in a.policies}
        for k in keys:
            if k in by_key:
                union(i, by_key[k])
            else:
                by_key[k] = i
    # Work linked to no commitment joins the one other event it shares a partner with.
    for i, ev in enumerate(events):
        if any(a.commitment for a in ev):
            continue
        partners = {o.ref for a in ev for o in a.orgs if o.role == "partner"}
        others = {
            find(j)
            for j, other in enumerate(events)
            if j != i and partners & {o.ref for a in other for o in a.orgs if o.role == "partner"}
        }
        if len(others) == 1:
            union(i, others.pop())
    groups: dict[int, list[list[ActivityFact]]] = {}
    for i, ev in enumerate(events):
        groups.setdefault(find(i), []).append(ev)
    out = list(groups.values())
    for g in out:
        g.sort(key=lambda ev: (ev[0].date or dt.date.max, ev[0].ref))
    out.sort(key=lambda g: (-sum(significance(ev) for ev in g), g[0][0].date or dt.date.max))
    return out


# --------------------------------------------------------------------------------------------------
# Sentences about activities
# --------------------------------------------------------------------------------------------------

_KIND_NOUN = {
    "lobbying": "lobbying",
    "consultation_response": "response",
    "evidence": "evidence",
    "event": "event",
    "training": "training",
    "publication": "publication",
    "research": "research",
    "partnership": "work with partners",
    "support": "support",
    "media": "media work",
}
# What we did, by kind, when the log entry opens with a noun phrase and no head noun below fits.
_KIND_VERB = {
    "event": "we held a",
    "training": "we ran a",
    "lobbying": "we sent a",
    "consultation_response": "we sent our",
    "evidence": "we submitted",
    "publication": "we published",
    "research": "we commissioned",
    "partnership": "we took part in a",
    "support": "we gave",
    "media": "we gave",
}
# The verb a paper uses with the thing the entry names ("Call with DfT" → "we had a call with DfT").
_NOUN_VERB = {
    "call": "we had a",
    "calls": "we had",
    "meeting": "we had a",
    "workshop": "we took part in a",
    "roundtable": "we held a",
    "webinar": "we held a",
    "session": "we held a",
    "briefing": "we sent a",
    "letter": "we sent a",
    "note": "we sent a",
    "response": "we sent",
    "evidence": "we submitted",
    "fringe": "we held a",
    "induction": "we ran an",
    "conference": "we held the",
    "support": "we gave",
}
_DETERMINERS = {
    "a", "an", "the", "our", "their", "its", "with", "to", "at", "for", "on", "in", "up", "written", "short",
    "two", "three", "four", "five", "six", "first", "new", "lga", "members", "councils", "into", "about",
}  # fmt: skip
_CLAUSE_SUBJECT = {"Chair": "our Chair", "Vice-Chair": "our Vice-Chair", "Government": "the Government"}
_FINITE = {
    "is",
    "are",
    "was",
    "were",
    "has",
    "have",
    "got",
    "became",
    "wrote",
    "published",
    "agreed",
    "announced",
}


def _article(body: str, verb: str) -> str:
    """'we held a' + 'LGA Fire Conference' → 'we held an'; ordinals and possessives take 'the'."""
    if not verb.endswith((" a", " an")):
        return verb
    first = (body.split() or [""])[0]
    base = verb.rsplit(" ", 1)[0]
    if re.match(r"(the|our|a|an|\d)\b", body, re.I):
        return base
    if re.match(r"(first|second|third|fourth|last|next)\b", body, re.I):
        return base + " the"
    if first.isupper() and len(first) > 1:
        return base + (" an" if first[0] in "AEFHILMNORSX" else " a")
    return base + (" an" if re.match(r"[aeiou]", body, re.I) else " a")


def _head_noun(body: str) -> str | None:
    for w in body.lower().split()[:6]:
        w = w.strip(",.;:()")
        if w in _NOUN_VERB:
            return w
    return None


def _news_and_action(a: ActivityFact) -> tuple[str, str]:
    """Log entries often open with the day's news ("Royal Assent today for …", "… published today")
    and then say what we did: (news, action sentence)."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", " ".join((a.text or "").split()))
    first = parts[0].rstrip(".") if parts else ""
    if re.search(r"\btoday\b", first) and len(parts) > 1:
        news = lower_first(expand_shorthand(re.sub(r"\s*\btoday\b", "", first).strip()))
        return news, parts[1].rstrip(".")
    return "", first


def _clause(a: ActivityFact) -> tuple[str, str]:
    """(news, what was done) from the entry: ('', 'we submitted our response to …')."""
    news, action = _news_and_action(a)
    text = expand_shorthand(action or a.title)
    words = text.split()
    if not words:
        return news, "we " + lower_first(expand_shorthand(a.title))
    w0 = words[0].strip(",")
    w1 = words[1].lower().strip(",") if len(words) > 1 else ""
    if (
        w0 in _IRREGULAR_PAST
        or w0.lower() in _IRREGULAR_PAST
        or (
            w0.lower().endswith("ed")
            and len(w0) > 4
            # "Submitted our …", "Published 6 …", "Briefed ministers …"; not "Revised Prevent guidance".
            and (w1 in _DETERMINERS or w1[:1].isdigit() or w1[:1].islower())
        )
    ):
        return news, "we " + w0.lower() + text[len(w0) :]
    # A clause with its own subject: "Chair wrote to …", "LURB got Royal Assent", "OSB is now …".
    if len(words) > 1 and w0[:1].isupper() and (w1 in _FINITE or w1 in _IRREGULAR_PAST):
        return news, "CLAUSE:" + _CLAUSE_SUBJECT.get(w0, w0) + text[len(words[0]) :]
    if re.match(r"^(Cllr|Councillor)\s+[A-Z]\w+\s+(on|at|in)\b", text):
        name_end = re.match(r"^(Cllr|Councillor)\s+[A-Z]\w+", text).end()
        return news, "CLAUSE:" + text[:name_end] + " was" + text[name_end:]
    body = re.sub(r"^(?:LGA\s+)?response(?:\s+sent)?\b", "our response", text, flags=re.I)
    body = re.sub(r"^Response\b", "our response", body)
    body = lower_first(body)
    noun = _head_noun(body)
    kind = a.kinds[0] if a.kinds else "event"
    verb = _NOUN_VERB[noun] if noun else _KIND_VERB.get(kind, "we held a")
    if body.startswith("our response"):
        verb = "we sent"
    return news, f"{_article(body, verb)} {body}".replace("  ", " ")


def _outcome_text(a: ActivityFact) -> str:
    out = expand_shorthand(a.outcome.strip().rstrip("."))
    if opens_with_past_verb(out):
        return "we " + lower_first(out)
    # Log style "X to share …" → "X will share …" (an agreed next step).
    m = re.match(r"^([^.;]{2,80}?) to (share|join|go|publish|meet|provide|send|attend|review)\b(.*)$", out)
    if m and not re.search(r"\b(agreed|asked|decided|offered|wanted)\b", m.group(1)):
        out = f"{m.group(1)} will {m.group(2)}{m.group(3)}"
    return lower_first(out)


def _outcome_sentence(a: ActivityFact, clause: str = "") -> str:
    noun = _head_noun(clause.removeprefix("CLAUSE:")) if clause else None
    if noun in ("call", "meeting", "workshop", "roundtable", "webinar", "session", "briefing", "letter"):
        lead = f"Following our {noun}"
    else:
        kind = next((k for k in a.kinds if k in _KIND_NOUN), "event")
        lead = f"Following our {_KIND_NOUN[kind]}"
    return sentence(f"{lead}, {_outcome_text(a)}")


def _reach_phrase(event: list[ActivityFact], clause: str) -> str:
    reaches = []
    for a in event:
        r = expand_shorthand(a.reach.strip())
        if r and r not in reaches and r.lower() not in clause.lower():
            reaches.append(r)
    if not reaches:
        return ""
    main = reaches[0]
    if re.search(r"\b(represented|registered|on (the )?first call|signed up)\b", main):
        text = f"with {main}"
    elif any(k in ("event", "training") for k in event[0].kinds):
        main = re.sub(r"^(about |over |some )?(\d[\d,+]*) (attendees|participants|people)$", r"\1\2", main)
        text = f"attended by {main}"
    else:
        text = f"reaching {main}"
    if len(reaches) > 1:
        text += " (" + "; ".join(reaches[1:]) + " by another count)"
    return text


def policy_name(p: PolicyFact) -> str:
    """'the Online Safety Bill', 'Prevent', 'the ‘Creating a smokefree generation …’ consultation'."""
    t = p.title
    if p.kind == "consultation" and "consultation" not in t.lower():
        return f"the ‘{t}’ consultation"
    if " " not in t or re.match(r"^(New|Creating)\b", t):
        return lower_first(t) if t.startswith("New ") else t
    return "the " + t


def _orgs_of(event: list[ActivityFact]) -> list[OrgFact]:
    orgs: list[OrgFact] = []
    for a in event:
        for o in a.orgs:
            if o.ref not in {x.ref for x in orgs}:
                orgs.append(o)
    return orgs


def event_sentences(
    event: list[ActivityFact], namer: Namer, *, first: bool, outcome_first: bool = True
) -> list[Sentence]:
    """One event (one activity, or near-duplicate entries of it) as one to four sentences: the
    outcome (first, when told first), what was done with whom and the reach, the policy and stage."""
    main = event[0]
    refs = [a.ref for a in event]
    out: list[Sentence] = []
    news, clause = _clause(main)
    when = month_phrase(main.date, main.precision)
    with_outcome = [a for a in event if a.outcome][:1]
    if with_outcome and outcome_first:
        out.append(Sentence(_outcome_sentence(with_outcome[0], clause), [with_outcome[0].ref]))
    if news:
        out.append(Sentence(sentence(f"{when}, {news}" if when else news), refs))
        when = ""
    if clause.startswith("CLAUSE:"):
        body = clause[len("CLAUSE:") :]
        opening = f"{when}, {body}" if when else body
    elif when:
        opening = f"{when} {clause}"
    elif first or news:
        opening = clause
    else:
        opening = "We also " + clause.removeprefix("we ")
    extras: list[str] = []
    orgs = _orgs_of(event)
    for role, word in (("partner", "with"), ("addressee", "to"), ("audience", "for")):
        named = [o for o in orgs if o.role == role and not mentions(clause, o)]
        if named:
            extras.append(f"{word} " + join_words([namer(o) for o in named]))
    for o in orgs:  # organisations the clause spells out count as introduced
        if mentions(clause, o):
            namer.seen.add(o.ref)
    reach = _reach_phrase(event, clause)
    if reach:
        extras.append(reach)
    text = opening + ("" if not extras else ", " + ", ".join(extras))
    out.append(Sentence(sentence(text), refs))
    if with_outcome and not outcome_first:
        out.append(
            Sentence(sentence("As a result, " + _outcome_text(with_outcome[0])), [with_outcome[0].ref])
        )
    pols: list[PolicyFact] = []
    for a in event:
        for p in a.policies:
            if p.ref not in {x.ref for x in pols} and p.title not in {x.title for x in pols}:
                pols.append(p)
    told = [p for p in pols if p.stage or not policy_mentioned(text + " " + news, p)]
    if told:
        parts = [policy_name(p) + (f" ({p.stage})" if p.stage else "") for p in told]
        out.append(Sentence(sentence(f"This concerned {join_words(parts)}"), refs))
    return out


_PROSE_OPENERS = re.compile(
    r"^(We|The|Our|In|On|Following|Building on|More recently|Beyond|Alongside|As|This|Since|Over|Through|"
    r"Working)\b"
)


def is_prose(a: ActivityFact) -> bool:
    """An entry already written as a paper's sentences (an earlier paper's paragraph entered as a
    record, "We have continued to …"): told as written, not rebuilt from log shorthand."""
    if a.source is not None:
        return True
    first = first_sentence(a.text)
    if _PROSE_OPENERS.match(first) and len(first.split()) >= 8:
        return True
    return not a.title and len(first.split()) >= 20


_NOT_IMPERATIVE = {"a", "an", "the", "we", "our", "officers", "case", "series", "it", "there"}
_VERBS_IN_S = {"press", "address", "progress", "assess", "discuss", "process", "focus", "access"}


def commitment_phrase(title: str) -> str:
    """'our commitment to support councils …' for a title written as an action; a title that is not
    ("Case studies to capture …", "We anticipate …") is quoted: 'our commitment “Case studies …”'."""
    t = title.strip().rstrip(".:")
    first = (t.split() or [""])[0].lower()
    if (
        first.endswith("ing")
        or first in _NOT_IMPERATIVE
        or (first.endswith("s") and first not in _VERBS_IN_S)
    ):
        return f"our commitment “{t}”"
    return f"our commitment to {lower_first(t)}"


def group_paragraph(group: list[list[ActivityFact]], namer: Namer, commitment: CommitmentFact | None) -> Para:
    """A paragraph for related events: the commitment they deliver (when there is one), then each
    event, the first with its month and the rest introduced as further work."""
    sentences: list[Sentence] = []
    if commitment is not None:
        sentences.append(
            Sentence(
                sentence(f"We committed to {lower_first(commitment.title.rstrip('.'))}"), [commitment.ref]
            )
        )
    # The event with a recorded outcome leads ("Following our lobbying, …"); the rest by date.
    ordered = sorted(group, key=lambda ev: (not any(a.outcome for a in ev), ev[0].date or dt.date.max))
    for i, ev in enumerate(ordered):
        sentences += event_sentences(ev, namer, first=i == 0, outcome_first=i == 0)
    return Para(sentences)


# --------------------------------------------------------------------------------------------------
# Delivery against commitments
# --------------------------------------------------------------------------------------------------

STATE_WORDS = {
    "complete": "complete",
    "on_track": "on track",
    "planned": "not yet started",
    "at_risk": "at risk",
    "off_track": "off track",
    "deferred": "deferred",
    "dropped": "dropped",
}
SLIPPED = ("at_risk", "off_track", "deferred", "dropped")


def reason_for(c: CommitmentFact, quarter: int | None = None) -> tuple[str, list[str]]:
    """Why a commitment slipped: its delay reason, else the latest commentary (with the refs)."""
    if c.delay_reason.strip():
        return c.delay_reason.strip().rstrip("."), [c.ref]
    u = c.latest(quarter)
    if u and u.commentary.strip():
        return expand_shorthand(u.commentary.strip().rstrip(".")), [c.ref, u.ref]
    return "", [c.ref]


def delivery_paragraph(commitments: list[CommitmentFact]) -> Para | None:
    """'Of our four commitments under this theme, two are complete, one is on track and one is at
    risk.' then a sentence on each that slipped, with its reason."""
    if not commitments:
        return None
    counts: dict[str, int] = {}
    for c in commitments:
        counts[c.state] = counts.get(c.state, 0) + 1
    order = ["complete", "on_track", "planned", "at_risk", "off_track", "deferred", "dropped"]
    parts = []
    for s in order:
        n = counts.get(s, 0)
        if n:
            verb = "is" if n == 1 else "are"
            parts.append(f"{count_word(n)} {verb} {STATE_WORDS[s]}")
    n = len(commitments)
    if n == 1:
        opening = f"Our one commitment under this theme is {STATE_WORDS[commitments[0].state]}"
    else:
        opening = f"Of our {count_word(n)} commitments under this theme, {join_words(parts)}"
    sentences = [Sentence(sentence(opening), [c.ref for c in commitments])]
    for c in commitments:
        if c.state not in SLIPPED:
            continue
        why, refs = reason_for(c)
        phrase = upper_first(commitment_phrase(c.title))
        text = f"{phrase} is {STATE_WORDS[c.state]}"
        if why and why.lower().startswith(STATE_WORDS[c.state]):
            # "Dropped at the January meeting: …" says it already.
            text = f"{phrase} was {lower_first(why)}"
        elif why:
            text += f": {lower_first(why)}"
        sentences.append(Sentence(sentence(text), refs))
    return Para(sentences)


# --------------------------------------------------------------------------------------------------
# A theme's story
# --------------------------------------------------------------------------------------------------


def theme_paragraphs(
    acts: list[ActivityFact], commitments: list[CommitmentFact], namer: Namer | None = None
) -> list[Para]:
    """The paragraphs of one theme's section: delivery first, then grouped work, most significant
    first. Commitments with no recorded activity are still accounted for in the delivery paragraph."""
    namer = namer or Namer()
    by_ref = {c.ref: c for c in commitments}
    paras: list[Para] = []
    d = delivery_paragraph(commitments)
    if d is not None:
        paras.append(d)
    # Paragraphs of earlier papers (imported, or entered as written) keep their words and order.
    prose = [a for a in acts if is_prose(a)]
    prose.sort(key=lambda a: (a.source is None, a.source or (), a.date or dt.date.max, a.ref))
    paras += [Para([Sentence(a.text, [a.ref])]) for a in prose]
    logged = [a for a in acts if not is_prose(a)]
    groups = group_events(duplicate_sets(logged))
    # Single pieces of work with no commitment and no outcome close the section together ("We also
    # …"), as papers gather their smaller items, rather than a paragraph each.
    loose = [g for g in groups if len(g) == 1 and not any(a.commitment or a.outcome for a in g[0])]
    if len(loose) < 2:
        loose = []
    for group in groups:
        if any(group is g for g in loose):
            continue
        cref = next((a.commitment for ev in group for a in ev if a.commitment in by_ref), None)
        paras.append(group_paragraph(group, namer, by_ref.get(cref) if cref else None))
    if loose:
        sentences: list[Sentence] = []
        for i, g in enumerate(sorted(loose, key=lambda g: g[0][0].date or dt.date.max)):
            sentences += event_sentences(g[0], namer, first=i == 0)
        paras.append(Para(sentences))
    return paras


# --------------------------------------------------------------------------------------------------
# Fact check (used by tests and the bench): is every figure, month and name a recorded value?
# --------------------------------------------------------------------------------------------------

_NUMBER = re.compile(r"(?<![\w/])\d[\d,]*(?:\.\d+)?(?![\w/])")


@functools.lru_cache(maxsize=4)
def _prepared(recorded: str) -> tuple[str, str]:
    rec = " ".join(expand_shorthand(recorded).split())
    return rec, rec.lower()


def unrecorded_values(text: str, recorded: str) -> list[str]:
    """Numbers, months and capitalised multi-word names in `text` that do not occur in `recorded`
    (the records' own text). Sentence-initial words and the builder's function words are allowed."""
    bad: list[str] = []
    rec, rec_lower = _prepared(recorded)
    for m in _NUMBER.finditer(text):
        n = m.group(0).rstrip(",")
        if not re.search(r"(?<![\d])" + re.escape(n) + r"(?![\d])", rec):
            bad.append(n)
    for month in MONTHS:
        if re.search(rf"\b{month}\b", text) and month.lower() not in rec_lower:
            bad.append(month)
    return bad


# --------------------------------------------------------------------------------------------------
# Placing work under themes
# --------------------------------------------------------------------------------------------------


def place_activities(
    acts: list[ActivityFact], commitment_theme: dict[str, str], theme_order: list[str]
) -> tuple[dict[str, list[ActivityFact]], list[ActivityFact]]:
    """Each activity under one theme of the year, told once: its commitment's theme; else, of its
    own themes, one where related work (a shared policy) is told, else its first. Work with no
    theme goes where its commitment is, or where work on the same policy or with the same partner
    is told (when that is one theme); what is left is returned for the officer to place."""
    placed: dict[str, list[ActivityFact]] = {t: [] for t in theme_order}
    home: dict[str, str] = {}
    rest: list[ActivityFact] = []
    for a in acts:
        t = commitment_theme.get(a.commitment or "")
        if t in placed:
            home[a.ref] = t
    by_policy: dict[str, set[str]] = {}
    by_partner: dict[str, set[str]] = {}

    def note(a: ActivityFact, t: str) -> None:
        for p in a.policies:
            by_policy.setdefault(p.ref, set()).add(t)
        for o in a.orgs:
            if o.role == "partner":
                by_partner.setdefault(o.ref, set()).add(t)

    for a in acts:
        if a.ref in home:
            note(a, home[a.ref])
    # Work under one theme is placed first, so work under several can follow related work.
    for a in sorted(acts, key=lambda a: len(a.themes) > 1):
        if a.ref in home:
            continue
        own = [t for t in a.themes if t in placed]
        if own:
            related = [t for p in a.policies for t in by_policy.get(p.ref, set()) if t in own]
            home[a.ref] = related[0] if related else own[0]
            note(a, home[a.ref])
    for a in acts:
        if a.ref in home:
            continue
        candidates: set[str] = set()
        for p in a.policies:
            candidates |= by_policy.get(p.ref, set())
        if not candidates:
            for o in a.orgs:
                if o.role == "partner":
                    candidates |= by_partner.get(o.ref, set())
        if len(candidates) == 1:
            home[a.ref] = candidates.pop()
        else:
            rest.append(a)
    for a in acts:
        if a.ref in home:
            placed[home[a.ref]].append(a)
    return placed, rest
