"""Throttling: slow password guessing and floods of expensive calls without locking out real users.

Counters live in the database (`web.models.Throttle`) so all server processes share them. Keys
are hashed: the table never holds a username or an address in the clear.

Sign-in (every door that calls Django's `authenticate()`: /sign-in/, /admin/login/, through
`ThrottledModelBackend`):

- per account *and* address: after SIGN_IN_FAILURES wrong passwords within SIGN_IN_PAUSE
  seconds, that address is paused for that account until the window ends. The attacker's
  address is slowed; the real user at another address is not.
- per account, from addresses it never signed in from: ACCOUNT_FAILURES within an hour pauses
  the account for unknown addresses only. An address the account signed in from before (within
  KNOWN_DAYS) still works with the right password, so a distributed guesser cannot lock the real
  user out.
- per address, any account: ADDRESS_FAILURES within an hour (password spraying).

Expensive calls (reading files: upload, parse, extract) are limited per person and per address
(READS_PER_HOUR), and bad API tokens per address (BAD_TOKENS).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction
from django.utils import timezone

SIGN_IN_FAILURES = 5
SIGN_IN_PAUSE = 15 * 60
ACCOUNT_FAILURES = 30
ADDRESS_FAILURES = 100
HOUR = 3600
KNOWN_DAYS = 90
READS_PER_HOUR = 60
BAD_TOKENS = 20


def _key(kind: str, *parts: object) -> str:
    digest = hashlib.sha256("\x00".join(str(p) for p in parts).encode()).hexdigest()[:48]
    return f"{kind}:{digest}"


def _model():
    from .models import Throttle

    return Throttle


def count(kind: str, *parts: object) -> int:
    """The live count of a counter (0 when it never ran or has expired)."""
    row = _model().objects.filter(key=_key(kind, *parts), expires__gt=timezone.now()).only("count").first()
    return row.count if row else 0


def seconds_left(kind: str, *parts: object) -> int:
    row = _model().objects.filter(key=_key(kind, *parts)).only("expires").first()
    if row is None:
        return 0
    return max(0, int((row.expires - timezone.now()).total_seconds()))


def hit(kind: str, *parts: object, window: int, by: int = 1) -> int:
    """Add `by` to a counter whose window (seconds) starts at its first hit; returns the new count."""
    Throttle = _model()
    key = _key(kind, *parts)
    now = timezone.now()
    for _ in range(3):
        try:
            with transaction.atomic():
                row = Throttle.objects.select_for_update().filter(key=key).first()
                if row is None:
                    Throttle.objects.create(key=key, count=by, expires=now + dt.timedelta(seconds=window))
                    _prune(now)
                    return by
                if row.expires <= now:
                    row.count, row.expires = by, now + dt.timedelta(seconds=window)
                else:
                    row.count += by
                row.save(update_fields=["count", "expires"])
                return row.count
        except IntegrityError:  # another process created the row first: count again
            continue
    return by


def _prune(now) -> None:
    """Now and then (about one new counter in a hundred), drop counters that have expired: keys
    include addresses, so without this the table would only grow."""
    import random

    if random.random() < 0.01:
        _model().objects.filter(expires__lte=now).delete()


def clear(kind: str, *parts: object) -> None:
    _model().objects.filter(key=_key(kind, *parts)).delete()


def remember(kind: str, *parts: object, seconds: int) -> None:
    """Set a flag (a counter of 1) that lasts `seconds`."""
    Throttle = _model()
    expires = timezone.now() + dt.timedelta(seconds=seconds)
    try:
        with transaction.atomic():
            Throttle.objects.update_or_create(
                key=_key(kind, *parts), defaults={"count": 1, "expires": expires}
            )
    except IntegrityError:
        pass


def client_address(request) -> str:
    """The caller's address: REMOTE_ADDR, or the address our own proxy added last when
    BEHIND_PROXY is on (earlier X-Forwarded-For entries are the client's to forge)."""
    if request is None:
        return "-"
    if settings.SECURE_PROXY_SSL_HEADER:
        forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if a.strip()]
        if forwarded:
            return forwarded[-1]
    return request.META.get("REMOTE_ADDR") or "-"


# -- sign-in ----------------------------------------------------------------------------------


def _account(username: str) -> str:
    return (username or "").strip().lower()


def sign_in_pause(username: str, address: str) -> int:
    """Seconds this address must wait before trying this account again (0: it may try now)."""
    account = _account(username)
    if count("signin-pair", account, address) >= SIGN_IN_FAILURES:
        return max(1, seconds_left("signin-pair", account, address))
    if count("signin-address", address) >= ADDRESS_FAILURES:
        return max(1, seconds_left("signin-address", address))
    if count("signin-account", account) >= ACCOUNT_FAILURES and not count("signin-known", account, address):
        return max(1, seconds_left("signin-account", account))
    return 0


def sign_in_failed(username: str, address: str) -> None:
    account = _account(username)
    hit("signin-pair", account, address, window=SIGN_IN_PAUSE)
    hit("signin-address", address, window=HOUR)
    if not count("signin-known", account, address):
        hit("signin-account", account, window=HOUR)


def sign_in_succeeded(username: str, address: str) -> None:
    account = _account(username)
    clear("signin-pair", account, address)
    remember("signin-known", account, address, seconds=KNOWN_DAYS * 86400)


class ThrottledModelBackend(ModelBackend):
    """Django's username-and-password check behind the sign-in throttle. Being the backend, it
    guards every sign-in door (the sign-in page, the admin's login, any future one)."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if username is None:
            from django.contrib.auth import get_user_model

            username = kwargs.get(get_user_model().USERNAME_FIELD)
        if username is None or password is None:
            return None
        address = client_address(request)
        if sign_in_pause(username, address):
            # Stops authenticate() at once: no other backend is tried, the password is not checked.
            raise PermissionDenied("too many failed sign-ins")
        user = super().authenticate(request, username=username, password=password, **kwargs)
        if user is None:
            sign_in_failed(username, address)
        else:
            sign_in_succeeded(username, address)
        return user

    def get_user(self, user_id):
        """The signed-in user of a request, as ModelBackend.get_user (read afresh every request;
        None when the row is gone or inactive), through one raw statement: every signed-in request
        makes it, and the ORM's query building cost twice the processor time of the read itself
        (0.45-0.52 ms against 0.22-0.36 ms, in-process, PostgreSQL, loaded machine)."""
        from django.contrib.auth import get_user_model
        from django.core.exceptions import ValidationError
        from django.db import connections, router

        model = get_user_model()
        meta = model._meta
        try:
            pk = meta.pk.to_python(user_id)
        except ValidationError:
            return None
        quote = connections[router.db_for_read(model)].ops.quote_name
        column = meta.pk.column
        assert column is not None  # a user model's primary key is a concrete column
        found = list(
            model._default_manager.raw(
                f"SELECT * FROM {quote(meta.db_table)} WHERE {quote(column)} = %s",  # noqa: S608 (names)
                [pk],
            )
        )
        if not found:
            return None
        return found[0] if self.user_can_authenticate(found[0]) else None


# -- expensive calls ----------------------------------------------------------------------------


def reads_allowed(user_id: object, address: str, files: int = 1) -> bool:
    """Count `files` file reads (upload, parse, extract) for this person and this address; False
    once either has spent the hour's allowance (the caller refuses with 429)."""
    by_user = hit("reads-user", user_id, window=HOUR, by=files)
    by_address = hit("reads-address", address, window=HOUR, by=files)
    return max(by_user, by_address) <= READS_PER_HOUR


def bad_token(address: str) -> bool:
    """Count a bad API token from `address`; True once the address should be refused (429)."""
    return hit("bad-token", address, window=SIGN_IN_PAUSE) > BAD_TOKENS


# -- one at a time ------------------------------------------------------------------------------


def start_exclusive(kind: str, *parts: object, seconds: int) -> bool:
    """Claim a lock shared by all processes (True), or False when someone holds it. The lock
    expires after `seconds` so a killed process cannot hold it for ever."""
    Throttle = _model()
    key = _key(f"lock-{kind}", *parts)
    now = timezone.now()
    expires = now + dt.timedelta(seconds=seconds)
    # Take over an expired lock, else create one; the unique key makes the creation atomic.
    if Throttle.objects.filter(key=key, expires__lte=now).update(count=1, expires=expires):
        return True
    try:
        with transaction.atomic():
            Throttle.objects.create(key=key, count=1, expires=expires)
        return True
    except IntegrityError:
        return False


def finish_exclusive(kind: str, *parts: object) -> None:
    _model().objects.filter(key=_key(f"lock-{kind}", *parts)).delete()
