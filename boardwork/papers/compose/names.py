"""How a paper names things: organisations (full name with its acronym at first mention, the
acronym after; the article where the name needs one), policies (by recorded title, with the stage
woven in), and officers' acronyms spelled out from the records and the house style's glossary.
Pure Python over the facts; the sentence builder (`narrative.py`) re-exports these."""

from __future__ import annotations

import re

from .facts import OrgFact, PolicyFact
from .wording import expand_shorthand, lower_first

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

    def __init__(
        self,
        glossary: dict[str, str] | None = None,
        orgs: list[OrgFact] | None = None,
        keep: frozenset[str] = frozenset(),
    ) -> None:
        self.seen: set[str] = set()
        self.turns: dict[str, int] = {}
        # Acronyms spelled out (`spell_out`): the house style's glossary, the recorded organisations
        # by acronym, and the acronyms the paper has already introduced.
        self.glossary: dict[str, str] = dict(glossary or {})
        self.orgs: dict[str, OrgFact] = {}
        self.acronyms: set[str] = set()
        self.keep = keep  # acronyms left as typed: the board's own organisation ("LGA")
        # The records' words by ref (where an acronym's name may be found) and the policy titles
        # each names; filled by the sentence builder.
        self.words: dict[str, list[str]] = {}
        self.titles: dict[str, list[str]] = {}
        # Policies (refs and titles) the paper has named with their stage: later mentions give the
        # name alone (`weave_policies`).
        self.staged: set[str] = set()
        self.learn(orgs or [])

    def learn(self, orgs: list[OrgFact]) -> None:
        """Recorded organisations by their acronym ("HO" → the Home Office record)."""
        for o in orgs:
            # The recorded acronym and aliases, and the initials of a name of two or three words
            # ("Home Office" → HO): what officers type for it.
            initials = "".join(w[0] for w in o.name.split() if w.lower() not in _SMALL)
            short = (
                [initials] if not o.acronym and 2 <= len(o.name.split()) <= 3 and initials.isupper() else []
            )
            for a in (o.acronym, *o.aliases, *short):
                if a and a != o.name and _ACRONYM_WORD.fullmatch(a) and a not in self.orgs:
                    self.orgs[a] = o

    def pick(self, frame: str, choices: int) -> int:
        """The next of `choices` ways to say `frame`, in turn through the paper: sentences that
        follow each other never open the same way, and the same records always read the same."""
        k = self.turns.get(frame, 0)
        self.turns[frame] = k + 1
        return k % choices

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
        if not needs_article(name):
            return text
        return "the " + text


def needs_article(name: str) -> bool:
    """'the Home Office', 'the NFCC'; not 'Ofcom', 'Welsh Government', 'Coldbrook County Council'."""
    return not (_NO_ARTICLE.search(name) or (" " not in name and not name.isupper()))


def _short_form(name: str) -> str:
    """'Coldbrook County Council' → 'Coldbrook CC': a council as officers abbreviate it."""
    words = name.split()
    if len(words) >= 3 and words[-1] == "Council":
        return f"{words[0]} " + "".join(w[0] for w in words[1:] if w[:1].isupper())
    return ""


def mentions(text: str, org: OrgFact) -> bool:
    """Does `text` already name the organisation (by name or acronym, as a word, or a council by its
    place and initials)?"""
    # What officers also write for it: the initials of a short name ("HO" for Home Office).
    words = org.name.split()
    initials = "".join(w[0] for w in words if w.lower() not in _SMALL)
    short = [initials] if not org.acronym and 2 <= len(words) <= 3 and initials.isupper() else []
    for n in {
        *(x for x in (org.name, org.acronym, *org.aliases, _short_form(org.name), *short) if x),
        *(expand_shorthand(a) for a in org.aliases),
    }:
        if n and re.search(
            r"(?<![A-Za-z])" + re.escape(n) + r"(?![A-Za-z])", text, re.I if len(n) > 6 else 0
        ):
            return True
    return False


def policy_mentioned(text: str, pol: PolicyFact) -> bool:
    return pol.title.lower() in text.lower()


def policy_name(p: PolicyFact) -> str:
    """'the Online Safety Bill', 'Prevent', 'the ‘Creating a smokefree generation …’ consultation'."""
    t = p.title
    if p.kind == "consultation" and "consultation" not in t.lower():
        return f"the ‘{t}’ consultation"
    if " " not in t or re.match(r"^(New|Creating)\b|^\S+['’]s\b", t):
        return lower_first(t) if t.startswith("New ") else t
    return "the " + t


# Words a log may swap when it names a policy in passing ("the review on X" for the recorded
# "Review of X"); every other word must be there, in order.
_LINK_WORDS = r"(?:of|on|for|into|the|and|to|in|&)"


def _named_loosely(text: str, title: str) -> re.Match[str] | None:
    """Where `text` names the policy `title` in other small words and capitals ("the independent
    review on social cohesion" for "Independent review of social cohesion"), so that the recorded
    name can stand there instead of being added again after the sentence."""
    words = title.split()
    if len(words) < 3:
        return None
    parts = [_LINK_WORDS if re.fullmatch(_LINK_WORDS, w, re.I) else re.escape(w) for w in words]
    return re.search(r"\b" + r"\s+".join(parts) + r"(?![\w-])", text, re.I)


# Stages that are no news: an Act is in force and a consultation one responds to is open unless the
# record says otherwise, so a paper does not say it.
_DEFAULT_STAGES = {"in force", "open", "live", "current", "ongoing", "in place"}
_DAY = r"\d{1,2}(?:-\d{1,2})? [A-Z][a-z]+ \d{4}"
_MONTH = r"(?:[A-Z][a-z]+ )?\d{4}"
# A stage that says something happened to a part of the policy: "Serious Violence Duty commenced 31
# January 2023", "first serious violence strategies due 31 January 2024", "revised duty guidance
# in force 31 December 2023".
_PART_EVENT = re.compile(
    r"^(?P<np>[\w'’ -]+?)\s(?P<verb>commenced|came into force|comes into force|in force|due|"
    r"published|launched|expected|laid)\s(?P<date>" + _DAY + "|" + _MONTH + r")$"
)


def _on(date: str, day_word: str = "on") -> str:
    """'on 7 September 2023' for a day, 'in March 2023' for a month or a year."""
    return f"{day_word} {date}" if re.match(r"\d{1,2}\b(?!\d)", date) else f"in {date}"


def _the_part(np_: str) -> str:
    return np_ if re.match(r"(?i)(the|a|an|its|their|our|\d)\b", np_) else "the " + np_


def stage_words(p: PolicyFact, text: str = "") -> str:
    """A policy's recorded stage in a paper's words, to follow its name after a comma — never in
    brackets: 'published in March 2023', 'which closed on 6 December 2023', 'which received Royal
    Assent on 20 July 2023', 'then at Lords committee stage', 'under which the Serious Violence Duty
    commenced on 31 January 2023'. '' for a stage that is no news (an Act in force, an open
    consultation) or that the name or `text` already says. Every figure is the recorded one."""
    stage = " ".join(p.stage.split()).rstrip(".")
    low = text.lower()
    if not stage or stage.lower() in low or stage.lower() in p.title.lower():
        return ""
    out: list[str] = []
    for piece in re.split(r";\s+", stage):
        piece = piece.strip()
        if not piece or piece.lower() in _DEFAULT_STAGES or piece.lower() in low:
            continue
        words = _stage_piece(piece, p, low)
        if words:
            out.append(words)
    # Two clauses read as one: "under which … and under which …" → "under which … and …".
    return " and ".join(out)


def _stage_piece(piece: str, p: PolicyFact, low: str) -> str:
    m = re.match(r"^published (" + _DAY + "|" + _MONTH + r")$", piece)
    if m:
        return "published " + _on(m.group(1))
    m = re.match(r"^(?:closes|closed|closing|closing date) (" + _DAY + "|" + _MONTH + r")$", piece)
    if m:
        return "which closed " + _on(m.group(1))
    m = re.match(r"^Royal Assent(?: (" + _DAY + "|" + _MONTH + r"))?$", piece)
    if m:
        return "which received Royal Assent" + (" " + _on(m.group(1)) if m.group(1) else "")
    m = re.match(r"^(Commons|Lords),?\s+(awaiting .+)$", piece)
    if m:
        return f"then {m.group(2)} in the {m.group(1)}"
    if re.match(r"^(Commons|Lords)\b.*\b(reading|stage)$|^(second|third) reading$|^\w+ stage$", piece):
        bare = re.sub(r"^(Commons|Lords)\s+", "", piece).lower()
        # "the second reading briefing on the Bill" already says it was at second reading.
        return "" if bare in low else "then at " + piece
    if piece.lower() == "call for evidence":
        answered = re.search(r"\b(evidence|response|responded|submitted|submission)\b", low)
        return "in response to its call for evidence" if answered else "during its call for evidence"
    m = _PART_EVENT.match(piece)
    if m:
        np_, verb, date = m.group("np"), m.group("verb"), m.group("date")
        plural = np_.split()[-1].endswith("s") and not np_.split()[-1].endswith("ss")
        be = "were" if plural else "was"
        told = {
            "commenced": f"{_the_part(np_)} commenced {_on(date)}",
            "came into force": f"{_the_part(np_)} came into force {_on(date)}",
            "comes into force": f"{_the_part(np_)} came into force {_on(date)}",
            "in force": f"{_the_part(np_)} in force {_on(date, 'from')}",
            "due": f"{_the_part(np_)} {be} due {_on(date, 'by')}",
            "published": f"{_the_part(np_)} published {_on(date)}",
            "launched": f"{_the_part(np_)} launched {_on(date)}",
            "expected": f"{_the_part(np_)} {be} expected {_on(date, 'by')}",
            "laid": f"{_the_part(np_)} laid {_on(date)}",
        }[verb]
        if p.kind == "act":
            return "under which " + told if verb != "in force" else "with " + told
        return "with " + told if verb in ("in force", "published", "launched", "laid") else "with " + told
    m = re.match(r"^([a-z]+ed) (" + _DAY + "|" + _MONTH + r")$", piece)
    if m:
        return f"{m.group(1)} {_on(m.group(2))}"  # "refreshed June 2022" → "refreshed in June 2022"
    # Any other stage, as recorded: after a comma, as the paper's apposition.
    return piece


# Nouns that say what kind of policy a phrase names ("the Home Office consultation on ASB powers").
_POLICY_NOUNS = {"consultation", "review", "report", "strategy", "plan", "framework", "inquiry", "guidance"}


def _content(word: str) -> str:
    return re.sub(r"['’]s$", "", word.lower().strip(",.:;()‘’“”"))


def _named_in_other_words(text: str, p: PolicyFact) -> tuple[int, int] | None:
    """Where `text` names the policy in other words and order ("the Home Office consultation on ASB
    powers" for "Anti-social behaviour powers consultation"; "HMICFRS's spotlight report on values
    and culture" for "HMICFRS spotlight report: Values and culture in fire and rescue services"): the
    longest run of words holding one of the title's policy nouns, at least three of its words and
    most of them (an acronym counts for the words it stands for), with at most one word of its own
    ("revised"). (start, end) in `text`, or None."""
    title_words = [_content(w) for w in re.split(r"[\s:]+", p.title) if _content(w) not in _SMALL | {""}]
    title_set = set(title_words)
    # The initials of the title's words and hyphen parts, in order, and the word each belongs to.
    pairs = [(x, w) for w in title_words for x in w.split("-") if x]
    initials = "".join(x[0] for x, _ in pairs)
    owner = [w for _, w in pairs]
    if not title_set & _POLICY_NOUNS or len(title_set) < 3:
        return None
    tokens = list(re.finditer(r"[^\s]+", text))
    best: tuple[int, int] | None = None
    for i in range(len(tokens)):
        for j in range(i, min(len(tokens), i + 14)):
            span = [_content(t.group(0)) for t in tokens[i : j + 1]]
            if (
                span[0] in _SMALL
                or re.search(r"[,;()]", tokens[j].group(0)[:-1])
                or "(" in tokens[j].group(0)
            ):
                break  # a name does not run across a comma or into brackets
            if span[-1] in _SMALL:
                continue
            covered: set[str] = set()
            own = 0
            firsts: list[bool] = []
            for w, tok in zip(span, tokens[i : j + 1], strict=True):
                if w in _SMALL:
                    continue
                hit: set[str] = set()
                if w in title_set:
                    hit = {w}
                elif tok.group(0).strip(",.;:").isupper() and w in initials:
                    # An acronym: the title's words (or hyphen parts) in a row whose initials spell it.
                    k = initials.index(w)
                    hit = {owner[x] for x in range(k, k + len(w))}
                covered |= hit
                own += not hit
                firsts.append(bool(hit))
            if (
                own <= 1
                and firsts[0]
                and firsts[-1]
                and len(covered) >= 3
                and len(covered) >= 0.6 * len(title_set)
                and covered & _POLICY_NOUNS
                and (best is None or j - i > best[1] - best[0])
            ):
                best = (i, j)
    if best is None:
        return None
    end_tok = tokens[best[1]]
    end = end_tok.start() + len(end_tok.group(0).rstrip(",.;:"))
    return tokens[best[0]].start(), end


def _anchored_part(text: str, p: PolicyFact) -> str:
    """A stage about a part of an Act told where the sentence names that part: "a webinar on the
    SVD" with the Police, Crime, Sentencing and Courts Act 2022 at "in force; Serious Violence Duty
    commenced 31 January 2023" → "a webinar on the SVD, which commenced on 31 January 2023 under
    the Police, Crime, Sentencing and Courts Act 2022," — the Act named once, where it matters. ''
    when the sentence does not name the part."""
    for piece in re.split(r";\s+", " ".join(p.stage.split())):
        m = _PART_EVENT.match(piece.strip())
        if not m or m.group("verb") in ("in force", "due", "expected"):
            continue
        np_ = m.group("np")
        initials = "".join(w[0] for w in np_.split() if w[:1].isupper())
        found = re.search(r"(?<![\w-])" + re.escape(np_) + r"(?![\w-])", text, re.I)
        if not found and len(initials) >= 2:
            found = re.search(r"(?<![\w-])" + re.escape(initials) + r"(?![\w-])", text)
        if not found:
            continue
        verb = "came into force" if m.group("verb") == "comes into force" else m.group("verb")
        clause = f", which {verb} {_on(m.group('date'))} under {policy_name(p)}"
        tail = text[found.end() :]
        close = "" if re.match(r"^\s*(?:$|[.;:])", tail) or tail.startswith(",") else ","
        return text[: found.end()] + clause + close + tail
    return ""


def weave_policies(
    text: str, pols: list[PolicyFact], staged: set[str] | None = None
) -> tuple[str, list[str]]:
    """The policies an event concerns, woven into its sentence. A policy's stage is told in words
    after its name (`stage_words`) only where it is news: at the policy's first mention in the paper
    (`staged` holds the refs and titles already told, and is updated) — later mentions give the name
    alone, and a Bill's passage is told as the day's news elsewhere. A name the sentence gives in
    other words is replaced by the recorded title; policies it does not name are returned as
    phrases to add ("the Domestic Abuse Act 2021")."""
    staged = staged if staged is not None else set()
    missing: list[str] = []
    for p in pols:
        loose = None if policy_mentioned(text, p) else _named_loosely(text, p.title)
        year = re.search(r"\bAct (\d{4})$", p.title) if p.kind == "act" else None
        if not loose and year and not policy_mentioned(text, p):
            # "use of the 2014 Act powers" names the Anti-social Behaviour, Crime and Policing Act 2014.
            loose = re.search(rf"\b(?<=the ){year.group(1)} Act\b", text)
            if loose:
                text = text[: loose.start() - 4] + policy_name(p) + text[loose.end() :]
                loose = None
        if loose:
            text = text[: loose.start()] + p.title + text[loose.end() :]
        other = (
            None if policy_mentioned(text, p) or p.kind in ("act", "bill") else _named_in_other_words(text, p)
        )
        if other:
            a, b = other
            before = text[:a]
            name = p.title
            if re.search(r"\b(?:on|to|for|of|about|into|with|under)\s+$", before):
                name = policy_name(p)  # "on the HMICFRS spotlight report: …"
            elif re.search(r"\b[A-Z][\w'’-]*\s+$", before):
                # After a name ("the Home Office …") the title is quoted, so the two read as two.
                name = f"‘{p.title}’"
            text = before + name + text[b:]
        if p.ref not in staged and p.kind == "act" and not policy_mentioned(text, p):
            anchored = _anchored_part(text, p)
            if anchored:
                staged.update({p.ref, p.title.lower()})
                text = anchored
                continue
        first = p.ref not in staged and p.title.lower() not in staged
        house = re.match(r"^(Commons|Lords)\s+(.*\b(?:reading|stage))$", p.stage.strip())
        if first and house and house.group(1) not in text:
            # "the second reading briefing" → "the Commons second reading briefing": the House said
            # where the stage already is.
            said = re.search(r"(?<![\w-])" + re.escape(house.group(2)) + r"(?![\w-])", text, re.I)
            if said:
                text = f"{text[: said.start()]}{house.group(1)} {text[said.start() :]}"
        staged.update({p.ref, p.title.lower()})
        words = stage_words(p, text) if first else ""
        # The stage's dates already in the sentence ("received Royal Assent on 26 October 2023").
        if words and all(x in text for x in re.findall(r"\d+", p.stage)) and re.search(r"\d", p.stage):
            lead_words = re.match(r"^([A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*)*)\s\d", p.stage.strip())
            if lead_words and lead_words.group(1).split()[-1].lower() in text.lower():
                words = ""
        if policy_mentioned(text, p):
            at = text.lower().index(p.title.lower()) + len(p.title)
            at += text[at:].startswith("’")  # after a quoted title's closing mark
            # Only where the name ends a noun phrase: "revised Prevent duty guidance" is not Prevent.
            if words and _NAME_ENDS.match(text[at:]):
                tail = text[at:]
                close = "" if re.match(r"^\s*(?:$|[.;:])", tail) or tail.startswith(",") else ","
                text = f"{text[:at]}, {words}{close}{tail}"
            continue
        missing.append(policy_name(p) + (f", {words}" if words else ""))
    # A name with its stage clause goes last: "on the X draft Bill and the Y consultation, which
    # closed on …" — not a clause that seems to run on into the next name.
    missing.sort(key=lambda m: "," in m)
    return text, missing


_NAME_ENDS = re.compile(
    r"^(?:$|[,.;:]|\s(?:on|to|in|for|and|with|at|by|from|of|which|that|ahead|before|after)\b)"
)

# A policy the event's sentence does not name is added to it: after it (", on the X Act (in


# --------------------------------------------------------------------------------------------------
# Acronyms in officers' words
# --------------------------------------------------------------------------------------------------

# An acronym as officers type it: "SVD", "UASC", "PSPOs", "MoJ", "KHub" (two capitals or more).
_ACRONYM_WORD = re.compile(r"[A-Z][A-Za-z]{0,6}[A-Z]")
# A possessive ("WLGA's group") is an acronym too; so is a name in capitals and small letters that
# the glossary or a record spells ("KHub": Knowledge Hub) — only those are spelled out.
_ACRONYM = re.compile(
    r"(?<![\w/’'-])([A-Z][A-Za-z]{0,6}[A-Z]|[A-Z]{2}[a-z]{2,4})(s?)(?![\w/-])(?!['’](?!s\b))"
)
_SMALL = {"of", "and", "for", "the", "on", "in", "to", "&"}
# Where a name takes "the" an officer's note leaves out: at the start, or after a preposition or
# a verb of meeting ("with HO", "about SVD"); not after an adjective ("an emergency SIGCE call").
_TAKES_ARTICLE = re.compile(
    r"(?:^|[.!?:;,]\s+|\b(?:with|to|by|from|for|and|of|on|at|about|via|in|into|met|between|"
    r"attended|briefed|lobbied|because|since|while|until|than|that|after|before|when)\s+)$"
)


# Words after a name that are not a noun it qualifies: prepositions, conjunctions, relatives.
_NOT_A_NOUN = {
    "on", "about", "at", "in", "to", "for", "and", "or", "with", "from", "by", "as", "ahead", "before",
    "after", "which", "that", "who", "over", "under", "during", "re", "around", "into", "of", "but",
    "so", "then", "will", "would", "is", "are", "was", "were", "has", "have", "had", "did",
}  # fmt: skip


def attributive(after: str) -> bool:
    """Is the name used before a plural noun ("Environment Agency officials", "DfE colleagues")?
    Then it takes no article: "a call with Environment Agency officials"."""
    m = re.match(r"\s+([a-z][a-z-]*)\b", after)
    if not m:
        return False
    w = m.group(1)
    # A plural noun takes no article ("with DfE officials"); a singular one keeps the name's, which
    # is then the noun's ("with the DfT taxi team").
    return w not in _NOT_A_NOUN and w.endswith("s") and not w.endswith("ss") and not w.endswith("ed")


def recorded_names(text: str, orgs: list[OrgFact], namer: Namer) -> str:
    """An organisation an officer typed in a form of their own ("Dept of Health & Social Care",
    written "Dept of Health and Social Care") printed by its recorded name, as the paper names it
    (`Namer`): where the typed form is the record's alias. Acronyms are left to `spell_out`, and
    words that only resemble a name stay as typed."""
    for o in orgs:
        forms = {f for a in o.aliases for f in (a, expand_shorthand(a))}
        # The name's head before "of" is how a log shortens it ("the Coroners' Society" for the
        # Coroners' Society of England and Wales).
        head = o.name.split(" of ")[0] if " of " in o.name else ""
        if len(head.split()) >= 2 and head[:1].isupper():
            forms.add(head)
        for form in sorted(forms, key=len, reverse=True):
            if " " not in form or form in (o.name, o.acronym):
                continue
            m = re.search(r"(?<![A-Za-z])(the\s+)?" + re.escape(form) + r"(?![A-Za-z])", text, re.I)
            if (
                not m
                or text[m.start() :].lower().startswith(o.name.lower())
                or (m.group(1) and text[m.end(1) :].lower().startswith(o.name.lower()))
            ):
                continue
            name = namer(o)
            if attributive(text[m.end() :]) or (
                not m.group(1) and not _TAKES_ARTICLE.search(text[: m.start()])
            ):
                name = name.removeprefix("the ")
            text = text[: m.start()] + name + text[m.end() :]
            break
    return text


def parse_glossary(entries: list[str]) -> dict[str, str]:
    """The house style's glossary lines ("ASB: anti-social behaviour") as a dict."""
    out: dict[str, str] = {}
    for e in entries:
        key, sep, value = e.partition(":")
        if sep and key.strip() and value.strip():
            out[key.strip()] = " ".join(value.split())
    return out


def phrase_for(acronym: str, words: str) -> str:
    """The phrase in `words` (the records' own text) whose initials spell `acronym`: 'SVD' in
    '… the first year of the Serious Violence Duty' → 'Serious Violence Duty'; hyphenated words
    give each part's initial ('Anti-social Behaviour' → ASB) and small words between may be skipped
    ('Association of Police and Crime Commissioners' → APCC). '' when the records do not spell it."""
    if not acronym.isupper():
        return ""
    tokens = [(m.group(0), m.start(), m.end()) for m in re.finditer(r"[A-Za-z][A-Za-z'’]*", words)]
    for i, (w, start, _) in enumerate(tokens):
        if w.lower() in _SMALL or w[0].upper() != acronym[0] or w.isupper():
            continue
        k, j, end = 0, i, start
        # Hyphen parts count as words: walk the letters of the acronym along the tokens.
        while j < len(tokens) and k < len(acronym):
            word, _, e = tokens[j]
            if word.isupper() and len(word) > 1:
                break  # another acronym is not a word of the name
            if word[0].upper() == acronym[k]:
                k, end = k + 1, e
            elif not (word.lower() in _SMALL and k > 0):
                break
            j += 1
            if j < len(tokens) and words[tokens[j - 1][2] : tokens[j][1]] not in (" ", "-"):
                break
        if k == len(acronym) and tokens[j - 1][0].lower() not in _SMALL:
            return words[start:end]
    return ""


def _plural(phrase: str) -> str:
    if re.search(r"[^aeiou]y$", phrase):
        return phrase[:-1] + "ies"
    return phrase if phrase.endswith("s") else phrase + "s"


def spell_out(
    text: str, namer: Namer, words: str = "", titles: tuple[str, ...] = (), longest: int = 0
) -> str:
    """Officers' acronyms in `text` written as a paper writes them: the full name with the acronym
    after at first mention ("Serious Violence Duty (SVD)"), the acronym after that; two-letter ones
    ("HO", "MS") in full every time. A name comes only from the records — an organisation's recorded
    acronym, a phrase of `words` (the records the sentence states) whose initials spell it — or the
    house style's glossary; an acronym none of them spells is left as typed, and so is one in
    `namer.keep` (the board's own organisation) or inside a recorded policy title in `titles`.
    `longest` (words), when given, keeps an acronym whose name is longer (a table cell's line)."""
    low = text.lower()
    kept = [(i, i + len(t)) for t in titles if t for i in [low.find(t.lower())] if i >= 0]

    def one(m: re.Match[str]) -> str:
        acr, plural = m.group(1), m.group(2)
        if acr in namer.keep or acr in namer.acronyms:
            return m.group(0)
        if any(a <= m.start() < b for a, b in kept):
            return m.group(0)
        before = text[: m.start()]
        if before.endswith("(") and text[m.end() : m.end() + 1] == ")":
            return m.group(0)  # "the National Fire Chiefs Council (NFCC)": introduced here
        if len(acr) < 3 and re.search(r"[a-z,;]\s+[A-Z][a-z]+\s+$", before):
            return m.group(0)  # part of a name: "Coldbrook CC", "Harrowfield CC"
        org = namer.orgs.get(acr)
        name = org.name if org is not None else namer.glossary.get(acr) or phrase_for(acr, words)
        if longest and len(name.split()) > longest:
            return m.group(0)
        if org is not None:
            full = org.name
            namer.seen.add(org.ref)
            if needs_article(full) and _TAKES_ARTICLE.search(before) and not attributive(text[m.end() :]):
                full = "the " + full
        else:
            full = namer.glossary.get(acr) or phrase_for(acr, words)
            if not full:
                return m.group(0)
            if plural:
                full = _plural(full)
            # A name in capitals takes the article an officer's note leaves out ("about SVD year one").
            titled = all(w[0].isupper() for w in full.split() if w.lower() not in _SMALL)
            if titled and " " in full and _TAKES_ARTICLE.search(before):
                full = "the " + full
        # Inside brackets the name stands alone: "(PSPOs, community protection notices, …)"; so does
        # a possessive ("the Welsh Local Government Association's group", not "… (WLGA)'s").
        bracketed = before.count("(") > before.count(")") or text[m.end() : m.end() + 1] in "'’"
        out = full if len(acr) < 3 or bracketed else f"{full} ({acr}{plural})"
        if len(acr) >= 3 and not bracketed:
            namer.acronyms.add(acr)
        starts = m.start() == 0 or re.search(r"[.!?]\s+$", before)
        return "\x00" + (out[:1].upper() + out[1:] if starts else out)

    # An acronym already introduced in brackets after its name is known from there on.
    for m in re.finditer(r"\(([A-Z][A-Za-z]{0,6}[A-Z])s?\)", text):
        namer.acronyms.add(m.group(1))
    out = _ACRONYM.sub(one, text)
    # "a" / "an" before a name now spelled out: "an SIGCE call" → "a Special Interest Group … call".
    out = re.sub(
        r"\b([Aa]n?) \x00(?=(\w))",
        lambda m: m.group(1)[0] + ("n" if m.group(2).lower() in "aeiou" else "") + " ",
        out,
    )
    return out.replace("\x00", "")
