"""Policies a paragraph names: Bills and Acts (a Bill that became an Act in the year is the Act),
statutory instruments by their name and year,
committee inquiries, bodies' reviews and consultations, strategies, reports, guidance and the
named programmes in `data/policies.json`."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ...lib.dates import MONTH_NAMES, MONTH_PATTERN, iso_date
from ...lib.names import TITLE_BEFORE_NAME
from ..document import clean
from .dates import Cycle
from .organisations import CONNECTORS, GENERIC_HEADS, LEAD_STOP, OrgMatch
from .text import cap_first, norm_text, plain, sentence_initial

_BILL_ACT = re.compile(
    # (a name starts a word: not the "B" of "section 28B of the … Act"; a word in brackets is part of
    # the name: "European Union (Withdrawal) Bill", "Fire (Scotland) Act 2005"; and after it, as
    # Northern Ireland's Acts are written: "Justice Act (Northern Ireland) 2011")
    r"(?<![\w'-])((?:(?:[A-Z][\w'()-]*|\((?-i:[A-Z])[\w' -]*\)|\d{4}),?\s+(?:(?:and|of|for|on|in|to|&|of the)\s+)*){1,10})(Bill|bill|Act|act)\b"
    r"(?:\s+(\(Northern Ireland\)(?=\s+(?:19|20)\d\d\b)))?(?:\s+((?:19|20)\d\d)\b)?"
)
# Words that open a phrase before a policy's name but are not part of it.
_POLICY_LEAD = {
    *"the a an this that these those our their its his her following under through and of in on at by".split(),
    *"for with from to as also since after before during via including recent forthcoming proposed".split(),
    *"current previous".split(),
    *(m.lower() for m in MONTH_NAMES),
}
_POLICY_HEADS = (
    # (a set of named plans, "Neighbourhood Ward Plans"; a named scheme, "… Accreditation Scheme")
    r"Strategy|strategy|Review|Inquiry|Consultation|Report|report|Framework|Code|Standard|Charter|Guidance|Plans?|"
    r"Scheme|"
    # (a named scheme with its head word in lower case, "the Homes for Ukraine scheme", "the
    # Volunteer Police Cadets scheme"; not "programme", which a body's own work is often called)
    r"scheme|"
    # (a named plan with its kind in lower case, "the Equally Safe delivery plan", "the Westshire
    # Serious Violence action plan"; not a plan named by its body, "the Partnership action plan")
    r"delivery plan|action plan|"
    # (and a partnership's strategic assessment named by its place, "the Northshire strategic
    # assessment", as the statutory yearly assessment is written in minutes; not "the Partnership
    # strategic assessment", a body's, nor a bare one)
    r"strategic assessment|"
    # (and "Program", as American papers spell it: "the Community Awareness Program")
    r"Programme|Program|White Paper|Green Paper|Regulations|Duty|Handbook|Toolkit|Protocol|Concordat|Action Plan|"
    # (a covenant, as a pledge or a concordat: "the Armed Forces Covenant")
    r"Covenant|"
    # Named funds, agreements and pledges ("Safer Streets Fund", "Local Area Agreement").
    r"Fund|fund|Agreement|Pledge|Compact|Manifesto|"
    # Named grants, levies and payments of government ("the Community Safety Grant", "the Workplace
    # Parking Levy", "the Scottish Child Payment"): capitalised only.
    r"Grant|Levy|Payment|"
    # A named funding decision ("Local Government Finance Settlement", "Police Grant Settlement"), and
    # a government's budget named by its government or season ("the Scottish Budget", "the Spring
    # Budget").
    r"Settlement|(?:(?<=Scottish )|(?<=Welsh )|(?<=UK )|(?<=Spring )|(?<=Autumn )|(?<=Emergency ))Budget"
    r"(?!\s+(?:Monitoring|Report|Setting|Book)\b)|"
    # A body's named policy ("its Risk Management Policy"); capitalised only, so "policy" stays a word.
    r"Policy|"
    # A partnership's yearly assessment of crime and needs ("the Safer Northshire Strategic
    # Assessment", "the Joint Strategic Needs Assessment", "the Well-being Assessment"), and a strategic
    # assessment of intelligence or threat, or a year's annual one ("the Joint Strategic Intelligence
    # Assessment", "the Strategic Threat Assessment", "the … Helpline 2018 Annual Assessment"; not "the
    # Annual Assessment" alone).
    r"(?:(?<=Strategic )|(?<=Needs )|(?<=Well-being )|(?<=Wellbeing )|(?<=Strategic Intelligence )|(?<=Strategic Threat )"
    r"|(?<=\d\d Annual ))"
    r"Assessment"
)
_TITLE_POLICY = re.compile(
    # (not from a sum's pence or a number's digits: "£11,000.00 to fund the …" names no "00 to fund")
    # (a short form defined inside the name, before its headword, is read through: "the Violence
    # against Women and Girls (VAWG) Strategy"; `_SHORT_IN_NAME`)
    r"(?<![\d.,£$])((?:(?:[A-Z][\w'-]*|COVID|(?:19|20)\d\d[-/](?:19|20)?\d\d|\d{4}|\d{1,2}|\((?-i:[A-Z]{2,8})\))\s+"
    r"(?:(?:and|of|for|on|in|to|&|against)\s+)*){1,10})(" + _POLICY_HEADS + r")\b"
    # (not a body, post or system named after the policy word: "Retained Duty System crews", "the Community
    # Safety Strategy Group")
    r"(?!\s+(?:System|Systems|Group|Board|Team|Unit|Committee|Forum|Panel|Officers?|Managers?|Lead|Network|Crews?|"
    r"Staff|"
    # (nor a sub-group or sub-committee named after it, nor a group with its kind in lower case: "the
    # Child Safeguarding Practice Review subgroup", "the Serious Violence Duty sub-committee", "the
    # Hate Crime Strategy steering group" are bodies that work on it, no policy named; NOTES 2910)
    r"(?i:sub[- ]?groups?|sub[- ]?committees?)|(?:steering |working |task |task and finish |reference )?"
    r"(?:groups?|boards?|teams?|panels?|committees?|forums?)\b(?!\s+of\b))\b)"
    r"((?:\s+(?:of|for|on)\s+(?:[A-Z][\w'-]*\s*(?:(?:and|of|for|on|in|&)\s+)*)+)*)"
    # (its years, after "for" too, and after a short form defined on the way: "Annual Report for
    # 2016/17", "Community Safety Partnership Plan (CSPP) for 2023-2026")
    # (and after a name's "for X", whose run holds the space before them: "the Police and Crime Plan for
    # Northshire 2021-2025")
    r"(?:(?:\s*\((?-i:[A-Z]{2,8})\))?\s*(?<!\S)(?<!\sin )(?<!\son )(?<!\sof )(?<!\sand )(?<!\s& )(?:for\s+)?((?:19|20)\d\d(?:\s*[-/–]\s*(?:19|20)?\d\d)?)(?![\d/-]))?"
)
_OBJ_STOP = re.compile(
    r"[,.;:()\"]|\s(?:was|were|is|are|has|have|had|which|that|who|setting|commissioned|published|led|carried|by|"
    r"from|with|to|and (?:the|we|our|it|its|this|a|an)|as|in (?:19|20)\d\d|(?:on|in|during) (?:\d+|"
    + MONTH_PATTERN
    + r"))\b"
)
# A consultation's subject runs on through the purpose its title states, "to" and a verb ("the
# consultation on draft regulations to establish Corporate Joint Committees", "the consultation on
# proposals to extend the duty"): governments title their consultations so. "to" before an article,
# a pronoun, a capital or "be" is the sentence's ("responded to the consultation on X to the
# Government", "… on X to be published").
_TO_PURPOSE = re.compile(
    r"\s+to\s+(?!(?:the|a|an|be|its|their|our|his|her|this|that|these|those|it|them|us|all|each|every|"
    r"any|some|date|which|whom|what|how|members|councils|ministers|government)\b)[a-z][a-z-]+\b"
)


# Where a subject named after "review of", "consultation on", "inquiry into" ends because the
# sentence's own verb begins: "the consultation on parking charges received 300 responses", "an
# independent review of fire safety found gaps". Lower case only, so a title's words ("Keeping Children
# Safe in Education", "Building Safer Communities") are never read as a verb; a gerund never stops.
# A modal or an auxiliary always ends the subject; so do the verbs the genre reports a consultation or
# review by, whose participle rarely follows a noun ("closed", "concluded", "recommends").
_CLAUSE_VERB_ALWAYS = re.compile(
    r"\s(?:will|would|shall|should|can|could|may|might|must|does|did|"
    r"closed|closes|ended|ends|opened|opens|began|begins|concluded|concludes|recommended|recommends|"
    r"highlighted|highlights|revealed|reveals|showed|shows|finds|suggests|proposes|identifies|outlines|"
    r"seeks|sought|says|said|asks|asked|backed|backs|attracted|attracts|drew|generated|"
    r"set out|sets out|calls for|called for)\b"
)
# Any other past tense in "-ed" (and the irregular "found", "made"), after a word of the subject and
# before the object a verb takes, an article, a pronoun or a number: "charges received 300 responses",
# "fees prompted some concern" are the sentence's verb; "complaints received in 2023", "services
# commissioned by the board", "older people's supported housing", "community-led housing" describe the
# subject and stay in it.
_CLAUSE_VERB_ED = re.compile(r"(?<=[\w')])\s([a-z]{2,}(?<!ee)ed|found|made|took|gave)\b(?!-)")
_VERB_OBJECT = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|our|this|that|these|those|some|many|more|most|no|all|each|every|"
    r"it|them|us|both|several|few|over|almost|nearly|around|about)\b|\s+\d"
)
# (the irregular ones, whose participle is told by the preposition after it, "evidence found in
# schools": before any other word they are the verb, "found wide support")
_IRREGULAR_PARTICIPLE = re.compile(
    r"\s+(?:by|to|in|into|for|on|at|from|with|under|through|as|during|and|or)\b"
)
_BEFORE_PARTICIPLE = {*"the a an of on for and or to in its their our his her this that these those".split()}


_WORD_CHAR = re.compile(r"[\w']")


def _word_before(text: str, end: int) -> str:
    """The last word (word characters or apostrophes) of `text[:end]`, or "", found from `end` back:
    listing all the words before every candidate verb would read the subject again for each,
    quadratic on a long one."""
    i = end
    while i > 0 and not _WORD_CHAR.match(text, i - 1):
        i -= 1
    j = i
    while j > 0 and _WORD_CHAR.match(text, j - 1):
        j -= 1
    return text[j:i]


def _clause_verb(rest: str, end: int) -> int | None:
    """Where the sentence's verb begins within `rest[:end]`, after a first word of the subject."""
    first = re.match(r"\s*\S+", rest)
    at = first.end() if first else 0
    always = _CLAUSE_VERB_ALWAYS.search(rest, at, end)
    for m in _CLAUSE_VERB_ED.finditer(rest, at, always.start() if always else end):
        before = _word_before(rest, m.start())
        if (
            before
            and before.lower() not in _BEFORE_PARTICIPLE
            and not before.lower().endswith("ly")
            and (
                _VERB_OBJECT.match(rest, m.end())
                if m.group(1).endswith("ed")
                else not _IRREGULAR_PARTICIPLE.match(rest, m.end())
            )
        ):
            return m.start()
    return always.start() if always else None


def _subject_end(rest: str, purpose: bool = False) -> int | None:
    """Where the sentence goes on after a subject begins at the start of `rest` (`_OBJ_STOP`, or the
    sentence's verb, `_clause_verb`); with `purpose`, through a stated purpose (`_TO_PURPOSE`)."""
    at = 0
    while True:
        stop = _OBJ_STOP.search(rest, at)
        if stop and purpose and _TO_PURPOSE.match(rest, stop.start()):
            at = _TO_PURPOSE.match(rest, stop.start()).end()  # type: ignore[union-attr]
            continue
        break
    end = stop.start() if stop else min(len(rest), 120)
    verb = _clause_verb(rest, end)
    return verb if verb is not None else (stop.start() if stop else None)


# A subject that only points back to a document named before ("the plan", "the 2025-2028 plan", "the
# draft strategy"): no title of its own; the anaphora rules resolve it to the one named, or to none.
_POINTER_SUBJECT = re.compile(
    r"(?:the|this|that|its|our|their)\s+(?:(?:(?:19|20)\d\d(?:\s*[-/\u2013]\s*(?:19|20)?\d\d)?|[a-z][\w-]*)\s+){0,3}"
    r"(?:"
    + "|".join(
        (
            "strategy",
            "plan",
            "review",
            "framework",
            "programme",
            "charter",
            "policy",
            "scheme",
            "assessment",
            "report",
            "proposals?",
            "document",
            "paper",
            "consultation",
        )
    )
    + r")"
)


def _subject_of(rest: str, purpose: bool = False, keep_article: bool = False) -> str:
    """The subject a review, inquiry or consultation is named by, up to where the sentence goes on
    (`_subject_end`); with `purpose`, through a stated purpose ("… to establish …", `_TO_PURPOSE`); with
    `keep_article`, its own "the" kept, as the body titles it ("inquiry into the long-term funding of
    adult social care", "Consultation on the future model of community justice"). A subject that only
    points back to a document named before gives none (`_POINTER_SUBJECT`)."""
    end = _subject_end(rest, purpose)
    subject = (rest[:end] if end is not None else rest[:120]).strip()
    if _POINTER_SUBJECT.fullmatch(subject):
        return ""
    if keep_article and not re.fullmatch(r"the\s+(?:same|this|that)\s+\w+", subject, re.I):
        return subject
    return re.sub(r"^the\s+", "", subject)


_POSSESSIVE_POLICY = re.compile(
    r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,5})'s\s+(?:\([A-Za-z]+\)\s+)?((?:[A-Za-z][\w-]*\s+){0,4}?)"
    r"(review|consultation|investigation|inquiry|strategy)\b(\s+(?:into|of|on)\s+)?"
)
# (Not a review of a body's own governance or effectiveness, "an independent review of governance":
# a look at the body itself, not a document it follows, NOTES 114.)
_ADJ_REVIEW = re.compile(
    r"\b([Ii]ndependent|[Nn]ational|[Ff]undamental|[Rr]apid|[Ss]trategic)\s+(review|inquiry)\s+(of|into)\s+"
    r"(?!(?:its |our |their |the (?:[A-Z][\w-]* ){1,3}?'?s? )?(?:governance|effectiveness)\b)"
)
# "the Home Office consultation on emergency evacuation information sharing": a body's named
# consultation or review without a possessive. (Committee inquiries have their own rule above.)
_BODY_POLICY = re.compile(
    r"\bthe\s+(?:[A-Z][\w&-]*\s+(?:(?:for|of|and)\s+)?){1,6}(consultation|review|investigation|call for evidence)"
    r"\s+(on|into)\s+(?!(?:the\s+)?(?:same|this|that|these|those|it|them)\b)"
)
# A body's name ending in the possessive: its headword, or an acronym ("Government's", "LGA's").
_OWNER_POSSESSIVE = re.compile(
    r"(?:Government|Office|Council|Commission|Department|Ministry|Authority|Executive|Parliament|Assembly|"
    # (a panel or committee too: "the Panel's report on the Commissioner's Plan" is its report described,
    # not one named "Panel's report")
    r"Senedd|Association|Partnership|Commissioner|Service|Board|Agency|Panel|Committee|[A-Z]{2,6})'s?"
)
# "responded to the consultation on business rates reform": a consultation named by its subject alone
# is another's (the author's own is "our consultation"), named as the genre's keys name it.
_BARE_CONSULTATION = re.compile(
    r"(?<!\bour )(?<!\bits )\bthe\s+(consultation)\s+on\s+(?!(?:the\s+)?(?:same|this|that|these|those|it|them|draft|proposals?)\b)"
)
# Words that tell a document's state or turn, not its name ("the latest strategy", "the updated
# Plan"): before a headword alone they point back to the one named before.
_STATE_WORDS = {
    *"latest updated current refreshed revised draft agreed adopted approved existing previous final".split(),
    *"first second third interim emerging proposed forthcoming published".split(),
}
# The words of a report a meeting takes as its business, described, not a document named ("Members
# noted the Quarterly Performance Report", "the Budget Monitoring Report", "the Highlight Report"): a
# report of these words alone, with no year and no subject named after it. ("Annual Performance Report",
# a body's published yearly account, has a word of its own.)
_BUSINESS_REPORT_WORDS = {
    *"Progress Update Highlight Exception Monitoring Budget Performance Quarterly Quarter Position".split(),
    *"Outturn Briefing Cover Covering Verbal Written Oral Interim Finance Financial Q1 Q2 Q3 Q4".split(),
    *"Officer's Officers' Officers".split(),
}
_LOWER_STRATEGY = re.compile(r"\b(?:a|an|the|new)\s+((?:[a-z][\w-]*\s+){1,4})strategy\b")
_NAMED_GUIDANCE = re.compile(r"(?<=\s)(Guidance|Guide) (for|on|to) ")
_GUIDE_TITLED = re.compile(
    # (a review named in apposition, "Sir Ken Knight's review, Facing the Future, …")
    r"\b(?:guide|handbook|report|toolkit|publication|document|guidance|briefing|leaflet|review(?=,))s?,?\s+(?:entitled\s+|titled\s+)?"
    r"[\"']?([A-Z][^,;()\"]{5,120}?)[\"']?(?=[,;.(]|\s+(?:which|that)\b)"
)
_COLON_GUIDANCE = re.compile(
    r"\b(?:the|our|its)\s+([A-Z][a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}:\s+(?:[\w-]+\s+){0,4}?(?:guidance|guide))\b"
)
# ("The Act", "This Act" opening a sentence, and "the new Act", "the draft Bill": the one named before)
# (and "the new law", as news of an Act goes on: "The new law requires councils to …"; not "the law",
# which may be any)
_ANAPHOR = re.compile(
    r"\b(?:(?:[Tt]he|[Tt]his) (?:new |draft |proposed )?(?:legislation|Act|Bill)|[Tt]he new law)\b(?!\s+[A-Z0-9])"
)
_POLICY_STOP = {
    "annual report",
    "end of year report",
    "final report",
    "this report",
    "the report",
    "work plan",
    "business plan",
    "action plan",
    "delivery plan",
    "report",
    "plan",
    "review",
    # (a report's kind on its cover, "Scrutiny Review", names no review of its own: the study is the
    # committee's research, and "this review" after it points back to no policy; NOTES 2851)
    "scrutiny review",
    "strategy",
    "code",
    "standard",
    "programme",
}


# A Bill the paper says has become law, in the same sentence ("the Domestic Abuse Bill, which received
# Royal Assent in April", "the Bill became law in 2021"): it is its Act now (the schema's one policy
# under its Act name), as a paper that names the Act does. Done, not to come: "is expected to receive
# Royal Assent", "will become law" keep the Bill.
_BECAME_LAW = (
    r"(?![\w-])[^.;]{0,80}?\b(?:(?:received|was given|has been given|had been given|gained|achieved|was granted|"
    r"has received|had received)\s+(?:its\s+)?Royal\s+Assent|(?:became|has become|had become|passed into)\s+"
    r"(?:law|an\s+Act)\b)"
)


@dataclass
class PolicyContext:
    """What policies mean across a paper: Bills that became Acts, inquiry subjects for 'the same
    subject', the last Bill/Act for 'the legislation'."""

    paper_text: str
    cycle: Cycle
    transitions: list[dict[str, Any]]
    named: list[dict[str, Any]]
    short_forms: dict[str, str] = field(default_factory=dict)  # "Core Code" → its full name
    last_inquiry_subject: str | None = None
    last_legislation: str | None = None
    # The policy last put out to consultation ("the public consultation on the 2023-2026 plan"): "the
    # consultation process" later means that consultation, whose subject is the policy.
    last_consulted: str | None = None
    # Every Bill and Act the paper has named so far: a paper that names only one means it by "the
    # Act" in any section ("Background" names it, the work under a later heading says "the Act").
    legislation_named: set[str] = field(default_factory=set)

    def section_changed(self) -> None:
        """A new section: "the legislation" means the last one named in it, or the paper's only one."""
        if len(self.legislation_named) != 1:
            self.last_legislation = None

    # The last policy named with each headword, for "the strategy", "the review" later on in the
    # same section; those the title names hold for the whole paper.
    last_by_head: dict[str, str] = field(default_factory=dict)
    title_heads: dict[str, str] = field(default_factory=dict)
    # Every policy named so far under each headword, in the whole paper: where only one has been,
    # "the Plan" in a later section still means it ("Purpose" names the Police and Crime Plan, the
    # work under "Delivery" reports progress "against the Plan").
    named_by_head: dict[str, set[str]] = field(default_factory=dict)

    def only_one(self, head: str) -> str | None:
        """The one policy named under `head` so far, its years aside ("the Police and Crime Plan" and
        "the Police and Crime Plan 2021-2025" are one); None when none or several are."""
        names = self.named_by_head.get(head) or set()
        if len({re.sub(r"\s*\d[\d/-]*", "", plain(n)) for n in names}) != 1:
            return None
        return max(names, key=len)

    def bill_to_act(self, name: str) -> str:
        m = re.match(r"(.*)\bBill$", name)
        if not m:
            return name
        stem = m.group(1).strip()
        found = re.search(re.escape(stem) + r"\s+Act\b(?:\s+((?:19|20)\d\d))?", self.paper_text, re.I)
        if found:
            return f"{stem} Act" + (f" {found.group(1)}" if found.group(1) else "")
        if re.search(re.escape(name) + _BECAME_LAW, self.paper_text):
            return f"{stem} Act"
        first, last = self.cycle.first_day(), self.cycle.last_day()
        if first and last:
            for t in self.transitions:
                if plain(t.get("bill", "")) == plain(name):
                    assent = iso_date(t.get("royal_assent"))
                    if assent and first <= assent <= last:
                        return re.sub(r"\s+(?:19|20)\d\d$", "", t.get("act", name))
        return name


def _strip_lead(words: list[str]) -> list[str]:
    while words and (words[0].lower().strip(",") in _POLICY_LEAD or words[0].lower() in CONNECTORS):
        words = words[1:]
    return words


class _Found:
    """The policy names found in one paragraph, with where they start."""

    def __init__(self, orgs: list[OrgMatch], people_spans: list[tuple[int, int]] | None = None) -> None:
        self.names: list[tuple[int, str]] = []
        self.org_spans = [(o.start, o.end) for o in orgs]
        # (where the people finder read a name: "Bill" there is a first name, not a Bill)
        self.people_spans = list(people_spans or [])
        self.orgs = orgs

    def add(self, pos: int, name: str) -> None:
        name = clean(name).strip(" ,;:-")
        if name.endswith("'") and name.count("'") % 2:
            # (a quoted title's closing mark read into the name: "the CCN's 'Our Plan for Government'")
            name = name[:-1]
        if name and plain(name) not in _POLICY_STOP and len(name) > 3:
            self.names.append((pos, cap_first(name)))

    def in_org(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.org_spans)

    def ordered(self) -> list[str]:
        """Names in order of appearance, dropping one inside a longer name found at the same place."""
        found = sorted(self.names, key=lambda pn: (pn[0], -len(pn[1])))
        out: list[str] = []
        seen: set[str] = set()
        spans: list[tuple[int, int]] = []
        for pos, name in found:
            key = plain(name)
            if key in seen:
                continue
            if any(s <= pos < e for s, e in spans) and any(plain(name) in plain(o) for o in out):
                continue
            seen.add(key)
            out.append(name)
            spans.append((pos, pos + len(name)))
        return out


def find_policies(
    text: str, ctx: PolicyContext, orgs: list[OrgMatch], people_spans: list[tuple[int, int]]
) -> list[str]:
    """Named Bills, Acts, strategies, consultations, reviews, inquiries, reports and guidance."""
    text = norm_text(text)
    found = _Found(orgs, people_spans)
    for finder in _FINDERS:
        finder(text, ctx, found)
    _drop_bracketed_other_names(text, found)
    _known_strategy_by_its_name(ctx, found)
    for m in _HEAD_ANAPHOR.finditer(text):
        head = " ".join(m.group(1).lower().split())
        name = ctx.last_by_head.get(head)
        if name is None and m.group(1)[0].isupper() and not re.search(r"\b[A-Z]{2,6} ", m.group(0)):
            # "the Plan", "the Strategy" capitalised, as a council writes a document it has named: the
            # one the paper named under that headword, in whatever section ("the NWSF consultation"
            # is another body's, and a lower-case "the consultation" may be any).
            name = ctx.only_one(head)
        _point_back(text, m.start(), head, name, found)
    for m in _QUALIFIED_ANAPHOR.finditer(text):
        head = " ".join(m.group(2).lower().split())
        name = ctx.last_by_head.get(head) or ctx.only_one(head)
        if name and _qualifies(m.group(1), name):
            _point_back(text, m.start(), head, name, found)
    _consultation_on_policy(text, ctx, found)
    names = found.ordered()
    remember(names, ctx)
    return names


# "consultation on the draft Plan", "consulted on the Strategy": the policy just after is what is
# consulted on; "the consultation process", "the consultation exercise", "the consultation" later, with
# no subject of its own, is that consultation, so the policy its subject.
_CONSULTED_ON = re.compile(
    r"\bconsult(?:ation|ed)\s+on\s+(?:the\s+|its\s+|our\s+)?(?:draft\s+|new\s+)?$", re.I
)
_CONSULTED_ON_AT = re.compile(r"\bconsult(?:ation|ed)\s+on\s+(?=[Tt]h[ei]s?\s)", re.I)
_CONSULTATION_BACK = re.compile(
    r"\b[Tt]he\s+(?:public\s+)?consultation(?:\s+(?:process|exercise|period|responses?|feedback))?\b"
    r"(?!\s+(?:on|into|about|of|for|with)\b)(?!\s+[A-Z])"
)


def _consultation_on_policy(text: str, ctx: PolicyContext, found: _Found) -> None:
    """The policy a later "the consultation process" was on (`_CONSULTED_ON`, `_CONSULTATION_BACK`), where
    the paragraph names no policy before it and no consultation of its own."""
    named = sorted(found.names)
    if ctx.last_consulted and not any(_head_of(n) == "consultation" for _, n in named):
        m = _CONSULTATION_BACK.search(text)
        if m and not any(p < m.start() for p, _ in named):
            found.add(m.start(), ctx.last_consulted)
    for p, n in named:
        if _CONSULTED_ON.search(text[max(0, p - 60) : p]):
            ctx.last_consulted = n
    for m in _CONSULTED_ON_AT.finditer(text):
        # (the policy named before in the paragraph, pointed back to after "consultation on": "the CSPP
        # … the public consultation on the 2023-2026 plan", listed once, where the CSPP was named)
        back = _QUALIFIED_ANAPHOR.match(text, m.end()) or _HEAD_ANAPHOR.match(text, m.end())
        head = back and " ".join(back.groups()[-1].lower().split())
        same = [n for _, n in named if head and _head_of(n) == head]
        if same:
            ctx.last_consulted = same[-1]


def _drop_bracketed_other_names(text: str, found: _Found) -> None:
    """A name in brackets just after a policy named is that policy's other name, not a second one:
    the popular name of an Act or a scheme ("the Terrorism (Protection of Premises) Act 2025
    (Martyn's Law)", "the Domestic Violence Disclosure Scheme (Clare's Law)")."""
    keep: list[tuple[int, str]] = []
    for pos, name in found.names:
        opened = re.search(r"\(\s*$", text[:pos])
        closed = re.match(r"\s*\)", text[pos + len(name) :])
        if opened and closed:
            before = opened.start()
            if any(p < pos and 0 <= before - (p + len(n)) <= 1 for p, n in found.names):
                continue
        keep.append((pos, name))
    found.names = keep


def _known_strategy_by_its_name(ctx: PolicyContext, found: _Found) -> None:
    """A known strategy named with its headword is the strategy as it is known: "the Prevent Strategy"
    and "the Prevent strategy" are Prevent, one policy however a paragraph writes it."""
    known = {
        plain(item["name"] + " strategy"): item["name"]
        for item in ctx.named
        if item.get("kind") == "strategy" and not re.search(r"(?i)\bstrategy$", item["name"])
    }
    if known:
        found.names = [(p, known.get(plain(n), n)) for p, n in found.names]


def _point_back(text: str, start: int, head: str, name: str | None, found: _Found) -> None:
    """Add `name` for the headword at `start` that points back to it, unless the paragraph describes
    or names one of its own under that headword first."""
    # "a domestic homicide review … the report of the review": the nearer described one.
    described = re.search(r"\b(?:a|an)\s+(?:[\w-]+\s+){0,4}" + head + r"\b", text[:start], re.I)
    # "The Community Safety Plan had been reviewed … The plan covered": the one this paragraph
    # named before, listed already.
    nearer = any(p < start and _head_of(n) == head for p, n in found.names)
    if name and not described and not nearer and not any(p <= start < p + len(n) for p, n in found.names):
        found.add(start, name)


def _years(text: str) -> set[str]:
    """The years a name or a phrase gives, each by its last two digits ("2021-25" and "2021-2025" are
    {"21", "25"})."""
    out: set[str] = set()
    for m in re.finditer(r"\b((?:19|20)\d\d)(?:\s*[-/\u2013]\s*((?:19|20)?\d\d))?\b", text):
        out.add(m.group(1)[-2:])
        if m.group(2):
            out.add(m.group(2)[-2:])
    return out


def _qualifies(qualifier: str, name: str) -> bool:
    """Does the phrase before a headword ("the 2023-2026 plan", "the annual plan", "the police and
    crime plan") fit the policy named before: its years are the name's, and each of its words is one
    of the name's? ("the previous plan", "the 2019-22 plan" after the 2023-26 one, "the local plan"
    after the Police and Crime Plan are others.)"""
    years = _years(qualifier)
    if years and not years <= _years(name):
        return False
    words = re.findall(r"[a-z][\w-]*", qualifier.lower())
    held = set(re.findall(r"[a-z][\w-]*", name.lower()))
    return bool(years or words) and all(w in held for w in words)


def _head_of(name: str) -> str | None:
    """The headword a later "the strategy", "the plan" … would name `name` by."""
    paper = re.search(r"\b(White|Green) Paper\b", name, re.I)
    if paper:
        return f"{paper.group(1).lower()} paper"
    words = re.findall(r"[A-Za-z]+", name)
    return next((w.lower() for w in reversed(words) if w.lower() in _ANAPHOR_HEADS), None)


def remember(names: list[str], ctx: PolicyContext) -> None:
    """Note each named policy under its headword, so that a later "the strategy" means it."""
    for n in names:
        head = _head_of(n)
        if head:
            ctx.last_by_head[head] = n
            ctx.named_by_head.setdefault(head, set()).add(n)


# "The strategy", "the review": the last policy named with that headword, in this paper.
_ANAPHOR_HEADS = {
    "strategy",
    "plan",
    "review",
    "framework",
    "programme",
    "pledge",
    "compact",
    "charter",
    "consultation",
    # (a statutory duty, a named scheme or fund: "the Serious Violence
    # Duty … the duty", "the Community Safety Fund … the fund")
    "duty",
    "scheme",
    "fund",
    # (a named grant the same way: "the Community Safety Grant … used the grant to fund two posts")
    "grant",
    # (an inquiry, a body's named policy, regulations and a government's paper: "the Grenfell Tower
    # Inquiry … the inquiry", "its Anti-social Behaviour Policy … the policy", "the White Paper")
    "inquiry",
    "policy",
    "regulations",
    "white paper",
    "green paper",
    "covenant",
}
# Not a post or rota named after a duty ("the duty officer", "the duty of care"), nor an inquiry or
# review named by its subject ("the PAC inquiry into …", which is another one).
_NOT_POINTING_BACK = r"(?!\s+(?:officers?|managers?|rota|desk|team|system|holders?|of care|into)\b)"
_HEAD_ANAPHOR = re.compile(
    # (the owner's acronym between, "the SFRS consultation", still points back)
    # (the headword in capitals too, as councils write a document they have named: "the Strategy",
    # "The new Plan")
    # (and its state: "the updated strategy", "the agreed Plan", "the latest plan"; not "the current
    # plan", which a paper naming the next one means the one it replaces by)
    r"\b(?:[Tt]he|[Tt]his) (?:(?-i:[A-Z]{2,6}) )?(?:draft |new |revised |refreshed |final |updated |agreed |adopted |"
    r"approved |latest )?((?i:"
    + "|".join(sorted(_ANAPHOR_HEADS))
    + r"))\b(?! [A-Z])(?!\s*\()"
    + _NOT_POINTING_BACK
)

# "The 2023-2026 plan", "the annual plan", "the police and crime plan": a headword with its years or
# words of its name before it, pointing back to the policy named before under that headword whose
# name they fit (`_qualifies`).
_YEARS_WORD = r"(?:19|20)\d\d(?:\s*[-/\u2013]\s*(?:19|20)?\d\d)?"
_QUALIFIED_ANAPHOR = re.compile(
    r"\b[Tt]he ((?:"
    + _YEARS_WORD
    + r"|[a-z][\w-]*)(?:\s+(?:"
    + _YEARS_WORD
    + r"|[a-z][\w-]*)){0,2}) ((?i:"
    + "|".join(sorted(_ANAPHOR_HEADS))
    + r"))\b(?! [A-Z])(?!\s*\()"
    + _NOT_POINTING_BACK
)


# The short form a paper gives a law in brackets after its name ("the Anti-social Behaviour, Crime and
# Policing Act 2014 (ASBCPA)", "the Police, Crime, Sentencing and Courts Act 2022 (PCSC Act)"): later
# "ASBCPA powers", "the PCSC Act" mean it, as a plan's short form does (`_short_forms_used`).
_LAW_SHORT_FORM = re.compile(
    r"\s*\((?:the\s+)?((?-i:[A-Z][A-Z&]{1,7})(?:\s+(?:Act|Bill|Order|Regulations))?)\)"
)


def _first_name_bill(m: re.Match[str], words: list[str], text: str, found: _Found) -> bool:
    """Is the "Bill" a person's first name? Read as one where the people finder read a name over it
    ("the Chief Executive, Bill Jones, …"), or where a title or post stands straight before it and a
    surname straight after ("Leader of Westshire Council, Councillor Bill Jones, said", "Council
    Leader Bill Jones", "Provost Bill Jones"): a Bill's name ends at "Bill" or runs on to its year."""
    if m.group(2) != "Bill":
        return False
    if any(s <= m.start(2) < e for s, e in found.people_spans):
        return True
    surname = re.match(r"\s+(?:Mc|Mac|O')?[A-Z][a-z][A-Za-z'-]*", text[m.end(2) :])
    return bool(surname and words and TITLE_BEFORE_NAME.search(words[-1].rstrip(",")))


# A body's headword in a name before a lower-case "act" makes it a verb ("the Council and the Police
# act …"), never a law's name.
_BODY_WORDS = {
    *"Council Councils Police Service Services Partnership Partners Authority Authorities Board".split(),
    *"Government Office Agency Trust Group Committee Panel Team Forum Members Officers".split(),
}


def _lower_case_act(m: re.Match[str], words: list[str], text: str) -> bool:
    """Is a lower-case "act" a law's name, as minutes write one they know ("the Crime & Disorder act,
    the Welsh Government and …", "under the Licensing act 2003")? Only straight after "the", with two
    words of its name or more and no body among them, and with its year, or the sentence's punctuation,
    after it: "act" is otherwise the verb ("the Police act quickly")."""
    if len(words) < 2 or any(w.strip(",") in _BODY_WORDS for w in words):
        return False
    if not re.search(r"\b[Tt]he\s+$", text[: m.start(1) + m.group(1).find(words[0])]):
        return False
    return bool(m.group(4)) or bool(re.match(r"\s*[,;.:)]", text[m.end() :]))


def _bills_and_acts(text: str, ctx: PolicyContext, found: _Found) -> None:
    """Bills and Acts, and "the legislation" meaning the last one named."""
    # Bills and Acts ("Police, Crime, Sentencing and Courts Bill"; "Coroners and Justice bill").
    for m in _BILL_ACT.finditer(text):
        words = _strip_lead(m.group(1).split())
        if not words or all(w.lower().strip(",") in CONNECTORS for w in words):
            continue
        if m.group(2) == "act" and not _lower_case_act(m, words, text):
            continue
        if len(words) == 1 and re.fullmatch(r"(?:19|20)\d\d,?", words[0]) and not m.group(4):
            # "the 2014 Act": an Act by its year alone is the one named before with that year, never
            # an Act named "2014 Act"
            year = words[0].rstrip(",")
            by_year = {n for n in ctx.legislation_named if n.endswith(" " + year)}
            if len(by_year) == 1 and not any(p <= m.start(1) < p + len(n) for p, n in found.names):
                found.add(m.start(1), next(iter(by_year)))
            continue
        if _first_name_bill(m, words, text, found):
            continue
        name = " ".join(words).rstrip(",") + " " + m.group(2).capitalize()
        if m.group(3):
            name += " " + m.group(3)
        if m.group(4):
            name += " " + m.group(4)
        pos = m.start(1) + m.group(1).find(words[0])
        if found.in_org(pos) or text[m.end() : m.end() + 10].startswith(" Committee"):
            continue  # "Public Bill Committee"
        name = ctx.short_forms.get(name) or ctx.bill_to_act(name)
        short = _LAW_SHORT_FORM.match(text, m.end())
        if short:
            ctx.short_forms[short.group(1)] = name
        found.add(pos, name)
        ctx.last_legislation = name
        ctx.legislation_named.add(name)
    for m in _ANAPHOR.finditer(text):
        if ctx.last_legislation and not any(p <= m.start() < p + len(n) for p, n in found.names):
            meant = ctx.last_legislation
            if re.search(r"\bAct$", m.group(0)) and meant.endswith(" Bill"):
                # ("the Domestic Abuse Bill … The Act requires councils to …": a paper that calls the Bill
                # it named an Act tells that it has passed, the schema's one policy under its Act name)
                meant = meant.removesuffix(" Bill") + " Act"
            found.add(m.start(), meant)


# A statutory instrument by its name and year, a word in brackets part of the name as in an Act's
# ("the Regulatory Reform (Fire Safety) Order 2005", "the Crime and Disorder (Overview and Scrutiny)
# Regulations 2009"); an order without its year is a court's or a council's order ("a Public Spaces
# Protection Order"), not one named.
_INSTRUMENT = re.compile(
    r"(?<![\w'-])((?:(?:[A-Z][\w'-]*|\((?-i:[A-Z])[\w' -]*\)),?\s+(?:(?:and|of|for|on|in|to|&)\s+)*){1,10})"
    r"(Regulations|Order)\s+((?:19|20)\d\d)\b"
)


def _statutory_instruments(text: str, ctx: PolicyContext, found: _Found) -> None:
    """Regulations and Orders named with their year, brackets and all."""
    for m in _INSTRUMENT.finditer(text):
        words = _strip_lead(m.group(1).split())
        if not words or all(w.lower().strip(",") in CONNECTORS or w.startswith("(") for w in words):
            continue
        pos = m.start(1) + m.group(1).find(words[0])
        if found.in_org(pos):
            continue
        name = " ".join(words).rstrip(",") + f" {m.group(2)} {m.group(3)}"
        short = _LAW_SHORT_FORM.match(text, m.end())
        if short:
            ctx.short_forms[short.group(1)] = name
        found.add(pos, name)


def _committee_inquiries(text: str, ctx: PolicyContext, found: _Found) -> None:
    """ "<Committee> inquiry into <subject>" (and "the same subject")."""
    # Committee inquiries: "<Committee> inquiry into <subject>".
    for o in found.orgs:
        if "committee" not in o.name.lower():
            continue
        tail = text[o.end : o.end + 200]
        m = re.match(
            r"(?:'s)?\s+(?:[\w-]+\s+){0,2}?(?:inquiry|inquiries|review)\s+(?:into|on)\s+", tail, re.I
        )
        if not m:
            continue
        rest = tail[m.end() :]
        # (its subject as the committee titles it, its "the" and all: "inquiry into the long-term
        # funding of adult social care")
        subject = _subject_of(rest, keep_article=True)
        if re.fullmatch(r"(?:the )?(?:same|this|that) (?:subject|issue|topic|matter)", subject, re.I):
            subject = ctx.last_inquiry_subject or ""
        if subject:
            ctx.last_inquiry_subject = subject
            found.add(o.start, f"{o.name} inquiry into {subject}")


def _possessive_reviews(text: str, ctx: PolicyContext, found: _Found) -> None:
    """A body's review or consultation: possessive, bare or with an adjective."""
    # Possessive reviews and consultations: "the Law Commission's hate crime review",
    # "Lord Walney's review into political violence", "the Government's Protect duty consultation".
    for m in _POSSESSIVE_POLICY.finditer(text):
        words = [
            w
            for w in m.group(2).split()
            if w.lower() not in ("the", "a", "an", "two-part", "new", "latest", "own")
        ]
        noun = m.group(3)
        if words and any(w.lower() in ("our", "their", "its", "his", "her") for w in words):
            continue
        if m.group(4):
            rest = text[m.end() :]
            subject = _subject_of(rest)
            if not subject or re.search(r"\b(?:" + _POLICY_HEADS + r"|Bill|Act)\b", subject):
                continue
            if len(subject.split()) <= 3 and m.group(4).strip() == "into" and not words:
                found.add(m.start(2) if words else m.start(3), f"{subject} {noun}")
            else:
                # (the subject as the body titles it, its "the" kept: "the Scottish Government's
                # consultation on the future model of …")
                prefix = " ".join(words + [noun])
                titled = _subject_of(rest, purpose=noun == "consultation", keep_article=True)
                found.add(m.start(3), f"{prefix}{m.group(4).rstrip()} {titled}")
        elif words:
            found.add(m.start(2), " ".join(words + [noun]))

    for m in _BODY_POLICY.finditer(text):
        rest = text[m.end() :]
        subject = _subject_of(rest, purpose=m.group(1) == "consultation")
        if subject and not re.search(r"\b(?:" + _POLICY_HEADS + r"|Bill|Act)\b", subject):
            found.add(m.start(1), f"{m.group(1).capitalize()} {m.group(2)} {subject}")

    for m in _BARE_CONSULTATION.finditer(text):
        rest = text[m.end() :]
        # (a consultation named by its subject alone is named by its title, its "the" and its stated
        # purpose kept: "the consultation on the future model of community justice")
        subject = _subject_of(rest, purpose=True, keep_article=True)
        if (
            subject
            and not found.in_org(m.start())
            and not re.search(r"\b(?:" + _POLICY_HEADS + r"|Bill|Act)\b", subject)
        ):
            found.add(m.start(1), f"Consultation on {subject}")

    for m in _ADJ_REVIEW.finditer(text):
        rest = text[m.end() :]
        end = _subject_end(rest)
        subject = (rest[:end] if end is not None else rest[:120]).strip()
        if subject:
            found.add(m.start(), f"{m.group(1)} {m.group(2)} {m.group(3)} {subject}")


# A fund named by its patron's office alone, nothing describing it between the possessive and "Fund"
# ("the Mayor's Fund", "the Lord Mayor's Fund", "the Chairman's Fund"): a charity the office-holder
# fronts, which the genre's keys hold as an organisation, not a programme of government money; "the
# Commissioner's Community Safety Fund" still names its fund ("Community Safety Fund").
_PATRON_FUND = re.compile(
    r"(?:Lord\s+|Lady\s+|Deputy\s+)?(?:Mayor|Mayoress|Chair|Chairman|Chairwoman|Provost|Sheriff|Lieutenant|"
    r"Prince|Princess|Queen|King|Duke|Duchess)'s"
)


def _title_case_policies(text: str, ctx: PolicyContext, found: _Found) -> None:
    """Title-Case names ending in a policy headword, and their defined short forms."""
    # Title-Case names ending in a policy headword ("Tackling Violence Against Women and Girls
    # Strategy", "the 2020 Spending Review", "State of Fire 2020 report").
    for m in _TITLE_POLICY.finditer(text):
        words = _strip_lead(m.group(1).split())
        if m.group(2) in ("Fund", "fund") and _PATRON_FUND.fullmatch(" ".join(words)):
            continue  # "the Mayor's Fund", "the Lord Mayor's Fund": a charity named by its patron, a body
        # The body that owns it, in the possessive, is not part of its name ("the Welsh Government's
        # Programme for Government", "the LGA's Fire Commission Review"): the name starts after it.
        own = next((i for i in range(len(words) - 1, -1, -1) if _OWNER_POSSESSIVE.fullmatch(words[i])), None)
        if own is not None:
            words = words[own + 1 :]
        words = _read_through_short_form(words, m.start(1), text, found)
        # (what is left must name it: more than its headword, "Programme for Government", not "Strategy")
        named_after = bool((m.group(3) or "").strip())
        if not words and (own is None or not named_after):
            continue
        pos = m.start(1) + m.group(1).find(words[0]) if words else m.start(2)
        if text[max(0, pos - 1) : pos] == "(" and text[m.end() : m.end() + 1] == ")":
            continue  # a short form being defined: "(Core Code)"
        short = re.match(r"\s*\(([A-Z][\w -]{1,40})\)", text[m.end() :])
        if found.in_org(pos) and not re.search(r"[A-Z]", " ".join(words[1:])):
            continue  # "Home Office guidance": described, not named
        if found.in_org(pos) and found.in_org(m.end(2) - 1):
            continue  # "the Wales Centre for Public Policy": a body's name, not a policy's
        lead_year = None
        if words and re.fullmatch(r"(?:19|20)\d\d(?:[-/](?:19|20)?\d\d)?", words[0]):
            # (a plan's years before its name, "the 2021-25 Police and Crime Plan", kept whole and in
            # front, as the paper names it)
            lead_year = words.pop(0)
            if own is not None and not words and not named_after:
                continue  # "the Home Office's 2019 Plan": only the headword left
        if not words and m.group(2)[0].islower():
            continue
        if (own is None or words) and (
            all(w.isdigit() for w in words) or (words and words[0].isdigit() and len(words) == 1)
        ):
            continue
        head = m.group(2)
        # (a connector closing the run after the name is the sentence's: "the Core Code of Ethics in
        # 2021", "the Framework for England in May")
        # (nor a month after it: "… for England in May")
        run = _before_owner((m.group(3) or "").rstrip(), m.start(3), text, found)
        after = re.split(r"\s(?=(?:" + MONTH_PATTERN + r")\b)", run)[0]
        after = re.sub(r"(?:\s+(?:and|of|for|on|in|&))+\s*$", "", after)
        name = " ".join(words + [head]) + after
        if m.group(4) and after == run:
            name += " " + m.group(4)
        elif lead_year and not lead_year.isdigit():
            name = lead_year + " " + name  # a span of years stays where the paper sets it
        elif lead_year:
            name += " " + lead_year
        if head[0].islower() and not words:
            continue
        quarter_only = re.fullmatch(r"\s*(?:for|of|on)\s+Q[1-4]", after)
        if (
            head.lower() == "report"
            and words
            and not m.group(4)
            and not lead_year
            and (not after or quarter_only)
        ):
            if all(w.strip(",") in _BUSINESS_REPORT_WORDS for w in words):
                continue  # "the Budget Monitoring Report", "the Q3 Performance Report": a meeting's business
        if head in ("delivery plan", "action plan", "strategic assessment") and (
            words[-1] in GENERIC_HEADS or found.in_org(m.start(2) - 2)
        ):
            continue  # "the Partnership action plan", "the LGA action plan": a body's plan, described
        if head[0].islower() and re.search(r"\b(?:a|an|one|another)\s+$", text[max(0, pos - 12) : pos], re.I):
            continue  # "a Home Affairs Select Committee report": described, not named
        if m.group(4) is None and re.search(r"(?<![\w'-])(?:a|an)\s+$", text[max(0, pos - 4) : pos]):
            continue  # "has prepared a Strategic Assessment": a document of the kind, not one named
        if short:
            ctx.short_forms[short.group(1)] = name
        elif m.group(4):
            # (a short form set between the name and its years: "… Plan (CSPP) for 2023-2026")
            inner = re.search(r"\(([A-Z]{2,8})\)", text[m.end(3) : m.start(4)])
            if inner:
                ctx.short_forms[inner.group(1)] = name
        name = ctx.short_forms.get(name, name)
        found.add(pos, name)

        if head.lower() in ("inquiry", "review") and m.group(3):
            ctx.last_inquiry_subject = m.group(3).strip()


_SHORT_IN_NAME = re.compile(r"\((?-i:[A-Z]{2,8})\)")


def _read_through_short_form(words: list[str], start: int, text: str, found: _Found) -> list[str]:
    """A name's words with a short form defined inside it taken out: "the Violence against Women and
    Girls (VAWG) Strategy" is the Violence against Women and Girls Strategy, as a paper that defines
    the topic's short form on the way to the headword means it. A short form after a body's name
    defines the body, which owns the document named after it ("the Northshire Councils (NC) Annual
    Report" is the Annual Report, as before the short form was read at all)."""
    for i, w in enumerate(words):
        if not _SHORT_IN_NAME.fullmatch(w):
            continue
        before = words[i - 1].removesuffix("'s") if i else ""
        at = text.find(w, start)
        if not before or before in GENERIC_HEADS or before.endswith("Councils") or found.in_org(at - 2):
            return _read_through_short_form(words[i + 1 :], at, text, found)
        return _read_through_short_form(words[:i] + words[i + 1 :], at, text, found)
    return words


def _before_owner(run: str, start: int, text: str, found: _Found) -> str:
    """The words after a headword up to the body the document is for or of, which is its owner, not
    part of its name ("the Annual Report for Northshire Fire and Rescue Service", "the Plan of the
    Westshire Community Safety Partnership"): a body of two words or more, as the paper names it."""
    for cut in re.finditer(r"\s+(?:for|of)\s+(?:the\s+)?", run):
        at = start + cut.end()
        if any(o.start == at and len(text[o.start : o.end].split()) >= 2 for o in found.orgs):
            return run[: cut.start()]
    return run


def _strategies_and_guidance(text: str, ctx: PolicyContext, found: _Found) -> None:
    """Lower-case strategies ("a new hoarding strategy") and named guidance."""
    for m in _LOWER_STRATEGY.finditer(text):
        words = m.group(1).split()
        # (its state or its turn is no part of a name: "the latest strategy", "the refreshed hoarding
        # strategy" is the hoarding strategy)
        while words and words[0] in _STATE_WORDS:
            words = words[1:]
        if not words:
            continue
        if any(
            w in LEAD_STOP
            or w in CONNECTORS
            or w in ("other", "wider", "overall", "joint", "own", "long-term")
            for w in words
        ):
            continue
        found.add(m.start(1) + m.group(1).find(words[0]), " ".join(words) + " strategy")

    for m in _NAMED_GUIDANCE.finditer(text):
        if sentence_initial(text, m.start()):
            continue
        rest = text[m.end() :]
        stop = re.search(r"[,.;:()]|\s(?:which|that|was|were|is|are)\b", rest)
        end = stop.start() if stop else min(len(rest), 120)
        subject = rest[: _clause_verb(rest, end) or end].strip()
        if subject:
            found.add(m.start(), f"{m.group(1)} {m.group(2)} {subject}")
    for m in _COLON_GUIDANCE.finditer(text):
        if not found.in_org(m.start(1)):
            found.add(m.start(1), m.group(1))
    for m in _GUIDE_TITLED.finditer(text):
        title = m.group(1).strip()
        if _not_a_title_in_apposition(text[m.start() : m.end(1)], title):
            continue
        if ":" in title or len(title.split()) >= 3:
            found.add(m.start(1), title)


# A finite verb in lower case inside a run read as a document's title in apposition ("a report
# Westshire Trust published in May showed …", "the annual report The board's review in June found …"):
# the run is a clause — a reduced relative whose subject is the publisher, or the sentence itself — and
# names no title. Auxiliaries and the verbs the genre tells a document's making or its findings by;
# any other past tense in "-ed" too, unless a colon makes the run a sentence-case title ("Safer
# Streets: a shared approach").
_TITLE_CLAUSE = re.compile(
    r"\s(?:has|have|had|was|were|is|are|published|produced|commissioned|released|issued|wrote|"
    r"pointed out|told|noted)\b"
)


def _not_a_title_in_apposition(span: str, title: str) -> bool:
    """A run after "report", "guide", "review," … that is no title: one that crosses a line break (a
    heading's last word and the next line's sentence: a title in apposition runs on in its own
    sentence), or a clause (`_TITLE_CLAUSE`, `_CLAUSE_VERB_ALWAYS`)."""
    if "\n" in span:
        return True
    if _TITLE_CLAUSE.search(title) or _CLAUSE_VERB_ALWAYS.search(title):
        return True
    return ":" not in title and _CLAUSE_VERB_ED.search(title) is not None


def _named_programmes(text: str, ctx: PolicyContext, found: _Found) -> None:
    """Named programmes and strategies from the knowledge file ("Prevent")."""
    # Named programmes and strategies from the knowledge file ("Prevent").
    for item in ctx.named:
        names = [item.get("name", "")] + list(item.get("aliases") or [])
        # Named programmes are proper names: matched as written, capitals and all.
        flags = 0
        if item.get("requires") and item["requires"] not in ctx.paper_text:
            continue
        for n in names:
            if not n:
                continue
            for m in re.finditer(r"(?<![\w-])" + re.escape(n) + r"(?![\w-])", text, flags):
                if item.get("case_sensitive") and sentence_initial(text, m.start()):
                    continue
                found.add(m.start(), item["name"])


# A campaign, strategy or report named in quotation marks ("the 'Stay in Scotland' campaign").
_QUOTED_POLICY = re.compile(
    r"['\"]([A-Z][^'\"]{2,60}?)['\"]\s+(campaign|strategy|report|plan|programme|pledge|charter|toolkit|guide|"
    r"document|paper|briefing|manifesto|leaflet|booklet)\b"
)
# Words that say only what sort of thing a quoted title is ("its 'Budget Reality' document"): the
# title alone is the name.
_QUOTED_KIND_ONLY = {"document", "paper", "briefing", "leaflet", "booklet"}


# A title that opens with its headword and names its subject in capitals ("the Review of Local
# Authorities' Relative Needs and Resources", "its Programme for Government", "the Strategy for Older
# People in Wales").
_MONTHS = set(MONTH_NAMES)
_HEAD_FIRST = re.compile(
    # (and a statement a body publishes under a title of its kind, "its Statement of Assurance", "a
    # Statement of Progress": the fire and rescue services' yearly statement the National Framework asks
    # for, a community planning partnership's account of its plan)
    r"(?<![\w'-])(Review|Strategy|Inquiry|Consultation|Programme|Plan|Framework|Charter|Statement)\s+(of|for|into|on)\s+"
    r"((?:the\s+)?[A-Z][\w'-]*(?:\s+(?:[A-Z][\w'-]*|and|of|the|for|in|on|to|&))*)"
)


# A document cited as the source of what a sentence reports ("According to the Statement of Assurance,
# the Service visited …") is where the figures come from, not a policy of the deed.
_CITED_SOURCE = re.compile(r"\b[Aa]ccording to (?:the|its|their|our)\s+$")


def _head_first_titles(text: str, ctx: PolicyContext, found: _Found) -> None:
    for m in _HEAD_FIRST.finditer(text):
        if sentence_initial(text, m.start()) or found.in_org(m.start()):
            continue
        if _CITED_SOURCE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "According to the Statement of Assurance, the Service visited …": figures' source
        prev = re.search(r"([A-Za-z][\w'-]*)\s+$", text[max(0, m.start() - 40) : m.start()])
        if (
            prev
            and prev.group(1)[0].isupper()
            and prev.group(1).lower() not in _POLICY_LEAD
            and not prev.group(1).endswith(("'s", "'"))
        ):
            # (the headword closes a name of its own, "the Community Safety Plan of the Westshire
            # Partnership", "the Delivery Plan for the Health Directorate": the name and its owner,
            # not a title opening with the headword)
            continue
        words = m.group(3).split()
        month = next((i for i, w in enumerate(words) if w in _MONTHS), None)
        if month is not None:
            words = words[:month]  # ("… for Government in June")
        while words and not words[-1][0].isupper():
            words.pop()  # (a connector closing the run: "… Resources and the consultation")
        if words and words[-1] not in ("The",):
            found.add(m.start(), f"{m.group(1)} {m.group(2)} {' '.join(words)}")


def _short_forms_used(text: str, ctx: PolicyContext, found: _Found) -> None:
    """A policy's short form in capitals, defined earlier in the paper ("the Community Safety
    Partnership Plan (CSPP) for 2023-2026" … "the CSPP had been developed"): the policy it stands for."""
    for short, name in ctx.short_forms.items():
        # (a law's short form may keep its kind: "the PCSC Act")
        if not re.fullmatch(r"[A-Z][A-Z&]{1,7}(?: (?:Act|Bill|Order|Regulations))?", short):
            continue
        for m in re.finditer(r"(?<![\w(-])" + short + r"(?![\w)-])", text):
            if not found.in_org(m.start()):
                found.add(m.start(), name)


def _quoted_policies(text: str, ctx: PolicyContext, found: _Found) -> None:
    for m in _QUOTED_POLICY.finditer(text):
        kind = m.group(2)
        found.add(m.start(1), m.group(1) if kind in _QUOTED_KIND_ONLY else f"{m.group(1)} {kind}")


# A document's title in quotation marks, after its owner in the possessive ("NLGN's 'As Tiers go by'")
# or in apposition to the document it names ("its Annual Report, 'Looking Back, Moving Forward: …'",
# "the Government White Paper "Building Communities, Beating Crime – …""): the title is the name,
# commas and all, up to the closing mark.
_TITLE_IN_QUOTES = r"(?P<q>['\"])([A-Z][^'\"]{2,150}?)(?P=q)(?!\w)"
_OWNER_QUOTED = re.compile(r"\b[A-Z][\w&-]*'s\s+" + _TITLE_IN_QUOTES)
_DOC_QUOTED = re.compile(
    r"\b((?i:reports?|white paper|green paper|strateg(?:y|ies)|plans?|guides?|guidance|handbook|toolkit|"
    r"publications?|documents?|briefings?|manifesto))\b"
    # (its subject in capitals between, as a government describes a paper before its title: "the White
    # Paper on Local Government Reform, 'Stronger Together'"; the title is the name; at most twelve
    # words: unbounded, each kind's word on a long line of capitals would scan to the line's end)
    r"((?:\s+(?:on|of|for|into)\s+(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:(?:and|of|for|on|in|&|the)\s+)*[A-Z][\w'-]*){0,11})?)"
    r",?\s+(?:(?:entitled|titled|called)\s+)?" + _TITLE_IN_QUOTES
)


def _quoted_titles(text: str, ctx: PolicyContext, found: _Found) -> None:
    for m in _OWNER_QUOTED.finditer(text):
        if _QUOTED_POLICY.match(text, m.start(1)):
            continue  # "the Government's 'Stay in Scotland' campaign": named with its kind
        found.add(m.start(2), m.group(2))
    for m in _DOC_QUOTED.finditer(text):
        if _QUOTED_POLICY.match(text, m.start("q")):
            continue
        # (the document's kind with at most its owner before, "Government White Paper", only introduces
        # the title: the title is the name; so does the kind with its subject, "White Paper on …")
        found.names = [
            (p, n)
            for p, n in found.names
            if not (p + len(n) == m.end(1) and len(n.split()) - len(m.group(1).split()) <= 1)
            and not (m.group(2) and p + len(n) == m.end(2) and p >= m.start(1))
        ]
        found.add(m.start(4), m.group(4))


# A document named by its title and its year, after the words that say a document is meant
# ("published Cutting Crime: A New Partnership 2008-11", "the requirements set out in Working Together
# to Safeguard Children 2018", "schools follow Keeping Children Safe in Education 2024"): the title,
# whatever its last word, is the name when its year closes it.
_TITLE_WORD = r"(?:[A-Z][\w'\u2019-]*)"
_YEARED_TITLE = re.compile(
    r"\b(?:published|publication of|set out in|in line with|in accordance with|compl(?:y|ying|ied) with|"
    r"follow(?:s|ed|ing)?|implement(?:s|ed|ing)?|requirements of|"
    # (and the guidance a body worked to, "prepared following the guidance in Working Together to
    # Safeguard Children 2018")
    r"guidance (?:in|of))\s+(?:the\s+)?"
    r"("
    + _TITLE_WORD
    + r"(?:[:,]?\s+(?:(?:to|in|of|for|and|the|a|an|on|with|from|&)\s+)*"
    + _TITLE_WORD
    + r"){2,11})"
    r"\s+((?:19|20)\d\d(?:\s*[-/\u2013]\s*(?:19|20)?\d\d)?)(?![\d/-])"
)


# A document's title told with when it was published, in apposition ("Safer Streets for Everyone,
# published in March 2019, was considered …"): the genre dates a document so, never a body or a
# place; three title words at least, so that "the Report, published in …" names nothing new.
_PUBLISHED_TITLE = re.compile(
    r"(?<![\w'-])("
    + _TITLE_WORD
    + r"(?:\s+(?:(?:to|in|of|for|and|the|a|an|on|with|from|&)\s+)*"
    + _TITLE_WORD
    + r"){2,11}),\s+(?:first\s+)?published\s+in\s+(?:"
    + MONTH_PATTERN
    + r")\s+(?:19|20)\d\d\b"
)


def _titles_published(text: str, ctx: PolicyContext, found: _Found) -> None:
    for m in _PUBLISHED_TITLE.finditer(text):
        words = _strip_lead(m.group(1).split())
        if len(words) < 3 or found.in_org(m.start(1)) or any(w in _MONTHS for w in words):
            continue
        found.add(m.start(1) + m.group(1).find(words[0]), " ".join(words))


def _titles_with_years(text: str, ctx: PolicyContext, found: _Found) -> None:
    for m in _YEARED_TITLE.finditer(text):
        words = m.group(1).split()
        if found.in_org(m.start(1)) or any(w.strip(":,") in _MONTHS for w in words):
            continue  # "published Westshire Police 2023 figures", "published in March 2024"
        found.add(m.start(1), f"{m.group(1)} {m.group(2)}")


# A pledge, charter or campaign named by its hashtag ("the #ZeroRacismWales pledge", "the
# #NoMoreVictims campaign"), as bodies name those they sign up to and run on social media.
_HASHTAG_POLICY = re.compile(r"(?<![\w#])#([A-Za-z][A-Za-z0-9]{2,40})\s+((?i:pledge|charter|campaign))\b")
# A law by its popular name, a person's given name in the possessive ("Clare's Law", "Martyn's Law",
# "Helen's Law"); not the sayings so named ("Sod's Law", "Murphy's Law").
# (not a body's name going on, "Westshire's Law Centre")
_POPULAR_LAW = re.compile(r"(?<![\w'-])([A-Z][a-z]{2,15})'s\s+Law\b(?!\s+[A-Z])")
_SAYINGS = {"Sod", "Murphy", "Moore", "Parkinson", "Goodhart", "Godwin", "Hofstadter", "Conway", "Sturgeon"}


def _hashtags_and_popular_laws(text: str, ctx: PolicyContext, found: _Found) -> None:
    for m in _HASHTAG_POLICY.finditer(text):
        found.add(m.start(), f"#{m.group(1)} {m.group(2).lower()}")
    for m in _POPULAR_LAW.finditer(text):
        if m.group(1) not in _SAYINGS and not found.in_org(m.start()):
            found.add(m.start(), f"{m.group(1)}'s Law")


_FINDERS = (
    _bills_and_acts,
    _statutory_instruments,
    _quoted_policies,
    _committee_inquiries,
    _possessive_reviews,
    _title_case_policies,
    _head_first_titles,
    _short_forms_used,
    _strategies_and_guidance,
    _named_programmes,
    _quoted_titles,
    _titles_with_years,
    _titles_published,
    _hashtags_and_popular_laws,
)
