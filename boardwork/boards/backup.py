"""Backups that are restores: `boardwork backup` and `boardwork restore`.

An archive is one zip file: `manifest.json` (format `boardwork.archive/1`) holding every record as
Django's serialisation with natural keys (records refer to each other by uid, accounts by username,
never by database id), plus each stored paper file under `files/<its stored name>`, listed in the
manifest with its size and sha256.

Two scopes:

* **installation** — everything: user accounts (with their password hashes), API tokens (their
  hashes), the person↔account links, memberships (the roles), every board's records (drafts with
  their versions, sign-off steps and the board's sign-off chain among them), the whole history and
  every paper file. Restored only into an empty installation, or with `replace=True`,
  which empties it inside the same transaction first. After a restore everybody signs in as before
  and every token works.
* **board** — one board's records (as `boardwork export`), their history and their paper files.
  Restoring it restores *that* board only. Shared records — organisations, policies, people and any
  other board (its parent, say) — are matched by uid and **created if missing, never overwritten**:
  a board backup cannot undo later edits to an organisation another board also uses, and it cannot
  rename, move records into or add records to another board that already exists (refused). Accounts
  are not in a board archive; its history keeps the username where that account exists here.

Either way a restore is validated like any other input before anything is written — sizes, file
names, checksums, every value against its field (lengths, NUL characters, integers PostgreSQL can
hold, text that is not UTF-8) — and refused with one line naming the record; it is all or nothing
in one transaction, and it is itself recorded in the history ("restored" on each board restored).
The search index is not archived: a restore rebuilds it from the restored records.

`boardwork export` / `boardwork load` (the per-board JSON) are the board scope's records without
history or files, written and read by the same code (`board_records`, `load_records`).
"""

from __future__ import annotations

import datetime
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import serializers
from django.core.exceptions import ValidationError
from django.core.files.storage import default_storage
from django.core.serializers.base import DeserializationError
from django.core.serializers.json import DjangoJSONEncoder
from django.db import DatabaseError, models, transaction
from django.db.backends.base.operations import BaseDatabaseOperations
from django.db.models import Q

from .models import ApiToken, Board, Change
from .signals import records_changed

ARCHIVE_FORMAT = "boardwork.archive/1"
BACKUP_FORMAT = "boardwork.backup/1"  # the per-board JSON of `export` / `load`
MANIFEST = "manifest.json"
FILES = "files/"
MAX_MANIFEST_BYTES = 512 * 1024 * 1024
MAX_ENTRIES = 100_000

# Dependency order: a record comes after what it points to.
BOARD_MODELS = [
    "boards.board",
    "boards.person",
    "boards.membership",
    "boards.cycle",
    "boards.meeting",
    "papers.signoffchain",
    "papers.paper",
    "papers.paperversion",
    "papers.approval",
    "boards.agendaitem",
    "boards.action",
    "plans.theme",
    "plans.commitment",
    "plans.progressupdate",
    "plans.feedback",
    "activities.organisation",
    "activities.policy",
    "activities.activity",
    "activities.activityorganisation",
    "activities.appointment",
]
# Matched by uid and only created if missing when a board is restored.
SHARED = {"boards.board", "boards.person", "activities.organisation", "activities.policy"}

# Archives name the stored paper by its model's former label, so that archives written before the
# model became StoredPaper restore as they did, and archives written now restore anywhere: Django's
# label → the archive's, for records ("model") and for history's content types.
ARCHIVE_LABELS = {"papers.storedpaper": "papers.paper"}
DJANGO_LABELS = {v: k for k, v in ARCHIVE_LABELS.items()}


def _relabel(records: list[Any], labels: dict[str, str]) -> list[Any]:
    """`records` with their model labels (and history's content types) mapped through `labels`.
    Anything that is not a record is passed on as it is, for validation to name."""
    out: list[Any] = []
    for r in records:
        if not isinstance(r, dict):
            out.append(r)
            continue
        model = r.get("model")
        r = dict(r, model=labels.get(model, model) if isinstance(model, str) else model)
        fields = r.get("fields")
        if isinstance(fields, dict):
            ct = fields.get("content_type")
            if isinstance(ct, list) and len(ct) == 2 and ".".join(map(str, ct)) in labels:
                r["fields"] = dict(fields, content_type=labels[".".join(map(str, ct))].split("."))
        out.append(r)
    return out


INSTALLATION_MODELS = ["auth.user", *BOARD_MODELS, "boards.apitoken", "boards.change"]


class BackupError(ValueError):
    """A backup that cannot be restored; the message is one line naming the record or file."""


# ---------------------------------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------------------------------


def board_querysets(board: Board) -> dict[str, Any]:
    """Every record about `board`, model by model, in BOARD_MODELS order."""
    from boardwork.activities.models import Activity, ActivityOrganisation, Appointment, Organisation, Policy
    from boardwork.boards.models import Action, AgendaItem, Cycle, Meeting, Membership, Person
    from boardwork.papers.models import Approval, PaperVersion, SignoffChain, StoredPaper
    from boardwork.plans.models import Commitment, Feedback, ProgressUpdate, Theme

    ancestors: list[int] = []
    node: Board | None = board
    while node is not None:
        ancestors.append(node.pk)
        node = node.parent
    activities = Activity.all_objects.filter(board=board)  # withdrawn ones too: a backup keeps all
    commitments = Commitment.objects.filter(theme__cycle__board=board)
    person_ids = (
        set(Membership.objects.filter(board=board).values_list("person", flat=True))
        | set(activities.values_list("people", flat=True))
        | set(commitments.values_list("owner", flat=True))
        | set(Feedback.objects.filter(cycle__board=board).values_list("person", flat=True))
        | set(commitments.values_list("lead_officer", flat=True))
        | set(Meeting.objects.filter(board=board).values_list("attendees", flat=True))
        | set(Meeting.objects.filter(board=board).values_list("apologies", flat=True))
        | set(Appointment.objects.filter(board=board).values_list("person", flat=True))
    )
    return {
        "boards.board": Board.objects.filter(pk__in=ancestors),
        "boards.person": Person.objects.filter(pk__in=person_ids - {None}),
        "boards.membership": Membership.objects.filter(board=board),
        "boards.cycle": Cycle.objects.filter(board=board),
        "boards.meeting": Meeting.objects.filter(board=board),
        "papers.signoffchain": SignoffChain.objects.filter(board=board),
        "papers.paper": StoredPaper.objects.filter(board=board),
        "papers.paperversion": PaperVersion.objects.filter(paper__board=board),
        "papers.approval": Approval.objects.filter(paper__board=board),
        "boards.agendaitem": AgendaItem.objects.filter(meeting__board=board),
        "boards.action": Action.objects.filter(meeting__board=board),
        "plans.theme": Theme.objects.filter(cycle__board=board),
        "plans.commitment": commitments,
        "plans.progressupdate": ProgressUpdate.objects.filter(commitment__theme__cycle__board=board),
        "plans.feedback": Feedback.objects.filter(cycle__board=board),
        "activities.organisation": Organisation.objects.filter(
            Q(activities__board=board) | Q(appointments__board=board)
        ).distinct(),
        "activities.policy": Policy.objects.filter(activities__board=board).distinct(),
        "activities.activity": activities,
        "activities.activityorganisation": ActivityOrganisation.objects.filter(activity__board=board),
        "activities.appointment": Appointment.objects.filter(board=board),
    }


def installation_querysets() -> dict[str, Any]:
    # The base manager: every row, withdrawn activities included.
    return {
        label: apps.get_model(DJANGO_LABELS.get(label, label))._base_manager.all()
        for label in INSTALLATION_MODELS
    }


def _fields(model, with_accounts: bool) -> list[str]:
    """The fields written for `model`: all, but links to accounts only in an installation backup."""
    user_model = get_user_model()
    names = []
    for f in model._meta.get_fields():
        if f.auto_created or not getattr(f, "concrete", False) and not f.many_to_many:
            continue
        if f.is_relation and f.related_model is user_model and not with_accounts:
            continue
        if f.many_to_many and not f.remote_field.through._meta.auto_created:
            continue  # the through model is written on its own
        names.append(f.name)
    return names


class _ExactJSONEncoder(DjangoJSONEncoder):
    """Django's encoder cuts date-times to milliseconds (ECMA-262 style); a backup keeps every
    microsecond. Otherwise a time restored is not the time backed up: 12:00:00.000500 comes back
    as 12:00:00, history entries made within one millisecond lose their order, and the restore
    drill's canonical dump (sorted by each record's text) differs at random."""

    def default(self, o):
        if isinstance(o, datetime.datetime):
            r = o.isoformat()
            return r[:-6] + "Z" if r.endswith("+00:00") else r
        return super().default(o)


def _serialise(qs, with_accounts: bool, sort: bool) -> list[dict]:
    model = qs.model
    text = serializers.serialize(
        "json",
        qs.order_by("pk"),
        fields=_fields(model, with_accounts),
        use_natural_foreign_keys=True,
        use_natural_primary_keys=True,
        cls=_ExactJSONEncoder,
    )
    records = _relabel(json.loads(text), ARCHIVE_LABELS)
    for r in records:
        r.pop("pk", None)  # database ids never leave: uids, usernames and natural keys only
        if sort:
            for name, value in r["fields"].items():
                if isinstance(value, list) and value and isinstance(value[0], list):
                    r["fields"][name] = sorted(value)  # many-to-many: order is not meaningful
    if sort:
        records.sort(key=lambda r: json.dumps(r["fields"], sort_keys=True))
    return records


def _record_key(obj: models.Model) -> str:
    """How a record is known across installations: its uid, or (drafts' versions, sign-off steps
    and chains) its natural key, e.g. "<paper uid>|3"."""
    uid = getattr(obj, "uid", None)
    if uid is not None:
        return str(uid)
    if hasattr(obj, "natural_key"):
        return "|".join(str(part) for part in obj.natural_key())
    return ""  # history entries: matched by what they are about (_existing_change)


def board_records(board: Board, *, history: bool = False, sort: bool = False) -> list[dict]:
    """The records about `board` (and with `history`, their history), dependency-ordered."""
    records: list[dict] = []
    uids: set[str] = set()
    for qs in board_querysets(board).values():
        part = _serialise(qs, with_accounts=False, sort=sort)
        uids.update(r["fields"]["uid"] for r in part if "uid" in r["fields"])
        records.extend(part)
    if history:
        changes = _serialise(Change.objects.filter(object_uid__in=uids), with_accounts=True, sort=sort)
        records.extend(changes)
    return records


def installation_records(*, sort: bool = True) -> list[dict]:
    records: list[dict] = []
    for qs in installation_querysets().values():
        records.extend(_serialise(qs, with_accounts=True, sort=sort))
    return records


def canonical_dump() -> str:
    """Everything the installation holds, as stable text: equal before a backup and after its
    restore (the restore drill compares these)."""
    return json.dumps(installation_records(sort=True), indent=1, sort_keys=True, ensure_ascii=False)


def _paper_files(records: list[dict]) -> list[str]:
    return sorted(
        {r["fields"]["file"] for r in records if r["model"] == "papers.paper" and r["fields"]["file"]}
    )


def write_archive(out, *, board: Board | None = None) -> dict[str, Any]:
    """Write an archive of `board` (or, with None, the whole installation) to the binary stream
    `out`; returns the manifest without its records (format, scope, counts, files)."""
    # Records in database-id order, not sorted: restored in that order they get ids in the same
    # order, and the app orders some lists (an activity's organisations, history at the same
    # instant) by id.
    if board is None:
        records, scope = installation_records(sort=False), "installation"
    else:
        records, scope = board_records(board, history=True), "board"
    storage = default_storage
    files = []
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in _paper_files(records):
            try:
                with storage.open(name, "rb") as fh:
                    data = fh.read()
            except (FileNotFoundError, OSError):
                continue  # a paper whose file is gone: its record is kept, the archive says no file
            files.append({"name": name, "size": len(data), "sha256": hashlib.sha256(data).hexdigest()})
            zf.writestr(FILES + name, data)
        manifest = {
            "format": ARCHIVE_FORMAT,
            "scope": scope,
            "board": board.slug if board else None,
            "files": files,
            "records": records,
        }
        zf.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, sort_keys=True))
    counts: dict[str, int] = {}
    for r in records:
        counts[r["model"]] = counts.get(r["model"], 0) + 1
    return {k: v for k, v in manifest.items() if k != "records"} | {"counts": counts}


# ---------------------------------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------------------------------

_SAFE_NAME = re.compile(r"^papers/[^\x00\\]+$")
_INT_RANGES = BaseDatabaseOperations.integer_field_ranges  # PostgreSQL's, applied on every database


def _where(i: int, rec: Any) -> str:
    label = rec.get("model") if isinstance(rec, dict) else None
    fields = rec.get("fields") if isinstance(rec, dict) else None
    key = None
    if isinstance(fields, dict):
        key = fields.get("uid") or fields.get("username") or fields.get("object_uid")
    return f"record {i} ({label}{' ' + str(key) if key else ''})"


def _bad_text(value: Any, path: str) -> str | None:
    """Why a JSON value cannot be stored on PostgreSQL (NUL, not UTF-8), or None."""
    if isinstance(value, str):
        if "\x00" in value:
            return f"{path} contains a NUL character"
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return f"{path} is not valid text (UTF-8)"
    elif isinstance(value, dict):
        for k, v in value.items():
            why = _bad_text(k, path) or _bad_text(v, f"{path}.{k}")
            if why:
                return why
    elif isinstance(value, list):
        for n, v in enumerate(value):
            why = _bad_text(v, f"{path}[{n}]")
            if why:
                return why
    return None


def _check_shape(records: Any, allowed: Iterable[str]) -> list[dict[str, Any]]:
    """`records`, once each is a record of an allowed model with a dict of fields."""
    if not isinstance(records, list):
        raise BackupError("the backup has no list of records")
    allowed = set(allowed)
    for i, rec in enumerate(records, start=1):
        if not isinstance(rec, dict) or rec.get("model") not in allowed:
            raise BackupError(
                f"record {i}: unknown or missing model {rec.get('model') if isinstance(rec, dict) else rec!r}"
            )
        if not isinstance(rec.get("fields"), dict):
            raise BackupError(f"{_where(i, rec)}: no fields")
        why = _bad_text(rec["fields"], "field")
        if why:
            raise BackupError(f"{_where(i, rec)}: {why}")
    return records


def _check_values(i: int, rec: dict, obj: models.Model) -> None:
    """Every value against its field, as PostgreSQL would hold it (lengths, integer ranges,
    choices), before anything is saved."""
    relations = [f.name for f in obj._meta.get_fields() if f.is_relation]
    try:
        obj.clean_fields(exclude=relations)
    except ValidationError as e:
        field, messages = next(iter(e.message_dict.items()))
        raise BackupError(f"{_where(i, rec)}: {field}: {' '.join(messages)}") from None
    for f in obj._meta.concrete_fields:
        if isinstance(f, models.IntegerField) and not f.is_relation:
            value = getattr(obj, f.attname)
            low, high = _INT_RANGES.get(f.get_internal_type(), (None, None))
            if value is not None and low is not None and not low <= value <= high:
                raise BackupError(f"{_where(i, rec)}: {f.name}: {value} is out of range")


# ---------------------------------------------------------------------------------------------------
# Loading
# ---------------------------------------------------------------------------------------------------


def _owned_uids(board: Board | None) -> dict[str, set]:
    if board is None or board.pk is None:
        return {}
    owned = {}
    for label, qs in board_querysets(board).items():
        if label in SHARED:
            continue
        if any(f.name == "uid" for f in qs.model._meta.concrete_fields):
            owned[label] = {str(u) for u in qs.values_list("uid", flat=True)}
        else:
            owned[label] = {_record_key(obj) for obj in qs.select_related(*_key_relations(qs.model))}
    return owned


def _key_relations(model) -> list[str]:
    return [f.name for f in model._meta.concrete_fields if f.is_relation and f.name in ("paper", "board")]


def _existing_change(obj: Change) -> bool:
    return Change.objects.filter(
        content_type=obj.content_type_id, object_uid=obj.object_uid, at=obj.at, action=obj.action
    ).exists()


def load_records(
    records: list[dict],
    *,
    scope: str,
    board_slug: str | None = None,
    action: str = "loaded",
    history_note: dict | None = None,
) -> dict[str, int]:
    """Validate and load `records` (the caller holds the transaction). Scope "installation" loads
    everything as is; scope "board" restores the board `board_slug` and creates shared records only
    if missing (see the module docstring). Returns the number of records saved per model, plus
    'kept' (shared records left as they were). Raises BackupError naming the record."""
    allowed = INSTALLATION_MODELS if scope == "installation" else [*BOARD_MODELS, "boards.change"]
    _check_shape(records, allowed)
    user_model = get_user_model()
    declared: list[Board] = []
    if scope == "board":
        # "board" names the board restored; the demo file names two ("sscb fsmc").
        declared = [_check_declared_board(records, slug) for slug in str(board_slug or "").split()]
        if not declared:
            raise BackupError("the backup does not say which board it is")
        # Accounts are not part of a board archive: history keeps the username only where it exists.
        known = set(user_model.objects.values_list(user_model.USERNAME_FIELD, flat=True))
        for rec in records:
            user = rec["fields"].get("user")
            if rec["model"] == "boards.change" and isinstance(user, list) and user and user[0] not in known:
                rec["fields"]["user"] = None
    owned: dict[str, set] = {}
    for b in declared:
        for label, uids in _owned_uids(b).items():
            owned.setdefault(label, set()).update(uids)
    declared_uids = {str(b.uid) for b in declared}
    counts: dict[str, int] = {}
    saved: dict[str, set[str]] = {}
    created_boards: list[int] = []
    deferred = []
    try:
        objects = serializers.deserialize(
            "json",
            json.dumps(_relabel(records, DJANGO_LABELS)),
            handle_forward_references=True,
            ignorenonexistent=False,
        )
        for i, (rec, obj) in enumerate(zip(records, objects, strict=True), start=1):
            label = ARCHIVE_LABELS.get(obj.object._meta.label_lower, obj.object._meta.label_lower)
            if label != rec["model"]:
                raise BackupError(f"{_where(i, rec)}: could not be read")
            _check_values(i, rec, obj.object)
            exists = obj.object.pk is not None
            if scope == "board":
                uid = _record_key(obj.object)
                is_declared = label == "boards.board" and uid in declared_uids
                if label in SHARED and exists and not is_declared:
                    counts["kept"] = counts.get("kept", 0) + 1
                    continue
                if isinstance(obj.object, Change) and _existing_change(obj.object):
                    continue
                if (
                    label not in SHARED
                    and label != "boards.change"
                    and exists
                    and uid not in owned.get(label, ())
                ):
                    # Another board's record (the demo file's second board, or a crafted file):
                    # kept as it is here, like a shared record.
                    counts["kept"] = counts.get("kept", 0) + 1
                    continue
            try:
                with transaction.atomic():  # so PostgreSQL can report the record, not abort the rest
                    obj.save()
            except (DatabaseError, ValueError) as e:
                raise BackupError(f"{_where(i, rec)}: {str(e).splitlines()[0] if str(e) else e!r}") from None
            if label == "boards.board" and not exists:
                created_boards.append(obj.object.pk)
            if _record_key(obj.object):
                saved.setdefault(label, set()).add(_record_key(obj.object))
            if obj.deferred_fields:
                deferred.append((i, rec, obj))
            counts[label] = counts.get(label, 0) + 1
        for i, rec, obj in deferred:
            try:
                obj.save_deferred_fields()
            except (DatabaseError, ValueError, DeserializationError) as e:
                raise BackupError(f"{_where(i, rec)}: {e}") from None
    except DeserializationError as e:
        raise BackupError(f"a record could not be read: {str(e).splitlines()[0]}") from None
    if counts.get("boards.change"):
        # History from a backup written before entries carried their board: found from the records.
        from django.contrib.contenttypes.models import ContentType

        from .models import fill_change_boards

        fill_change_boards(Change, apps.get_model, ContentType)
    # What is derived from the records (page cache, search index) catches up with what was loaded.
    for label in counts:
        if label != "kept":
            records_changed.send(sender=apps.get_model(DJANGO_LABELS.get(label, label)))
    if scope == "board":
        restored = list(Board.objects.filter(uid__in=declared_uids).values_list("pk", flat=True))
        _check_stays_on_board([*restored, *created_boards], saved)
        for b in Board.objects.filter(pk__in=[*restored, *created_boards]):
            Change.record(b, action=action, changes=history_note or {"records": [None, sum(counts.values())]})
    return counts


def _check_declared_board(records: list[dict], slug: str) -> Board:
    """The board a board backup restores: its record must be in the file, and restoring it must not
    rename another board or take over a board of the same name made here independently."""
    mine = [r for r in records if r["model"] == "boards.board" and r["fields"].get("slug") == slug]
    if len(mine) != 1:
        raise BackupError(f"the backup does not hold the board {slug!r} exactly once")
    uid = mine[0]["fields"].get("uid")
    by_uid = Board.objects.filter(uid=uid).first() if _is_uuid(uid) else None
    if uid is None or not _is_uuid(uid):
        raise BackupError(f"the board {slug!r} has no valid uid")
    by_slug = Board.objects.filter(slug=slug).first()
    if by_uid is not None and by_uid.slug != slug:
        raise BackupError(
            f"the backup's board {slug!r} is the board {by_uid.slug!r} here: it would be renamed"
        )
    if by_slug is not None and str(by_slug.uid) != str(uid):
        raise BackupError(f"a different board called {slug!r} exists here; not overwritten")
    return by_uid or Board(uid=uid, slug=slug)


def _is_uuid(value: Any) -> bool:
    import uuid

    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def _check_stays_on_board(boards: list[int], saved: dict[str, set[str]]) -> None:
    """Every board record saved belongs, after the load, to a restored board or to a board this
    load created: nothing was added to or moved into a board that was already here."""
    allowed: dict[str, set[str]] = {}
    for b in Board.objects.filter(pk__in=boards):
        for label, uids in _owned_uids(b).items():
            allowed.setdefault(label, set()).update(uids)
    for label, uids in saved.items():
        if label in SHARED:
            continue
        stray = uids - allowed.get(label, set())
        if stray:
            raise BackupError(f"a {label} record ({sorted(stray)[0]}) would be stored on another board")


def load_backup(data: dict[str, Any]) -> dict[str, int]:
    """Load the per-board JSON written by `boardwork export`. All or nothing."""
    if not isinstance(data, dict) or data.get("format") != BACKUP_FORMAT:
        raise BackupError(f"not a Boardwork backup (expected format {BACKUP_FORMAT})")
    records = data.get("records")
    if not isinstance(records, list):
        raise BackupError("the backup has no list of records")
    _check_shape(records, BOARD_MODELS)
    with transaction.atomic():
        return load_records(records, scope="board", board_slug=data.get("board"))


def export_board(board: Board) -> dict[str, Any]:
    """The per-board JSON (`boardwork export`): the board scope's records, no history or files."""
    return {"format": BACKUP_FORMAT, "board": board.slug, "records": board_records(board)}


# ---------------------------------------------------------------------------------------------------
# Restoring an archive
# ---------------------------------------------------------------------------------------------------


def _max_file_bytes() -> int:
    return int(getattr(settings, "MAX_UPLOAD_MB", 50)) * 1024 * 1024


def read_archive(source) -> tuple[dict[str, Any], dict[str, bytes]]:
    """Open and check an archive (path or binary stream): the manifest and the files' bytes, each
    checked against its size and sha256. Raises BackupError with one line."""
    try:
        zf = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError, ValueError) as e:
        raise BackupError(f"not a Boardwork archive (a zip file): {e}") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise BackupError(f"the archive has {len(infos)} entries (at most {MAX_ENTRIES})")
        entries = {i.filename: i for i in infos}
        if MANIFEST not in entries:
            raise BackupError(f"the archive has no {MANIFEST}")
        if entries[MANIFEST].file_size > MAX_MANIFEST_BYTES:
            raise BackupError(f"{MANIFEST} is too big ({entries[MANIFEST].file_size} bytes)")
        try:
            manifest = json.loads(_read_entry(zf, entries[MANIFEST], MAX_MANIFEST_BYTES).decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            raise BackupError(f"{MANIFEST} is not valid JSON: {e}") from None
        if not isinstance(manifest, dict) or manifest.get("format") != ARCHIVE_FORMAT:
            raise BackupError(f"not a Boardwork archive (expected format {ARCHIVE_FORMAT})")
        if manifest.get("scope") not in ("installation", "board"):
            raise BackupError("the archive's scope is neither 'installation' nor 'board'")
        files_list = manifest.get("files")
        if not isinstance(files_list, list):
            raise BackupError("the archive has no list of files")
        files: dict[str, bytes] = {}
        limit = _max_file_bytes()
        for n, f in enumerate(files_list, start=1):
            if not isinstance(f, dict) or not isinstance(f.get("name"), str):
                raise BackupError(f"file {n}: no name")
            name = f["name"]
            if (
                not _SAFE_NAME.match(name)
                or ".." in name.split("/")
                or len(name) > 400
                or _bad_text(name, "")
            ):
                raise BackupError(f"file {n}: unsafe or over-long name {name[:80]!r}")
            info = entries.get(FILES + name)
            if info is None:
                raise BackupError(f"file {name}: listed but not in the archive")
            if not isinstance(f.get("size"), int) or info.file_size != f["size"] or f["size"] > limit:
                raise BackupError(f"file {name}: size {info.file_size} does not match or exceeds the limit")
            data = _read_entry(zf, info, limit)
            if hashlib.sha256(data).hexdigest() != f.get("sha256"):
                raise BackupError(f"file {name}: its sha256 does not match the manifest")
            files[name] = data
    return manifest, files


def _read_entry(zf: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    """An entry's bytes, never more than `limit` (the declared size of a zip entry can lie)."""
    try:
        with zf.open(info) as fh:
            data = fh.read(limit + 1)
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError) as e:
        raise BackupError(f"{info.filename}: cannot be read: {e}") from None
    if len(data) > limit:
        raise BackupError(f"{info.filename}: bigger than {limit} bytes")
    return data


def _is_empty() -> bool:
    return not get_user_model().objects.exists() and not Board.objects.exists()


def _wipe() -> None:
    """Delete every record and account (inside the caller's transaction)."""
    for label in reversed(INSTALLATION_MODELS):
        apps.get_model(DJANGO_LABELS.get(label, label))._default_manager.all().delete()
    if apps.is_installed("django.contrib.sessions"):
        apps.get_model("sessions.session").objects.all().delete()  # their accounts are gone


def restore_archive(source, *, replace: bool = False, archive_name: str = "") -> dict[str, Any]:
    """Restore an archive (path or binary stream); see the module docstring. All or nothing: files
    are written to their final names before the commit and removed again if it fails; files
    replaced away are removed after it. Returns the scope, board and counts."""
    from boardwork.papers.services import cleanup_files, write_stored_file

    manifest, files = read_archive(source)
    scope = manifest["scope"]
    allowed = INSTALLATION_MODELS if scope == "installation" else [*BOARD_MODELS, "boards.change"]
    records = _check_shape(manifest.get("records"), allowed)
    referenced = set(_paper_files(records))
    if set(files) - referenced:
        raise BackupError(f"file {sorted(set(files) - referenced)[0]}: no paper refers to it")
    note = {"archive": [None, archive_name or "(stream)"], "scope": [None, scope]}
    written: list[str] = []
    storage = default_storage
    try:
        with transaction.atomic():
            if scope == "installation":
                if not _is_empty():
                    if not replace:
                        raise BackupError(
                            "this installation is not empty: restore a whole installation only into an "
                            "empty one, or with --replace to replace everything"
                        )
                    _wipe()
                counts = load_records(records, scope="installation")
                for b in Board.objects.all():
                    Change.record(b, action="restored", changes=note)
            else:
                counts = load_records(
                    records,
                    scope="board",
                    board_slug=manifest.get("board"),
                    action="restored",
                    history_note=note,
                )
            # The search index is derived from the records, so it is not in an archive: it is made
            # again from what is now stored, in the same transaction, and search answers as it did.
            from boardwork.search.services import reindex

            reindex()
            for name, data in files.items():
                if storage.exists(name):
                    with storage.open(name, "rb") as fh:
                        if hashlib.sha256(fh.read()).hexdigest() == hashlib.sha256(data).hexdigest():
                            continue
                write_stored_file(storage, name, data)
                written.append(name)
    except BaseException:
        for name in written:
            try:
                from boardwork.papers.models import StoredPaper

                if not StoredPaper.objects.filter(file=name).exists():
                    storage.delete(name)
            except (OSError, DatabaseError):
                pass
        raise
    if scope == "installation" and replace:
        cleanup_files()  # files of the replaced installation that no restored paper refers to
    return {"scope": scope, "board": manifest.get("board"), "counts": counts, "files": len(files)}


def backup_to_path(path: str | Path, *, board: Board | None = None) -> dict[str, Any]:
    """`write_archive` to a file, written beside it first and renamed, so a half-written backup never
    has the final name."""
    path = Path(path)
    tmp = path.with_name(path.name + ".partial")
    with open(tmp, "wb") as fh:
        summary = write_archive(fh, board=board)
        fh.flush()
        import os

        os.fsync(fh.fileno())
    tmp.replace(path)
    return summary


def archive_bytes(*, board: Board | None = None) -> bytes:
    buf = io.BytesIO()
    write_archive(buf, board=board)
    return buf.getvalue()


__all__ = [
    "ARCHIVE_FORMAT",
    "BACKUP_FORMAT",
    "BackupError",
    "ApiToken",
    "archive_bytes",
    "backup_to_path",
    "board_records",
    "canonical_dump",
    "export_board",
    "load_backup",
    "restore_archive",
]
