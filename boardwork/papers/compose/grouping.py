"""Which log entries are one event (near-duplicates), which events belong in one paragraph, how
significant each is, and under which theme each activity is told. Pure Python over the facts."""

from __future__ import annotations

import datetime as dt
import re

from .facts import ActivityFact

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
