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

import copy
import datetime as dt
import functools
import re

from .asides import tell_asides
from .delivery import SLIPPED as SLIPPED
from .delivery import STATE_WORDS as STATE_WORDS
from .delivery import because_sentence as because_sentence
from .delivery import commitment_phrase as commitment_phrase
from .delivery import commitment_short as commitment_short
from .delivery import delivery_paragraph as delivery_paragraph
from .delivery import reason_for as reason_for
from .delivery import recorded_reason as recorded_reason
from .delivery import short_reason as short_reason
from .delivery import slip_text as slip_text

# The facts, the grouping, the naming and the small wording helpers live in their own modules
# (facts.py, grouping.py, names.py, wording.py); callers know them as narrative's.
from .facts import ActivityFact as ActivityFact
from .facts import CommitmentFact as CommitmentFact
from .facts import OrgFact as OrgFact
from .facts import Para as Para
from .facts import PolicyFact as PolicyFact
from .facts import Sentence as Sentence
from .facts import UpdateFact as UpdateFact
from .grouping import duplicate_sets, group_events
from .grouping import near_duplicates as near_duplicates
from .grouping import place_activities as place_activities
from .grouping import significance as significance
from .grouping import title_overlap as title_overlap
from .names import Namer as Namer
from .names import mentions as mentions
from .names import policy_mentioned as policy_mentioned
from .names import policy_name as policy_name
from .names import recorded_names, spell_out
from .names import weave_policies as weave_policies
from .wording import _IRREGULAR_PAST, participle_note, past_tense
from .wording import MONTHS as MONTHS
from .wording import NUMBER_WORDS as NUMBER_WORDS
from .wording import count_word as count_word
from .wording import expand_shorthand as expand_shorthand
from .wording import first_sentence as first_sentence
from .wording import join_words as join_words
from .wording import lower_first as lower_first
from .wording import month_phrase as month_phrase
from .wording import note_sentences as note_sentences
from .wording import opens_with_past_verb as opens_with_past_verb
from .wording import sentence as sentence
from .wording import upper_first as upper_first

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
    "received",
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
    """Log entries often open with the day's news ("Royal Assent today for …", "… published today",
    "OSB is now the Online Safety Act 2023.", "Gov published its new definition …") and then say
    what we did ("Added a para …"): (news, action sentence). News about a Bill's Royal Assent is
    told by the policy's recorded name ("the Online Safety Act 2023 received Royal Assent")."""
    parts = re.split(r"(?<=[.!?])\s+(?=[A-Z0-9])", " ".join((a.text or "").split()))
    first = parts[0].rstrip(".") if parts else ""
    if re.search(r"\btoday\b", first) and len(parts) > 1:
        news = lower_first(expand_shorthand(re.sub(r"\s*\btoday\b", "", first).strip()))
        return _royal_assent(news, a), parts[1].rstrip(".")
    words = first.split()
    if (
        len(parts) > 1
        and len(words) > 2
        and words[0][:1].isupper()
        and not opens_with_past_verb(first)
        and (words[1].lower() in _FINITE or words[1] in _IRREGULAR_PAST)
        and opens_with_past_verb(parts[1])
    ):
        # "X got Royal Assent - pavement licensing is now permanent": the news, not its gloss.
        head = _NOTE_TAIL.split(expand_shorthand(first))[0]
        subject = _CLAUSE_SUBJECT.get(words[0], _CLAUSE_SUBJECT.get(expand_shorthand(words[0]), ""))
        if subject:
            head = subject + head[len(expand_shorthand(words[0])) :]
        return _royal_assent(head, a), parts[1].rstrip(".")
    return "", first


def _royal_assent(news: str, a: ActivityFact) -> str:
    """News of a Bill's passage told by the Act's recorded name: 'LURB got Royal Assent' with the
    Levelling-up and Regeneration Act 2023 recorded at 'Royal Assent …' → 'the Levelling-up and
    Regeneration Act 2023 received Royal Assent'."""
    if not re.search(r"Royal Assent|\bis now\b|\bbecame\b", news):
        return news
    acts = [p for p in a.policies if p.stage.startswith("Royal Assent")]
    if len(acts) != 1:
        return news
    m = re.match(r"Royal Assent (\d{1,2} [A-Z][a-z]+ \d{4})$", acts[0].stage.strip())
    return f"{policy_name(acts[0])} received Royal Assent" + (f" on {m.group(1)}" if m else "")


# A note after the main clause of a log line: " - 2 days at Warwick", "; guidance still to come".
_NOTE_TAIL = re.compile(r"\s[-–]\s|;\s")
# A list of topics after a colon ("… in Israel and Gaza: tension monitoring, protests, schools").
_TOPIC_LIST = re.compile(r":\s+(?=[^:]*(?:,|\sand\s))([^:]{3,120})$")
# Put up on a website is published there: "case studies up on the website".
_PUT_UP = re.compile(r"\s(?:up|live|out)\s(?=on\s(?:the\s|our\s)?(?:website|web|KHub|Knowledge Hub)\b)")


def _clause(a: ActivityFact) -> tuple[str, str]:
    """(news, what was done) from the entry: ('', 'we submitted our response to …')."""
    news, action = _news_and_action(a)
    text = expand_shorthand(action or a.title)
    head = _NOTE_TAIL.split(text)[0]
    if len(head.split()) >= 3:
        text = head
    titles = " ".join(p.title for p in a.policies)
    m = _TOPIC_LIST.search(text)
    if m and ":" not in titles:
        topics = m.group(1)
        if " and " not in topics and ", " in topics:
            head, _, last = topics.rpartition(", ")
            topics = f"{head} and {last}"  # a list a paper writes ends "… and hate crime reporting"
        text = f"{text[: m.start()]}, covering {topics}"
    published = bool(_PUT_UP.search(text))
    text = _PUT_UP.sub(" ", text)
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
    named = re.match(r"^(Cllr|Councillor)\s+[A-Z]\w+(?=\s+(on|at|in)\b)", text)
    if named:
        name_end = named.end()
        return news, "CLAUSE:" + text[:name_end] + " was" + text[name_end:]
    body = re.sub(r"^(?:LGA\s+)?response(?:\s+sent)?\b", "our response", text, flags=re.I)
    body = re.sub(r"^Response\b", "our response", body)
    body = lower_first(body)
    noun = _head_noun(body)
    kind = a.kinds[0] if a.kinds else "event"
    verb = _NOUN_VERB[noun] if noun else _KIND_VERB.get(kind, "we held a")
    if published:
        verb = "we published the" if re.match(r"(first|second|last|next)\b", body) else "we published"
    elif body.startswith("our response"):
        verb = "we sent"
    elif noun in ("briefing", "session") and set(a.kinds) & {"event", "training"}:
        verb = "we held a"  # an online briefing for members is an event we held, not a note we sent
    return news, f"{_article(body, verb)} {body}".replace("  ", " ")


def _outcome_text(a: ActivityFact, namer: Namer | None = None) -> str:
    out = expand_shorthand(a.outcome.strip().rstrip("."))
    # A log's "Government did not move" is the Government, as a paper writes it.
    out = re.sub(r"(^|[;:,]\s)Government\b", r"\1the Government", out)
    if opens_with_past_verb(out):
        return "we " + lower_first(out)
    # An organisation of the event opening the outcome is named as the paper names it ("the NFCC").
    opener = None
    if namer is not None:
        opener = next(
            (
                (o, name)
                for o in _orgs_of([a])
                for name in (o.acronym, o.name, *o.aliases)
                if name and re.match(re.escape(name) + r"\b(?!['’])", out)
            ),
            None,
        )
    if opener is not None and namer is not None:
        out = namer(opener[0]) + out[len(opener[1]) :]
    told = "" if opener is not None else participle_note(out)
    if told:
        return told
    # A body named with its possessive opens without its article in a log ("DA Commissioner's office").
    if re.match(r"^[A-Z][\w-]*(?:\s[A-Z][\w-]*)*['’]s\s", out) and not re.match(r"^(Cllr|Councillor)\b", out):
        out = "the " + out
    # Log style "X to share …" is a next step agreed at the time; a year-end paper tells it in the
    # past, as what was then to happen ("X was to share …"), not "X will share" of a date now gone.
    m2 = re.match(r"^([^.;]{2,80}?) to (share|join|go|publish|meet|provide|send|attend|review)\b(.*)$", out)
    if m2 and not re.search(r"\b(agreed|asked|decided|offered|wanted)\b", m2.group(1)):
        head = m2.group(1).split()[-1]
        be = "were" if head.endswith("s") and not head.endswith("ss") else "was"
        out = f"{m2.group(1)} {be} to {m2.group(2)}{m2.group(3)}"
    return lower_first(past_tense(out))


_EVENT_NOUNS = ("call", "meeting", "workshop", "roundtable", "webinar", "session", "briefing", "letter")


def _outcome_sentence(a: ActivityFact, clause: str = "", namer: Namer | None = None) -> str:
    noun = _head_noun(clause.removeprefix("CLAUSE:")) if clause else None
    if noun in _EVENT_NOUNS:
        lead = f"Following our {noun}"
    else:
        kind = next((k for k in a.kinds if k in _KIND_NOUN), "event")
        lead = f"Following our {_KIND_NOUN[kind]}"
    return sentence(f"{lead}, {_outcome_text(a, namer)}")


def _reach_phrase(event: list[ActivityFact], clause: str) -> str:
    reaches = []
    for a in event:
        r = expand_shorthand(a.reach.strip())
        # "an induction for the 5 new Board members", then "attended by 5 new members": the
        # figure and what it counts are already in the sentence.
        figures = re.findall(r"\d[\d,]*", r)
        nouns = [w for w in re.findall(r"[a-z]{4,}", r.lower()) if w not in ("about", "over", "some")]
        said = bool(figures and nouns) and all(
            re.search(rf"\b{re.escape(x)}\b", clause, re.I) for x in figures + nouns[-1:]
        )
        if r and r not in reaches and r.lower() not in clause.lower() and not said:
            reaches.append(r)
    if not reaches:
        return ""
    reaches = _one_count(reaches)
    main = reaches[0]
    if re.search(r"\b(represented|registered|on (the )?first call|signed up)\b", main):
        text = f"with {main}"
    elif any(k in ("event", "training") for k in event[0].kinds):
        # "140 attendees", "~250": a count of people ("attended by 140 people").
        main = re.sub(
            r"^((?:about |over |some )?\d[\d,+]*)(?: (?:attendees|participants))?$", r"\1 people", main
        )
        text = f"attended by {main}"
    else:
        text = f"reaching {main}"
    if len(reaches) > 1:
        # Another entry's count of the same event: "attended by 140 people, with about 150
        # registered"; a count of another kind stays beside it ("about 250 people (260 delegates)").
        rest = join_words(reaches[1:])
        text += f", with {rest}" if re.search(r"\b(registered|signed up)\b", rest) else f" ({rest})"
    return text


# A count of the people at an event (not of those who registered, or of bodies represented).
_PEOPLE = re.compile(
    r"^(?:about |over |some |around |nearly |almost )?\d[\d,]*(?:\+| or more)?"
    r"(?: (?:people|attendees|participants|delegates|councillors|members|officers|practitioners))?$"
)
_APPROXIMATE = re.compile(r"^(?:about|over|some|around|nearly|almost)\b|\+|\bor more\b")


def _one_count(reaches: list[str]) -> list[str]:
    """Near-duplicate entries of one event each count its people ("about 250", "260 delegates"):
    the paper gives one figure, the more precise (a count over an estimate), else the main entry's.
    Counts of another measure ("about 150 registered") stay beside it."""
    people = [r for r in reaches if _PEOPLE.match(r)]
    if len(people) < 2:
        return reaches
    best = min(people, key=lambda r: (bool(_APPROXIMATE.search(r)), people.index(r)))
    return [best] + [r for r in reaches if r not in people]


# The day of a conference an entry was logged for ("Fire Conference day 1", "- day 2"): said only
# when the entries of the event are of one day.
_DAY_OF = re.compile(r"\s*(?:[-–,]\s*)?\(?\bday (?:\d|one|two|three)\b\)?", re.I)


def event_name(event: list[ActivityFact]) -> str:
    """An event's name from its main entry's title, in words ("V&P Bill - Lords 2R" → "… second
    reading"); near-duplicate entries of several days name the event without its day."""
    main = event[0]
    return _without_day(expand_shorthand(main.title or first_sentence(main.text)[:60]), event)


def _without_day(text: str, event: list[ActivityFact]) -> str:
    """`text` without the day it was logged for, when the event's entries are of several days."""
    return _DAY_OF.sub("", text) if len({a.date for a in event}) > 1 else text


def _orgs_of(event: list[ActivityFact]) -> list[OrgFact]:
    orgs: list[OrgFact] = []
    for a in event:
        for o in a.orgs:
            if o.ref not in {x.ref for x in orgs}:
                orgs.append(o)
    return orgs


# force)") while the sentence is short, else before it ("On the X Act, in May we …").
_LONG_SENTENCE = 34


def _news_opening(news: str, when: str) -> str:
    """The day's news as the sentence's opening: 'Following Royal Assent for the Illegal Migration
    Act in July, …'; 'After revised Prevent duty guidance was published in September (…), …';
    'After the Government published its new definition of extremism in March, …'."""
    # An officer's "(in force 31 Dec)" after the news is said in words: "…, to come into force on 31
    # December,".
    news = re.sub(r"\s*\(in force (?:from |on )?([^)]+)\)", r", to come into force on \1,", news).rstrip(",")
    month = when.removeprefix("In ").strip()
    at = f" in {month}" if month and not re.search(r"\b\d{4}\b", news) else ""
    m = re.match(r"^(.*?)\s+published\b(.*)$", news)
    if m and re.match(r"^(?:$|\(|on \d)", m.group(2).strip()):
        rest = m.group(2).strip()
        return f"After {m.group(1)} was published{at}" + (f" {rest}" if rest else "")
    if any(w in _FINITE or w in _IRREGULAR_PAST for w in news.split()[1:]):
        # A clause with its own subject and verb: "the Government published its new definition …".
        return f"After {news}{at}"
    return f"Following {news}{at}"


def event_sentences(
    event: list[ActivityFact],
    namer: Namer,
    *,
    first: bool,
    outcome_first: bool = False,
    lead: str = "",
    after: dt.date | None = None,
    told: set[str] | None = None,
) -> list[Sentence]:
    """One event (one activity, or near-duplicate entries of it) as one to three sentences: the
    outcome (first, when told first), then what was done — when, with whom, on what policy at which
    stage, and the reach — in one sentence. `lead` opens that sentence with the commitment the work
    delivers ("As part of our commitment to …, in May we …"); `after` is the date of the event told
    before it in the paragraph (so "Later, in …" is only said of later work). Openings vary through
    `namer.pick`, so consecutive sentences do not repeat one frame."""
    main = event[0]
    refs = [a.ref for a in event]
    out: list[Sentence] = []
    news, clause = _clause(main)
    clause = _without_day(clause, event)  # the event's days are told as one
    when = month_phrase(main.date, main.precision)
    with_outcome = [a for a in event if a.outcome][:1]
    if with_outcome and outcome_first:
        out.append(Sentence(_outcome_sentence(with_outcome[0], clause, namer), [with_outcome[0].ref]))
    orgs = _orgs_of(event)
    # Officers' bracketed asides told in words (or dropped where the sentence already says them).
    words = " ".join(w for a in event for w in namer.words.get(a.ref, []) if w)
    source = "from" if set(main.kinds) & {"publication", "research"} else "with"
    clause = tell_asides(clause, orgs, namer, words=words, source_word=source)
    news = tell_asides(news, orgs, namer, news=True) if news else news
    clause = recorded_names(past_tense(clause), orgs, namer)
    partners = [o for o in orgs if o.role == "partner" and not mentions(clause, o)]
    for o in orgs:  # organisations the clause spells out count as introduced
        if mentions(clause, o):
            namer.seen.add(o.ref)
    partners_told = False
    if clause.startswith("CLAUSE:"):
        body = clause[len("CLAUSE:") :]
        if when:
            body = re.sub(r"^(\S+) is now\b", r"\1 became", body, count=1)
        opening = f"{when}, {body}" if when else body
        if news:
            out.append(Sentence(sentence(f"{when}, {news}" if when else news), refs))
            opening = body
    elif news:
        # The news on its recorded day where a policy's stage gives it ("published 7 September 2023").
        for p in main.policies:
            m = re.search(r"\b(published)\s+(\d{1,2} [A-Z][a-z]+ \d{4})", p.stage)
            if m and m.group(1) in news and not re.search(r"\b\d{4}\b", news):
                tail = news.split(" published", 1)[1].strip()
                if not tail or tail.startswith("("):  # "X published (…)": the day after the verb
                    news = news.replace(" published", f" published on {m.group(2)}", 1)
                else:  # "the Government published its new definition …": the day at the end
                    news += f" on {m.group(2)}"
                break
        opening = f"{_news_opening(news, when)}, {clause}"
    elif lead:
        opening = f"{lead}, {when[:1].lower() + when[1:]} {clause}" if when else f"{lead}, {clause}"
    elif (
        when
        and partners
        and not _policy_to_add(event, clause, told)
        and namer.pick("partners-first", 2) == 0
        and clause.startswith("we ")
    ):
        # "In May, with X, we held …" — not when a policy must open the sentence too ("On the Y Act,
        # in May, with X, we …" stacks three openings before the subject).
        opening = f"{when}, with {join_words([namer(o) for o in partners])}, {clause}"
        partners_told = True
    elif first or not clause.startswith("we "):
        opening = f"{when} {clause}" if when else clause
    else:
        rest = clause.removeprefix("we ")
        later = bool(when) and after is not None and main.date is not None and main.date > after
        choice = namer.pick("further", 3 if later else 2)
        if not when:
            opening = "We also " + rest
        elif choice == 0:
            opening = f"{when} we also {rest}"
        elif choice == 1:
            opening = f"{when}, {clause}"
        else:
            opening = f"Later, in {when.removeprefix('In ')}, {clause}"
    extras: list[str] = []
    # Work sent to someone is "to" them; work held or published names them as who it was for.
    sent = re.search(
        r"\b(sent|submitted|wrote|gave|briefed|responded|letter|briefing|response|evidence)\b", clause
    )
    for role, word in (("partner", "with"), ("addressee", "to" if sent else "for"), ("audience", "for")):
        if role == "partner" and partners_told:
            continue
        named = [o for o in orgs if o.role == role and not mentions(clause, o)]
        if not named:
            continue
        names = join_words([namer(o) for o in named])
        # "our evidence on X, to the committee" reads as a clerk's note: the addressee goes after
        # the thing sent ("we gave oral evidence to the committee on X").
        if word == "to":
            at = re.search(
                r"\b(evidence|response|briefing|letter|note|submission)(?= (?:on|about|for)\b)", opening
            )
            if at:
                opening = f"{opening[: at.end()]} to {names}{opening[at.end() :]}"
                continue
            # "we briefed ministers at the Ministry of … on …", not "…, to the Ministry of …".
            at = re.search(r"\b(?:briefed|lobbied|met|wrote to) (?:ministers|officials|MPs|peers)\b", opening)
            if at:
                opening = f"{opening[: at.end()]} at {names}{opening[at.end() :]}"
                continue
        if word == "with" and (_ENDS_ON_ASIDE.search(opening) or _ENDS_ON_WHEN.search(opening)):
            # After a list (", covering A, B and C") a partner added at the end reads as one more
            # item of it, and after "before it came in" as part of that clause: the partner goes
            # after the month instead ("in June, with X, we sent …").
            at = re.search(r"\b[Ii]n [A-Z][a-z]+(?: \d{4})?,? (?=we\b)", opening)
            if at:
                month = opening[at.start() : at.end()].rstrip(", ")
                opening = f"{opening[: at.start()]}{month}, {word} {names}, {opening[at.end() :]}"
                continue
        extras.append(f"{word} {names}")
    reach = _reach_phrase(event, clause)
    text = opening + ("" if not extras else ", " + ", ".join(extras))
    text, staged_clause = _with_policies(
        text, event, namer, lead=lead, framable=not (lead or news or clause.startswith("CLAUSE:")), told=told
    )
    # The reach ends the sentence when it is short; after a long one (or a stage told in a clause,
    # which it would seem to qualify) it is a sentence of its own.
    reach_sentence = ""
    if reach:
        if staged_clause or len(text.split()) + len(reach.split()) > _LONG_SENTENCE:
            reach_sentence = _reach_sentence(reach, clause)
        else:
            text += ", " + reach
    out.append(Sentence(sentence(text), refs))
    if reach_sentence:
        out.append(Sentence(sentence(reach_sentence), [a.ref for a in event if a.reach]))
    if with_outcome and not outcome_first:
        # The outcome follows the event it came of: "Following the call, the guidance note was …".
        noun = _head_noun(clause.removeprefix("CLAUSE:"))
        lead = f"Following the {noun}, " if noun in _EVENT_NOUNS else "As a result, "
        out.append(Sentence(sentence(lead + _outcome_text(with_outcome[0], namer)), [with_outcome[0].ref]))
    return out


def _with_policies(
    text: str, event: list[ActivityFact], namer: Namer, *, lead: str, framable: bool, told: set[str] | None
) -> tuple[str, bool]:
    """The sentence with the policies its event concerns (`weave_policies`): named where the sentence
    names them, else added after it ("…, on the X Act") or — a long sentence that opens on nothing
    else (`framable`), in turn — opening it ("On the X Act, in May we …"); a duty or power is
    "under" its Act. Returns the text and whether a stage was added as a clause after a name."""
    pols: list[PolicyFact] = []
    for a in event:
        for p in a.policies:
            if p.ref not in {x.ref for x in pols} and p.title not in {x.title for x in pols}:
                pols.append(p)
    # A policy the paragraph has already named is not named again in it (whatever its stage).
    told = told if told is not None else set()
    pols = [p for p in pols if p.ref not in told and p.title.lower() not in told]
    told.update(x for p in pols for x in (p.ref, p.title.lower()))
    # The commitment that opens the sentence is quoted as recorded: a policy it names is named, and
    # no stage is woven into the commitment's title.
    head = f"{lead}, " if lead and text.startswith(lead) else ""
    pols = [p for p in pols if not policy_mentioned(head, p)]
    body, missing = weave_policies(text[len(head) :], pols, namer.staged)
    text = head + body
    staged_clause = False
    if missing:
        phrase = join_words(missing)
        staged_clause = "," in phrase
        long = len(text.split()) + len(phrase.split()) > _LONG_SENTENCE
        if framable and _ENDS_ON_ASIDE.search(text):
            # After an aside (", including one two-tier area", ", which closed on …") a policy added
            # at the end reads as part of it: the sentence opens on the policy instead.
            text = _policy_framed(text, phrase)
        elif long and framable and namer.pick("policy-frame", 2) == 0:
            text = _policy_framed(text, phrase)
        elif re.search(r"\b(duty|duties|powers?|provisions?|clauses?|measures?)$", text) and re.search(
            r"\b(Act(?: \d{4})?|Bill)\b", missing[0]
        ):
            # "the Part 4 safe accommodation duty under the Domestic Abuse Act 2021".
            text += (" under " if re.search(r"\bAct\b", missing[0]) else " in ") + phrase
        elif " on " in text.rsplit(",", 1)[-1] and re.search(
            r"\b(Framework|Strategy|Plan|Programme|Act(?: \d{4})?)$", missing[0].split(",")[0]
        ):
            # "a workshop on the LRF pilots under the UK Government Resilience Framework", not "…
            # on the pilots, on the Framework".
            text += f" under {phrase}"
        else:
            text += f", on {phrase}"
    return text, staged_clause


# A sentence that ends on an aside: a bracket, a list (its items have commas of their own), or a last
# clause that qualifies what comes before it.
_ENDS_ON_ASIDE = re.compile(
    r"\)$|,\s(?:including|covering)\s.*$|,\s(?:which|published|as|chaired|led|hosted|then|in response)\b[^,]*$"
)


# A sentence that ends on a clause of time with its own subject ("… before it came in on 31 December").
_ENDS_ON_WHEN = re.compile(r"\b(?:before|after|until|once|when)\s+(?:it|they|the)\b[^,]*$")


def _policy_to_add(event: list[ActivityFact], clause: str, told: set[str] | None) -> bool:
    """Does the event concern a policy its clause does not name and the paragraph has not told?"""
    return any(
        not policy_mentioned(clause, p) and p.ref not in (told or set()) for a in event for p in a.policies
    )


def _policy_framed(text: str, phrase: str) -> str:
    """A long sentence's policy as its subject, the way the board's papers open on one ("On domestic
    abuse, we have focused on …"): "On the X Act, in May we …". Used in turn with the policy after
    the sentence (`namer.pick`), so paragraphs do not all open "On the X …"."""
    body = text.removeprefix("Later, ")
    body = body[:1].lower() + body[1:] if body.startswith("In ") else body
    # One comma after the frame is enough: "On the X Act, in March we sent …", not "in March, we".
    body = re.sub(r"^(in [A-Z][a-z]+(?: \d{4})?), (?=we\b)", r"\1 ", body)
    return f"On {phrase}, {body}"


def _reach_sentence(reach: str, clause: str) -> str:
    """The reach told after a long sentence: 'The webinar was attended by 140 people', 'There were
    31 FRAs represented', 'It reached …'."""
    noun = _head_noun(clause.removeprefix("CLAUSE:"))
    if reach.startswith("attended by "):
        return f"{'The ' + noun if noun in _EVENT_NOUNS + ('conference', 'fringe', 'induction') else 'It'} was {reach}"
    if reach.startswith("with "):
        return "There were " + reach.removeprefix("with ")
    if reach.startswith("reaching "):
        return "It reached " + reach.removeprefix("reaching ")
    return reach


_PROSE_OPENERS = re.compile(
    r"^(We|The|Our|In|On|Following|Building on|More recently|Beyond|Alongside|As|This|Since|Over|Through|"
    r"Working)\b"
)


def _number(paragraph: str) -> tuple[int, ...]:
    """'3.2' → (3, 2): paragraph numbers in the paper's order; none last."""
    parts = re.findall(r"\d+", paragraph)
    return tuple(int(x) for x in parts) if parts else (10**9,)


def is_prose(a: ActivityFact) -> bool:
    """An entry already written as a paper's sentences (an earlier paper's paragraph entered as a
    record, "We have continued to …"): told as written, not rebuilt from log shorthand."""
    # Imported from a paper: by its stored paper, or by the paragraph number alone.
    if a.source is not None or a.paragraph:
        return True
    first = first_sentence(a.text)
    if _PROSE_OPENERS.match(first) and len(first.split()) >= 8:
        return True
    # A paper's sentence opens with its subject — a name ("Fire Services Management Committee and
    # FRA members have continued to …") or a time ("Throughout 2020/21, the LGA worked …") — and
    # has a finite verb after it; a log line is a few words of shorthand ("Call w/ DfT").
    words = first.split()
    if len(words) >= 15 and _PROSE_VERB.search(" ".join(words[2:])):
        return True
    return not a.title and len(words) >= 20


# A finite verb of a written sentence (present perfect, past of "work", "remains").
_PROSE_VERB = re.compile(r"(?:have|has|had|was|were|is|are|remains|remain)\s+\w+|\w+ed\s+with")


# How a paragraph about a commitment's work opens, in turn.
_COMMITMENT_FRAMES = ("As part of {c}", "Under {c}", "To {t}")


def group_paragraph(group: list[list[ActivityFact]], namer: Namer, commitment: CommitmentFact | None) -> Para:
    """A paragraph for related events: the first event's sentence opens with the commitment they
    deliver (when there is one), the rest follow as further work, by date."""
    sentences: list[Sentence] = []
    lead = ""
    # Events in date order, each outcome after its event: a paragraph never runs back in time.
    ordered = sorted(group, key=lambda ev: (ev[0].date or dt.date.max, ev[0].ref))
    main = ordered[0][0]
    # The commitment opens the paragraph when its title is an action ("to support councils …") and
    # the work does not already say it in the same words.
    if (
        commitment is not None
        # Work is not told as part of a commitment the Board dropped.
        and commitment.state != "dropped"
        and commitment_phrase(commitment.title).startswith("our commitment to ")
        and title_overlap(commitment_short(commitment.title), main.title or main.text) < 0.6
    ):
        phrase = commitment_phrase(commitment_short(commitment.title))
        frames = _COMMITMENT_FRAMES if phrase.startswith("our commitment to ") else _COMMITMENT_FRAMES[:2]
        lead = frames[namer.pick("commitment", len(frames))].format(
            c=phrase, t=phrase.removeprefix("our commitment to ")
        )
    before: dt.date | None = None
    policies: set[str] = set()
    for i, ev in enumerate(ordered):
        told = event_sentences(
            ev,
            namer,
            first=i == 0,
            lead=lead if i == 0 else "",
            after=before,
            told=policies,
        )
        if i == 0 and commitment is not None:
            for s in told:
                if lead and s.text.startswith(upper_first(lead)):
                    s.refs = [commitment.ref, *s.refs]
            if not any(commitment.ref in s.refs for s in told):
                told[-1].refs = [commitment.ref, *told[-1].refs]
        sentences += told
        before = ev[0].date or before
    return Para(sentences)


# A paragraph of a board paper runs to five or six lines: more related events than this are told
# in several paragraphs.
_EVENTS_PER_PARAGRAPH = 3


def split_group(group: list[list[ActivityFact]], cref: str | None) -> list[list[list[ActivityFact]]]:
    """Related events cut into paragraphs a reader takes in at once: the work for the commitment
    first, then the rest regrouped by what they share (a policy, a partner), each part at most
    `_EVENTS_PER_PARAGRAPH` events in date order (four events stay together: a pair would read thin)."""
    if len(group) <= _EVENTS_PER_PARAGRAPH + 1:
        return [group]
    own = [ev for ev in group if cref and any(a.commitment == cref for a in ev)]
    rest = [ev for ev in group if not any(ev is o for o in own)]
    parts = ([own] if own else []) + (group_events(rest) if own and rest else [rest] if rest else [])
    out: list[list[list[ActivityFact]]] = []
    for part in parts:
        part = sorted(part, key=lambda ev: (ev[0].date or dt.date.max, ev[0].ref))
        pieces = -(-len(part) // _EVENTS_PER_PARAGRAPH)  # ceil
        size = -(-len(part) // pieces)
        out += [part[i : i + size] for i in range(0, len(part), size)]
    return out


# --------------------------------------------------------------------------------------------------
# A theme's story
# --------------------------------------------------------------------------------------------------


# About six lines of a board paper's page.
_PARAGRAPH_WORDS = 110


def _short_paragraphs(
    part: list[list[ActivityFact]], namer: Namer, commitment: CommitmentFact | None
) -> list[Para]:
    """The part's paragraph, or — past `_PARAGRAPH_WORDS` — its events told in two paragraphs by
    date (the namer's state is kept only for the paragraphs that are used, so organisations and
    acronyms are still introduced in full at their first mention). Lengths are counted with the
    acronyms spelled out, as the paragraph will be printed."""
    trial = copy.deepcopy(namer)
    para = _spelled(group_paragraph(part, trial, commitment), trial)
    if len(para.text.split()) <= _PARAGRAPH_WORDS or len(part) < 2:
        namer.__dict__.update(trial.__dict__)
        return [para]
    part = sorted(part, key=lambda ev: (ev[0].date or dt.date.max, ev[0].ref))

    def longest(k: int) -> int:
        t = copy.deepcopy(namer)
        a = _spelled(group_paragraph(part[:k], t, commitment), t)
        b = _spelled(group_paragraph(part[k:], t, None), t)
        return max(len(a.text.split()), len(b.text.split()))

    # Cut where the two paragraphs come out most even, not one long and one a line.
    k = min(range(1, len(part)), key=longest)
    return _short_paragraphs(part[:k], namer, commitment) + _short_paragraphs(part[k:], namer, None)


def _spelled(para: Para, namer: Namer) -> Para:
    """Officers' acronyms in the paragraph's sentences spelled out (`names.spell_out`), each from
    the words of the records it states; recorded policy titles are left as recorded."""
    for s in para.sentences:
        words = " ".join(w for r in s.refs for w in namer.words.get(r, []))
        titles = tuple(t for r in s.refs for t in namer.titles.get(r, []))
        s.text = spell_out(s.text, namer, words, titles)
    return para


def theme_paragraphs(
    acts: list[ActivityFact], commitments: list[CommitmentFact], namer: Namer | None = None
) -> list[Para]:
    """The paragraphs of one theme's section: delivery first, then grouped work, most significant
    first. Commitments with no recorded activity are still accounted for in the delivery paragraph."""
    namer = namer or Namer()
    namer.learn([o for a in acts for o in a.orgs])
    _learn_words(namer, acts, commitments)
    by_ref = {c.ref: c for c in commitments}
    paras: list[Para] = []
    d = delivery_paragraph(commitments)
    if d is not None:
        paras.append(_spelled(_bills_named(d, acts), namer))
    # Paragraphs of earlier papers (imported, or entered as written) keep their words and order.
    prose = [a for a in acts if is_prose(a)]
    prose.sort(
        key=lambda a: (a.source is None, a.source or (), _number(a.paragraph), a.date or dt.date.max, a.ref)
    )
    told_as_written = [Para([Sentence(a.text, [a.ref])]) for a in prose]
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
        for i, part in enumerate(split_group(group, cref)):
            commitment = by_ref.get(cref) if cref and i == 0 else None
            paras += _short_paragraphs(part, namer, commitment)
    if loose:
        sentences: list[Sentence] = []
        before: dt.date | None = None
        policies: set[str] = set()
        for i, g in enumerate(sorted(loose, key=lambda g: g[0][0].date or dt.date.max)):
            sentences += event_sentences(g[0], namer, first=i == 0, after=before, told=policies)
            before = g[0][0].date or before
        paras.append(_spelled(Para(sentences), namer))
    return paras[:1] + told_as_written + paras[1:] if d is not None else told_as_written + paras


def _bills_named(para: Para, acts: list[ActivityFact]) -> Para:
    """A progress note's bare "the Bill" ("Bill still in the Commons") named, where the work for that
    commitment concerns one Bill: "The Criminal Justice Bill is still in the Commons" (the sentence
    then carries the activity that records the Bill)."""
    for s in para.sentences:
        if not re.search(r"\b[Tt]he Bill\b", s.text):
            continue
        cref = next((r for r in s.refs if r.startswith("commitment:")), None)
        bills = {
            p.title: a.ref
            for a in acts
            if cref and a.commitment == cref
            for p in a.policies
            if p.kind == "bill"
        }
        if len(bills) == 1:
            title, ref = next(iter(bills.items()))
            m = re.search(r"\b([Tt])he Bill\b", s.text)
            if m:
                s.text = f"{s.text[: m.start()]}{m.group(1)}he {title}{s.text[m.end() :]}"
            s.refs = [*s.refs, ref]
    return para


def _learn_words(namer: Namer, acts: list[ActivityFact], commitments: list[CommitmentFact]) -> None:
    """The records' own words by ref, where an acronym's name may be found ("SVD" in a commitment
    on the Serious Violence Duty), and the policy titles each record names (left as recorded)."""
    for c in commitments:
        namer.words[c.ref] = [c.title, c.delay_reason, *(u.commentary for u in c.updates)]
    for a in acts:
        namer.words[a.ref] = [a.title, a.text, a.outcome, a.reach, *(p.title for p in a.policies)]
        namer.words[a.ref] += namer.words.get(a.commitment or "", [])
        namer.titles[a.ref] = [p.title for p in a.policies]


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
