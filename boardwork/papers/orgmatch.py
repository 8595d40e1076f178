"""The organisations the extractor recognises beyond the shipped gazetteer: those recorded here.

Every paper of an import is extracted with them, and a folder of papers asks for them once per
paper. Reading every organisation (5,000 on a board that has imported for years) and handing the
list to the sandbox's worker made a paper cost more the more there were, so they are written once
into an `extract.orgindex` file, which the worker looks the paper's words up in, and the file is
kept until the organisations change: appended to when organisations were only added (as an import
records a paper's new bodies), written afresh otherwise. The change is seen from a one-row
aggregate (`signature`): how many there are, the newest id, the sum of their edit versions (an
edit through the app raises one) and of their match keys' lengths (an acronym learned from a paper
changes those without an edit version), and the greatest of their random uids (so that rows rolled
back and made again with the same ids are not taken for the old ones). Any edit, in this process
or another, changes the signature, so a stale list is never used.
"""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
import threading
import time
from typing import Any

from django.db.models import CharField, Count, Max, Sum
from django.db.models.functions import Cast, Length

from boardwork.activities.models import Organisation

from .extract import orgindex

_lock = threading.Lock()


class _Kept:
    """A value made from the organisations, kept in this process until they change: added to when
    organisations were only added since (`recorded_since`), made afresh otherwise. A forked server
    worker starts afresh: it does not take over its parent's value (or the files behind it)."""

    def __init__(self) -> None:
        self.signature: tuple[Any, ...] | None = None
        self.pid: int | None = None
        self.value: Any = None

    def get(self, make: Any, add: Any) -> Any:
        """The value: `make(old)` (old: the last value of this process, or None) or `add(old,
        added)` (None from it: made afresh after all)."""
        sig = signature()
        with _lock:  # one maker at a time in this process (it may write a file)
            mine = self.pid == os.getpid()
            if mine and self.signature == sig:
                return self.value
            old = self.value if mine else None
            added = recorded_since(self.signature) if old is not None else None
            value = add(old, added) if added is not None else None
            if value is None:
                value = make(old)
            self.signature, self.value, self.pid = sig, value, os.getpid()
            return value


_recorded = _Kept()
_keys = _Kept()
# The index files of this process: its folder, and files replaced but not yet removed.
_files: dict[str, Any] = {"dir": None, "dir_pid": None, "old": []}
# A file written afresh replaces the last one; the old one stays this long for the extractions
# that were given it and have not read it yet (longer than any read's time limit).
KEEP_REPLACED_SECONDS = 3600


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


_FIELDS = ("name", "acronym", "aliases", "kind", "match_keys")


def _entry(o: Organisation) -> dict[str, Any]:
    return {
        "name": o.name,
        "acronyms": [o.acronym] if o.acronym else [],
        "aliases": list(o.aliases or []),
        "kind": o.kind,
    }


def recorded() -> dict[str, Any] | None:
    """The organisations recorded here (learned from earlier papers or entered by officers), so a
    body named once by its full name is recognised by its acronym next time: the extractor's
    `recorded` argument ({"path": …, "upto": …}), or None when none are recorded."""
    found: dict[str, Any] | None = _recorded.get(_write_afresh, _appended)
    return found


def _appended(old: dict[str, Any], added: list[Organisation]) -> dict[str, Any]:
    """Only additions (an import recording a paper's new bodies): appended to the file, in id order."""
    upto = orgindex.append(old["path"], [_entry(o) for o in sorted(added, key=lambda o: o.pk)])
    return {"path": old["path"], "upto": upto}


def _write_afresh(old: dict[str, Any] | None) -> dict[str, Any] | None:
    learned = [_entry(o) for o in Organisation.objects.only(*_FIELDS).order_by("pk")]
    if old is not None:
        _files["old"].append((old["path"], time.monotonic()))
    # A replaced file stays a while for the extractions given it that have not opened it yet.
    now = time.monotonic()
    for path, since in list(_files["old"]):
        if now - since > KEEP_REPLACED_SECONDS:
            _remove(path)
            _files["old"].remove((path, since))
    if not learned:
        return None
    if _files["dir_pid"] != os.getpid():
        # This process's own folder, named by its pid and removed when it exits. A process killed
        # outright (a server worker past its timeout, out of memory) cannot remove its own: the next
        # process to make one removes those whose process is gone.
        _remove_orphans(tempfile.gettempdir())
        pid = os.getpid()
        _files["dir"], _files["dir_pid"] = tempfile.mkdtemp(prefix=f"{_DIR_PREFIX}{pid}-"), pid
        _files["old"] = []
        atexit.register(shutil.rmtree, _files["dir"], True)
    path = os.path.join(_files["dir"], f"organisations-{time.time_ns()}.sqlite3")
    return {"path": path, "upto": orgindex.append(path, learned)}


_DIR_PREFIX = "boardwork-orgs-"


def _remove_orphans(tmp: str) -> None:
    """Remove the organisations folders (`boardwork-orgs-<pid>-…`) of processes that have exited."""
    try:
        names = os.listdir(tmp)
    except OSError:
        return
    for name in names:
        pid = name.removeprefix(_DIR_PREFIX).split("-", 1)[0]
        if name.startswith(_DIR_PREFIX) and pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(os.path.join(tmp, name), ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # no signal sent: whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process: alive, and not ours to clear
        pass
    return True


def _remove(path: str) -> None:
    for suffix in ("", "-wal", "-shm"):
        try:
            os.remove(path + suffix)
        except OSError:
            pass


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
        versions=Sum("version"),
        keys=Sum(Length("match_keys")),
        uid=Max(Cast("uid", output_field=CharField())),
    )
    # (The uids: rows rolled back and made again under the same ids are not the ones seen.)
    if (before["versions"], before["keys"], str(before["uid"])) != (sig[2], sig[3], sig[4]):
        return None
    return added


def organisation_keys() -> tuple[dict[str, int], dict[str, int]]:
    """The ids of the organisations recorded here by acronym as written and by match key, the
    first by name where several share one (as `Organisation.find`): an import looks up the dozens
    of bodies a paper names here, instead of reading every organisation for each paper. Kept until
    the organisations change (added to when they were only added and none shares a key with
    another); treat the maps as read-only."""
    keys: tuple[dict[str, int], dict[str, int]] = _keys.get(
        lambda old: _keys_of(
            Organisation.objects.order_by("name").values_list("pk", "acronym", "match_keys")
        ),
        _keys_added,
    )
    return keys


def _keys_of(rows: Any) -> tuple[dict[str, int], dict[str, int]]:
    by_acronym: dict[str, int] = {}
    by_key: dict[str, int] = {}
    for pk, acronym, match_keys in rows:
        if acronym:
            by_acronym.setdefault(acronym, pk)
        for k in match_keys.strip("|").split("|"):
            if k:
                by_key.setdefault(k, pk)
    return by_acronym, by_key


def _keys_added(
    old: tuple[dict[str, int], dict[str, int]], added: list[Organisation]
) -> tuple[dict[str, int], dict[str, int]] | None:
    """`old` with the organisations `added`, or None when one of them shares an acronym or a key
    with another (which of them comes first by name is the database's collation to say)."""
    new = _keys_of((o.pk, o.acronym, o.match_keys) for o in added)
    keys = sum(len([k for k in o.match_keys.strip("|").split("|") if k]) for o in added)
    if len(new[0]) != len([o for o in added if o.acronym]) or len(new[1]) != keys:
        return None  # two of those added share one
    if any(a in old[0] for a in new[0]) or any(k in old[1] for k in new[1]):
        return None  # one of them shares one with an organisation recorded before
    return {**old[0], **new[0]}, {**old[1], **new[1]}
