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
    for n in {
        *(x for x in (org.name, org.acronym, *org.aliases, _short_form(org.name)) if x),
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


def weave_policies(text: str, pols: list[PolicyFact]) -> tuple[str, list[str]]:
    """The policies and stages an event concerns, woven into its sentence: a stage goes in brackets
    after the policy's name where the sentence names it ("the Illegal Migration Bill (Lords committee
    stage)"); policies it does not name are returned as phrases to add ("the Domestic Abuse Act 2021
    (in force)"). A stage the sentence already says is not repeated."""
    missing: list[str] = []
    for p in pols:
        loose = None if policy_mentioned(text, p) else _named_loosely(text, p.title)
        if loose:
            text = text[: loose.start()] + p.title + text[loose.end() :]
        stage = " ".join(p.stage.split()).rstrip(".")
        # "received Royal Assent" already tells the stage "Royal Assent 26 October 2023".
        lead_words = re.match(r"^([A-Za-z][\w-]*(?:\s[A-Za-z][\w-]*)+)\s\d", stage)
        low = text.lower()
        if (
            stage
            and (
                stage.lower() in low
                or stage.lower() in p.title.lower()
                or (
                    lead_words
                    and lead_words.group(1).lower() in low
                    and all(x in text for x in re.findall(r"\d+", stage))
                )
                # "the Government published its new definition …" tells "published 14 March 2024".
                or (
                    policy_mentioned(text, p)
                    and stage.split()[0].lower() in low[: low.index(p.title.lower())].split()[-4:]
                    and all(x in text for x in re.findall(r"\d+", stage))
                )
            )
        ):
            stage = ""
        if policy_mentioned(text, p):
            at = text.lower().index(p.title.lower()) + len(p.title)
            # Only where the name ends a noun phrase: "revised Prevent duty guidance" is not Prevent.
            if stage and _NAME_ENDS.match(text[at:]):
                text = f"{text[:at]} ({stage}){text[at:]}"
            elif stage:
                missing.append(policy_name(p) + f" ({stage})")
            continue
        missing.append(policy_name(p) + (f" ({stage})" if stage else ""))
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
_ACRONYM = re.compile(r"(?<![\w/’'-])([A-Z][A-Za-z]{0,6}[A-Z])(s?)(?![\w/’'-])")
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
        for form in sorted(forms, key=len, reverse=True):
            if " " not in form or form in (o.name, o.acronym):
                continue
            m = re.search(r"(?<![A-Za-z])(the\s+)?" + re.escape(form) + r"(?![A-Za-z])", text, re.I)
            if not m:
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


def spell_out(text: str, namer: Namer, words: str = "", titles: tuple[str, ...] = ()) -> str:
    """Officers' acronyms in `text` written as a paper writes them: the full name with the acronym
    after at first mention ("Serious Violence Duty (SVD)"), the acronym after that; two-letter ones
    ("HO", "MS") in full every time. A name comes only from the records — an organisation's recorded
    acronym, a phrase of `words` (the records the sentence states) whose initials spell it — or the
    house style's glossary; an acronym none of them spells is left as typed, and so is one in
    `namer.keep` (the board's own organisation) or inside a recorded policy title in `titles`."""
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
        # Inside brackets the name stands alone: "(PSPOs, community protection notices, …)".
        bracketed = before.count("(") > before.count(")")
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
