"""People and nations a paragraph names: a title and a name ("Cllr Jane Smith", "Lord Porter"),
a full name after "led by", "speakers included" …; England, Wales, Scotland, Northern Ireland."""

from __future__ import annotations

import re

from ...lib.names import TITLE_PATTERN, canonical_title
from .knowledge import NATIONS
from .organisations import GENERIC_HEADS, LEAD_STOP, OrgMatch
from .text import norm_text

# A full name: a first name (two letters or more: "Jo") and one or two more names.
_NAME_FIRST = r"[A-Z][a-z][A-Za-z'-]*(?:\s+(?:Mc|Mac|O')?[A-Z][a-z][A-Za-z'-]+){1,2}"
_PERSON_TITLE = re.compile(
    r"\b(" + TITLE_PATTERN + r")\s+"
    r"((?:[A-Z][a-z][A-Za-z'-]*)(?:\s+(?:[A-Z][a-z][A-Za-z'-]*|[A-Z]'[A-Z][a-z][A-Za-z'-]*|[A-Z]\.?(?=\s+[A-Z]))){0,3}"
    r"(?:\s+of\s+[A-Z][a-z]+)?)(?='s\b|[^A-Za-z'-]|$)"
)
_PERSON_VERB = re.compile(
    r"\b(?:commissioned|appointed|invited|chaired by|led by|presented by|joined by|written by|authored by|"
    r"conducted by|carried out by|speakers? (?:included|were|was))\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z'-]+){1,2})(?=[\s,.;)]|$)"
)
# A post, then the holder's name set off by commas: "the Chief Constable of Durham Constabulary,
# Mike Barton, …", "our Chief Fire Officer, Mark Yates, retired".
_PERSON_ROLE = re.compile(
    r"\b(?i:chief constable|chief executive|chief fire officer|(?:deputy |assistant )?chief officer|chair(?:man|woman)?|"
    r"vice[- ]chair|spokesperson|director(?: of [a-z ]{3,30})?|leader|(?:police and crime )?commissioner|minister|"
    r"president|presiding officer|mayor|head of [a-z ]{3,30})"
    r"(?: (?:of|for) (?:the )?(?:(?:[A-Z][\w&'-]*|and)\s?){1,7})?,\s+"
    r"((?:[A-Z][a-z][A-Za-z'-]+)(?:\s+[A-Z][a-z][A-Za-z'-]+){1,2})(?=\s*[,.;)]|\s+(?:and|who|has|had|was|is)\b)"
)
# A post told in lower case before its holder's name, set off by a comma: "the minister responsible for
# police, Charles Clarke, …", "the cabinet member for community safety, Jo Bloggs said", "the Home
# Secretary, Priti Patel, visited". The post opens with a determiner or a possessive ("the county's
# Police and Crime Commissioner, Jane Smith"); what the post is for runs to the comma; the holder's
# name (with a title or not) ends where punctuation, a clause's verb or "and" follows ("and" then a
# capital is a list of what the post is for: "the Lead Member for Planning, Public Protection and …").
_LOWER_POST = (
    r"(?i:(?:deputy |assistant |shadow )?(?:(?:[a-z]+ )?minister|secretary of state|home secretary|chancellor|"
    r"(?:police,? (?:fire )?and crime )?commissioner|chief constable|chief executive|chief fire officer|"
    r"(?:cabinet|lead|executive) member|portfolio holder|(?:council )?leader|chair(?:man|woman|person)?|mayor|"
    r"director|president|spokesperson|head of service))"
)
_PERSON_POST_BEFORE = re.compile(
    r"\b(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|[A-Za-z][\w-]*(?:'s|s'))\s+(?:[\w&'-]+\s+){0,4}?"
    + _LOWER_POST
    + r"\b"
    r"(?:\s+(?:responsible\s+for|with\s+responsibility\s+for|for|of|at)\s+[^,;:.()\"\u201c]{2,60}?)?,\s+"
    r"(?:(?:Councillor|Cllr\.?|Dr\.?|Professor|Sir|Dame|Mr\.?|Mrs\.?|Ms\.?|(?:[Tt]he\s+)?Rt\.?\s+Hon\.?)\s+)?"
    r"("
    + _NAME_FIRST
    + r")(?=\s*[,.;:)]|\s+and\s+(?![A-Z])|\s+(?:who|has|had|was|is|will|would|said|says|added|told|[a-z]+ed)\b)"
)
# A quotation's speaker named with the post, before or after the name: "Chief Fire Officer Jo Bloggs
# said:", "Jo Bloggs, Chair of the Fire Authority, said:"; the holder publishing the body's report
# ("… Commissioner (PCC) Jo Bloggs has published …"); the officer presenting to a meeting
# ("Jo Bloggs, Chief Executive, introduced the report …").
_SPEAKER_ROLE = (
    r"(?i:chief constable|chief executive|chief fire officer|(?:deputy |assistant )?chief officer|chair(?:man|woman)?|"
    r"vice[- ]chair|spokesperson|director|leader|(?:police and crime )?commissioner|minister|president|mayor)"
)
_PERSON_SPEAKER = re.compile(
    r"\b"
    + _SPEAKER_ROLE
    + r"(?:\s+\([A-Z]{2,6}\))?\s+((?:[A-Z][a-z][A-Za-z'-]+)(?:\s+[A-Z][a-z][A-Za-z'-]+){1,2})\s+"
    r"(?:said|says|added|has\s+(?:published|launched|released))\b|"
    r"(?:^|(?<=[.!?]\s))((?:[A-Z][a-z][A-Za-z'-]+)(?:\s+[A-Z][a-z][A-Za-z'-]+){1,2}),\s+(?:the\s+|our\s+)?"
    r"(?:[A-Z][\w&'-]*\s+){0,3}" + _SPEAKER_ROLE + r"\b[^.;:]{0,80}?,\s+"
    r"(?:said|says|added|introduced|presented|outlined|gave)\b"
)
# A name with the letters of an elected office or an honour after it: "Fiona Twycross AM".
_PERSON_POSTNOMINAL = re.compile(
    r"\b((?:[A-Z][a-z][A-Za-z'-]+)(?:\s+[A-Z][a-z][A-Za-z'-]+){1,2})\s+(?:AM|MP|MS|MSP|MLA|MEP|OBE|MBE|CBE|QPM|KC|QC)\b"
)
# A full name as the subject of a person's deed in a subordinate clause: "… as Michael Gove attended a
# NILGA Executive meeting", "when Jane Smith visited the hub".
_PERSON_DEED = re.compile(
    r"\b(?:as|when|after|while|before|where)\s+((?:[A-Z][a-z][A-Za-z'-]+)(?:\s+[A-Z][a-z][A-Za-z'-]+){1,2})\s+"
    r"(?:attended|visited|addressed|spoke|opened|met|joined|told|said|announced|launched|thanked|welcomed)\b"
)
# A post written before its holder's name, no verb needed ("funded by Police and Crime Commissioner
# Jo Bloggs", "Chief Fire Officer Ann Lee of the Westshire service"): posts of the genre's bodies,
# capitalised as a title is; the name ends where lower case or punctuation follows.
_RANKS = (
    r"(?:(?:Deputy|Assistant)\s+)?(?:Chief\s+Constable|Chief\s+Fire\s+Officer|Chief\s+Executive|"
    r"Chief\s+Superintendent|Chief\s+Inspector|Superintendent|Station\s+Manager|Group\s+Manager|"
    r"Area\s+Manager|(?:Police,?\s+(?:Fire\s+)?and\s+Crime\s+)?Commissioner|Council\s+Leader)"
)
_NAME = r"[A-Z][a-z][A-Za-z'-]*(?:\s+[A-Z][a-z][A-Za-z'-]*){1,2}"
_PERSON_RANKED = re.compile(r"\b" + _RANKS + r"\s+(" + _NAME + r")(?='s\b|\s*[,.;:)!?]|\s+[a-z]|\s*$)")
# A body's own office written capitalised before its holder's full name, as a title is ("President
# Jo Bloggs, who …", "Chair Ann Lee opened …", "Deputy Leader Sam Cole said", "Lord Mayor Jo Bloggs",
# "Director General Ann Lee"): the genre names its presidents, chairs, leaders, mayors, provosts and
# directors so. A full name it must be (two or three capitalised words), none a body's head word
# ("Leader Board Meeting"); the name ends where lower case or punctuation follows.
_OFFICES = (
    r"(?:(?:Vice|Deputy)[- ])?(?:President|Chair(?:man|woman|person)?)|(?:Deputy\s+|Group\s+|Opposition\s+)?Leader|"
    r"(?:(?:Deputy|Lord)\s+)?(?:Mayor|Provost)|(?:Deputy\s+|Executive\s+|Managing\s+|Programme\s+)?Director"
)
# (what else follows an office's word in a heading or a roll: "Chair's Foreword", "Board Chair Reports",
# "Mayor Hazlehurst Councillors Barber …", "Chair Cllr Lee" — that title read as itself)
_NOT_AFTER_OFFICE = GENERIC_HEADS | {
    "Foreword",
    "Reports",
    "Minutes",
    "Agenda",
    "Introduction",
    "Message",
    "Welcome",
    "Councillors",
    "Councillor",
    "Cllr",
    "Members",
}
_PERSON_OFFICE = re.compile(
    r"\b(?:" + _OFFICES + r")(?:\s+(?:General|[Ee]lect|Designate))?\s+(" + _NAME + r")"
    r"(?='s\b|\s*[,.;:)!?]|\s+[a-z]|\s*$)"
)
# A minister named by the post before the name, the portfolio first or not ("Justice Minister Jo
# Bloggs has announced", "the Prime Minister Jo Bloggs visited", "First Minister Jo Bloggs said").
_PERSON_MINISTER = re.compile(r"\bMinister\s+(" + _NAME + r")(?='s\b|\s*[,.;:)!?]|\s+[a-z]|\s*$)")
# A name as the subject of an appointment or an election, opening its sentence or clause: "Jo
# Bloggs has been appointed as the Partnership's new Chair", "… that Jo Bloggs had been elected".
_PERSON_APPOINTED = re.compile(
    r"(?:^|(?<=[.!?]\s)|(?<=\bthat\s)|(?<=[\u201c\"]))(" + _NAME + r")\s+(?:(?:has|had)\s+been|was|is)\s+"
    r"(?:(?:newly|recently|formally)\s+)?(?:appointed|elected|re-elected|named|nominated|confirmed)\b"
)
# A name, then its post set off by a comma, in a list or after a deed's verb: "… and Jo Bloggs, the
# Westshire Police and Crime Commissioner, …", "thanked Sam Lee, Station Manager", "Ann Lee, Strategic
# Lead for Exploitation". The name opens a clause or follows a word that introduces a person.
_APPOSED_POST = (
    r"(?i:(?:deputy |assistant )?chief constable|chief executive|(?:deputy |assistant )?chief fire officer|"
    r"(?:police,? (?:fire )?and crime )?commissioner|(?:co-|vice[- ])?chair(?:man|woman|person)?|"
    r"(?:deputy )?leader|director|head of|(?:station|group|area|watch) manager|strategic lead|lead member|"
    r"cabinet member|portfolio holder|minister|secretary of state|mayor|president|spokesperson|"
    r"chief superintendent|superintendent|chief inspector|inspector|sergeant|(?:police )?constable|firefighter|"
    r"crew manager)"
)
_PERSON_APPOSED = re.compile(
    r"(?:^|(?<=[.!?;:(,]\s)|(?<=\band\s)|(?<=\bby\s)|(?<=\bto\s)|(?<=\bwith\s)|(?<=\bthanked\s)|"
    r"(?<=\bwelcomed\s)|(?<=\bfrom\s))(" + _NAME + r"),\s+(?:the\s+|our\s+|its\s+)?"
    r"(?:(?:[A-Z][\w'\u2019&-]*|and|&)\s+){0,6}" + _APPOSED_POST + r"\b"
)
# Capitalised words of a title or topic, never of a person's name ("Commissioner Annual Report").
_TOPIC_WORDS = {
    "Annual",
    "Report",
    "Plan",
    "Fund",
    "Funding",
    "Grant",
    "Grants",
    "Office",
    "Community",
    "Safety",
    "Crime",
    "Fire",
    "Rescue",
    "Police",
    "Policing",
    "Strategy",
    "Update",
    "Review",
    "Statement",
    "Budget",
    "Panel",
    "Services",
    "Service",
    "Victims",
    "Local",
    "National",
    "Officer",
    "Officers",
    "Member",
    "Members",
    # The words of a service's or a partnership's title ("Head of Safer and Sustainable Communities",
    # "Stronger Neighbourhoods"), never a person's name.
    "Communities",
    "Neighbourhoods",
    "Safer",
    "Stronger",
    "Partnerships",
}
_NOT_NAMES = {
    "Mayor",
    "Chancellor",
    "Chief",
    "Justice",
    "Lieutenant",
    "Advocate",
    "President",
    "Speaker",
    "Chairman",
    "Privy",
    "Bishop",
    "Commissioner",
    "Minister",
    "Secretary",
    "Chair",
    "Inspector",
    "Lords",
    "Lord",
}


# Words of places and nations that open a run of capitals ("as Northern Ireland said"), not a name.
_PLACE_WORDS = {
    "North",
    "South",
    "East",
    "West",
    "Northern",
    "Southern",
    "Eastern",
    "Western",
    "Greater",
    "Wales",
    "Scotland",
    "England",
    "Ireland",
    "Britain",
    "London",
    "Government",
    "Parliament",
    "Council",
}


# A titled name (the member or officer who brings an item to a meeting) as the subject of the
# minutes' verbs of presenting: "Councillor Jo Bloggs introduced the report", "Cllr Bloggs also drew
# the Panel's attention to …", "Mr Bloggs presented the update", "Dr Bloggs informed Members that …".
# Minutes tell so who spoke to the item; the work told after it (funding secured, a centre opened) is
# the service's, and the genre's keys put no presenter on it. Only that shape: "Cllr Bloggs opened
# the centre" or "Cllr Bloggs said …" is still read.
_PRESENTING = re.compile(
    r"(?:\s*,[^,]{3,80},|\s*\([^()]{3,120}\))?\s+(?:also\s+|then\s+|further\s+|briefly\s+)?(?:"
    r"drew\s+(?:(?:the\s+)?(?:[\w-]+(?:'s|s')\s+|members'\s+|their\s+)?)?attention\s+to|"
    r"(?:introduced|presented)\s+(?:the|this|her|his|their)\s+(?:[\w-]+\s+){0,3}?(?:report|item|paper|update)|"
    r"(?:informed|advised|reminded|updated)\s+(?:the\s+)?(?:Members|Committee|Panel|Board|Sub-Committee|Cabinet|"
    r"Scrutiny|Authority)\b)"
)

# The presenter's own deed told after: "He had spoken at several conferences", "She has since met the
# Minister" (the member tells work done in the body's name, and is its person); not what the presenter
# said or thought of the service's work ("She explained that …", "He considered that the team had …").
_PRESENTER_OWN_DEED = re.compile(
    r"\b(?:He|She)\s+(?:had|has)\s+(?:also\s+|since\s+|recently\s+|personally\s+){0,2}"
    r"(?!(?:explained|noted|said|reported|stated|considered|highlighted|outlined|emphasised|stressed|added|"
    r"confirmed|advised|informed|indicated|commented|felt|thought|acknowledged)\b)[a-z]+(?:ed|en|t|ne)\b"
)

# Councillors named together by one plural title ("Cllrs Smith and Jones", "Councillors Ann Lee, Bob
# Hart and Sam Cole looked into …"): each is a councillor, named as "Cllr Smith" alone would be. A
# list it must be ("and" before the last), so "Councillors Allowances" names nobody. A plural title
# is no name in a list: it opens a list of its own, and a list read from every title through the
# next ones would scan to the end of a long line from each ("Cllrs Aa, Cllrs Aa, …"), quadratic.
_NAME_WORD = r"(?:Mc|Mac|O')?[A-Z][a-z][A-Za-z'-]*"
_LISTED_WORD = r"(?!(?:Cllrs|Councillors)\b)" + _NAME_WORD
_LISTED = _LISTED_WORD + r"(?:\s+" + _LISTED_WORD + r")?"
_PLURAL_TITLE = re.compile(
    r"\b(?:Cllrs\.?|Councillors)\s+("
    + _LISTED
    + r"(?:\s*,\s*"
    + _LISTED
    + r")*,?\s+(?:and|&)\s+"
    + _LISTED
    + r")"
    r"(?=[^A-Za-z'-]|$)"
)
# A police rank written short before a holder's name, the surname alone or in full ("Supt Lee-Hart",
# "Ch Insp Sam Cole", "PCSO Ann Lee"): the genre's way of naming an officer who met or wrote.
_RANK_SHORT = re.compile(
    r"\b((?:Ch\.?\s+|Chief\s+|Det\.?\s+)?(?:Supt|Insp|Sgt)\.?|DCI|DCS|PCSO)\s+("
    + _LISTED
    + r")(?=[^A-Za-z'-]|$)|"
    # ("PC" is a parish council's or a commission's letters as often: "the PC Agenda", so a full name)
    r"\b(PC)\s+(" + _NAME_WORD + r"\s+" + _NAME_WORD + r")(?=[^A-Za-z'-]|$)"
)
# A post in lower case straight before a full name, then what the holder said ("Partnership manager
# Jo Bloggs said …", "project co-ordinator Sam Lee told members …"): the speaker, named by the post.
_PERSON_LOWER_SPEAKER = re.compile(
    r"\b(?:manager|co-?ordinator|officer|director|spokes(?:man|woman|person))\s+(" + _NAME + r")\s+"
    r"(?:said|says|added|told|explained|urged|warned)\b"
)
# A full name opening its sentence as the subject of a person's deed ("Ann Kerr held surgeries in
# every ward", "Ann Kerr has joined four other commissioners in …"): the person who did it. A first
# name and a surname only, the surname no word a voluntary body's name ends in ("Victim Support held
# a drop-in", "Age Concern hosted", "Street Pastors attended"), which a run of two capitals opening a
# sentence as often is.
_BODY_LAST_WORDS = (
    r"Support|Concern|Watch|Together|Matters|Pastors|Aid|Action|Works|Futures|Direct|Voice|Rights|Care|"
    r"Health|Surgery|Hub|Project|Housing|Homes|Line|Cymru|Scotland|Wales|England|Ireland|UK|Online|First"
)
_PERSON_SUBJECT = re.compile(
    r"(?:^|(?<=[.!?]\s))(?!(?:"
    + TITLE_PATTERN
    + r")\s)([A-Z][a-z][A-Za-z'-]*\s+(?!(?:"
    + _BODY_LAST_WORDS
    + r")\b)(?:Mc|Mac|O')?[A-Z][a-z][A-Za-z'-]+)"
    r"\s+(?:has\s+|had\s+|also\s+){0,2}"
    r"(?:held|hosted|met|visited|attended|chaired|joined|opened|wrote|signed|co-signed|addressed)\b"
)
# Another full name joined to a person's by "and", closing the clause ("… a letter to Jo Bloggs MP and
# Sam Lee."): the list goes on with a second person.
_AND_ANOTHER = re.compile(
    r"(?:\s+(?:MP|MS|AM|MSP|MLA|MEP|OBE|MBE|CBE))?\s*,?\s+and\s+(?:(?:" + TITLE_PATTERN + r")\s+)?"
    r"(?!(?:[A-Z][\w'-]*\s+){1,2}(?:" + _BODY_LAST_WORDS + r")\b)(" + _NAME + r")(?=\s*[.,;:)]|\s*$)"
)


def find_people(text: str, orgs: list[OrgMatch]) -> tuple[list[str], list[tuple[int, int]]]:
    """Named people: a title (Cllr, Lord, Baroness, Sir, Dame, Dr, Professor, Mr/Mrs/Ms) and a
    name, or a full name after 'commissioned', 'led by', 'speakers included' …"""
    text = norm_text(text)
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    _titled(text, out, spans)
    _listed_titled(text, out, spans)
    org_spans = [(o.start, o.end) for o in orgs]
    for m in [
        *_PERSON_VERB.finditer(text),
        *_PERSON_ROLE.finditer(text),
        *_PERSON_POSTNOMINAL.finditer(text),
        *_PERSON_DEED.finditer(text),
        *_PERSON_SPEAKER.finditer(text),
        *_PERSON_RANKED.finditer(text),
        *(m for m in _PERSON_OFFICE.finditer(text) if not set(m.group(1).split()) & _NOT_AFTER_OFFICE),
        *_PERSON_MINISTER.finditer(text),
        *_PERSON_APPOINTED.finditer(text),
        *_PERSON_APPOSED.finditer(text),
        *_PERSON_POST_BEFORE.finditer(text),
        *_PERSON_LOWER_SPEAKER.finditer(text),
        *_PERSON_SUBJECT.finditer(text),
    ]:
        group = 1 if m.group(1) else 2
        _keep_name(m.group(group), (m.start(group), m.end(group)), org_spans, out, spans)
    for _s, e in list(spans):
        more = _AND_ANOTHER.match(text, e)
        if more:
            _keep_name(more.group(1), (more.start(1), more.end(1)), org_spans, out, spans)
    seen: set[str] = set()
    uniq = []
    for n in out:
        if _named_again(n, out):
            continue
        if n.lower() not in seen:
            seen.add(n.lower())
            uniq.append(n)
    return uniq, spans


def _titled(text: str, out: list[str], spans: list[tuple[int, int]]) -> None:
    """A title and a name ("Cllr Jo Bloggs", "Supt Lee-Hart"), cut before a body's acronym, unless the
    titled person only presents the item to a meeting (`_PRESENTING`)."""
    for m in [*_PERSON_TITLE.finditer(text), *_RANK_SHORT.finditer(text)]:
        # (the short ranks' second branch, "PC" and a full name, holds groups 3 and 4)
        head, rest = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        words = rest.split()
        if not words or words[0] in _NOT_NAMES:
            continue
        cut = []
        for w in words:
            # (a run of capitals is a body's acronym; a single capital is a middle initial)
            if w in _NOT_NAMES or (w.isupper() and len(w.rstrip(".")) > 1):
                break
            cut.append(w)
        if not cut:
            continue
        # (a short rank before a topic's or a place's words is a heading's: "PC Grant Scheme")
        if m.re is _RANK_SHORT and any(w in _TOPIC_WORDS or w in _PLACE_WORDS for w in words):
            continue
        if any(s <= m.start() < e for s, e in spans):
            continue
        if _PRESENTING.match(text, m.end()) and not _PRESENTER_OWN_DEED.search(text):
            continue  # "Councillor Patel drew attention to …": the item's presenter, not the deed's
        title = canonical_title(re.sub(r"\s+", " ", head))
        name = re.sub(r"'s$", "", f"{title} {' '.join(cut)}")
        out.append(name)
        spans.append((m.start(), m.end()))


def _listed_titled(text: str, out: list[str], spans: list[tuple[int, int]]) -> None:
    """Councillors listed after one plural title ("Cllrs Smith and Jones"), each as "Cllr Smith"."""
    for m in _PLURAL_TITLE.finditer(text):
        for name in re.split(r"\s*,\s*(?:and\s+|&\s+)?|\s+(?:and|&)\s+", m.group(1)):
            words = name.split()
            if not words or any(w in _NOT_NAMES or w in _TOPIC_WORDS or w in _PLACE_WORDS for w in words):
                continue
            out.append(f"Cllr {name}")
            spans.append((m.start(1), m.end(1)))


def _keep_name(
    name: str,
    span: tuple[int, int],
    org_spans: list[tuple[int, int]],
    out: list[str],
    spans: list[tuple[int, int]],
) -> None:
    """A full name read by a pattern kept, unless it lies in a body's name, is made of a title's,
    a place's or a topic's words, or lies in a name already read."""
    name = re.sub(r"'s$", "", name)  # ("Mayor Jo Bloggs's office": the possessive is no part of the name)
    if any(s <= span[0] < e for s, e in org_spans) or name.split()[-1] in GENERIC_HEADS:
        return
    if any(w in _NOT_NAMES or w in NATIONS or w in _PLACE_WORDS or w in _TOPIC_WORDS for w in name.split()):
        return
    if name.split()[0].lower() in LEAD_STOP:  # "In Westshire, the Chief Executive …"
        return
    if any(s <= span[0] < e for s, e in spans):
        return
    out.append(name)
    spans.append(span)


_TITLES = frozenset(
    canonical_title(t) for t in ("Cllr", "Councillor", "Mr", "Mrs", "Ms", "Dr", "Professor", "Sir", "Dame")
)


def _named_again(name: str, names: list[str]) -> bool:
    """A title and a surname alone ("Mr Hogg", "Councillor Nagler") where the same paragraph names the
    person in full ("Ron Hogg, the Police and Crime Commissioner, … Mr Hogg said"): the same person,
    named once."""
    words = name.split()
    if len(words) != 2 or words[0] not in _TITLES:
        return False
    return any(
        o != name and len(o.split()) >= 2 and o.split()[-1] == words[1] and o.split()[-2] not in _TITLES
        for o in names
    )


def find_nations(text: str, orgs: list[OrgMatch]) -> list[str]:
    """England, Wales, Scotland, Northern Ireland named outside organisation names."""
    chars = list(norm_text(text))
    for o in orgs:
        chars[o.start : o.end] = " " * (o.end - o.start)
    t = "".join(chars)
    found = set()
    if re.search(r"\bNorthern Ireland\b", t):
        found.add("Northern Ireland")
        t = re.sub(r"\bNorthern Ireland\b", " ", t)
    if re.search(r"\bEngland\b|\bEnglish\b", t):
        found.add("England")
    if re.search(r"\bWales\b|\bWelsh\b", t):
        found.add("Wales")
    if re.search(r"\bScotland\b|\bScottish\b", t):
        found.add("Scotland")
    if re.search(r"\b(?:UK-wide|across the UK|all four nations|four nations)\b", t):
        found.update(NATIONS)
    return [n for n in NATIONS if n in found]


def _untitled(name: str) -> str:
    """A name without the titles before it ("Cllr Jane Smith" → "Jane Smith")."""
    words = name.split()
    while words and (words[0] in _TITLES or re.fullmatch(TITLE_PATTERN, words[0])):
        words = words[1:]
    return " ".join(words)


def page_people(names: list[str]) -> list[str]:
    """The people a page names in full (a first name and a surname, with a title before them or none),
    from every paragraph's names, one each: whom "Ms Smith" or "Smith said" in another paragraph may
    mean."""
    out: list[str] = []
    seen: set[str] = set()
    for n in names:
        bare = _untitled(n)
        if len(bare.split()) < 2 or bare.lower() in seen:
            continue
        seen.add(bare.lower())
        out.append(n)
    return out


# A surname alone as the subject of what a person says or does ("Smith said", "Smith added that").
_SURNAME_VERB = (
    r"(?:said|says|added|explained|told|stated|commented|noted|thanked|welcomed|praised|highlighted|"
    r"spoke|visited|met|opened|launched|attended|presented|introduced)\b"
)


def named_on_the_page(text: str, names: list[str], page: list[str]) -> list[str]:
    """A paragraph's people read against the page's (`page_people`), where exactly one person on the
    page has the surname: a title and a surname alone ("Ms Smith", "Cllr Smith") is the person the
    page names in full; the page's person named in full in the paragraph by a shape the paragraph's
    own patterns do not read ("Jane Smith held events …") is read; a surname alone as the subject of
    what a person says or does ("Smith said") is that person. A post alone ("the Chief Constable") is
    left as it is: the keys do not resolve an unnamed post to a name."""

    def holders(surname: str) -> list[str]:
        return [p for p in page if p.split()[-1] == surname]

    out: list[str] = []
    for n in names:
        words = n.split()
        if len(words) == 2 and words[0] in _TITLES:
            fits = holders(words[1])
            if len(fits) == 1:
                n = fits[0]
        if _untitled(n).lower() not in {_untitled(o).lower() for o in out}:
            out.append(n)
    text = norm_text(text)
    for p in page:
        s = p.split()[-1]
        if len(holders(s)) != 1 or any(o.split()[-1] == s for o in out):
            continue
        if re.search(r"(?<![\w'-])" + re.escape(_untitled(p)) + r"(?![\w-])", text):
            out.append(p)
            continue
        for m in re.finditer(r"\b" + re.escape(s) + r"\s+" + _SURNAME_VERB, text):
            before = text[: m.start()].split()
            # (after a capitalised word the surname is another name's: "Jo Smith said", "Mr Smith said")
            if before and before[-1][:1].isupper() and before[-1][-1:].isalpha():
                continue
            out.append(p)
            break
    return out
