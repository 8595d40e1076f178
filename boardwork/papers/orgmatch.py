"""The organisations the extractor recognises: the shipped gazetteer plus those recorded here.

Every paper of an import is extracted with this list, and a folder of papers asks for it once per
paper. Building it means reading every organisation (5,000 on a board that has imported for
years), so it is built once per process and reused until the organisations change. The change is
seen from a one-row aggregate (`signature`): how many there are, the newest id, the sum of their
edit versions (an edit through the app raises one) and of their match keys' lengths (an acronym
learned from a paper changes those without an edit version), and the greatest of their random
uids (so that rows rolled back and made again with the same ids are not taken for the old ones).
Any edit, in this process or another, changes the signature, so a stale list is never used.

The matcher itself (the compiled patterns) is built in the sandbox's worker from this list; see
`extract.organisations.Lexicon` for how its patterns are shared between papers there.
"""

from __future__ import annotations

import threading
from typing import Any

from django.db.models import CharField, Count, Max, Sum
from django.db.models.functions import Cast, Length

from boardwork.activities.models import Organisation

_lock = threading.Lock()
_cache: dict[str, Any] = {"signature": None, "gazetteer": None}


def signature() -> tuple[Any, ...]:
    """A value that changes whenever an organisation is added, removed or edited (one query)."""
    agg = Organisation.objects.aggregate(
        n=Count("pk"),
        top=Max("pk"),
        versions=Sum("version"),
        keys=Sum(Length("match_keys")),
        uid=Max(Cast("uid", output_field=CharField())),  # PostgreSQL has no MAX over uuid
    )
    return (agg["n"], agg["top"], agg["versions"], agg["keys"], str(agg["uid"]))


_FIELDS = ("name", "acronym", "aliases", "kind")


def _entry(o: Organisation) -> dict[str, Any]:
    return {
        "name": o.name,
        "acronyms": [o.acronym] if o.acronym else [],
        "aliases": list(o.aliases or []),
        "kind": o.kind,
    }


def gazetteer() -> list[dict[str, Any]] | None:
    """The shipped organisations plus those recorded here (learned from earlier papers or entered
    by officers), so a body named once by its full name is recognised by its acronym next time.
    None when nothing is recorded: the extractor then uses its own cached default."""
    sig = signature()
    with _lock:
        old_sig = _cache["signature"]
        old: list[dict[str, Any]] | None = _cache["gazetteer"]
    if old_sig == sig:
        return old
    from . import extract as extract_module

    added = recorded_since(old_sig) if old_sig is not None and old is not None else None
    if added is not None and old is not None:
        # Only additions (an import recording a paper's new bodies): append them, in id order.
        built: list[dict[str, Any]] | None = old + [_entry(o) for o in sorted(added, key=lambda o: o.pk)]
    else:
        learned = [_entry(o) for o in Organisation.objects.only(*_FIELDS).order_by("pk")]
        built = extract_module.load_gazetteer() + learned if learned else None
    with _lock:
        _cache["signature"], _cache["gazetteer"] = sig, built
    return built


def recorded_since(sig: tuple[Any, ...] | None) -> list[Organisation] | None:
    """Organisations added since `signature()` returned `sig`, or None when others were edited or
    removed as well (then only a full comparison would tell what changed)."""
    now = signature()
    if now == sig:
        return []
    if sig is None:
        return None
    n, top = sig[0], sig[1] or 0
    added = list(Organisation.objects.filter(pk__gt=top).only(*_FIELDS))
    if now[0] != n + len(added):
        return None
    before = Organisation.objects.filter(pk__lte=top).aggregate(
        versions=Sum("version"), keys=Sum(Length("match_keys"))
    )
    if (before["versions"], before["keys"]) != (sig[2], sig[3]):
        return None
    return added
