"""Who is calling: an API token, else the browser session (CSRF on unsafe methods), else anonymous."""

from __future__ import annotations

from django.http import HttpRequest
from ninja.errors import AuthenticationError, HttpError
from ninja.security import HttpBearer
from ninja.utils import check_csrf

from boardwork.boards.models import ApiToken

# -- authentication ------------------------------------------------------------------------------


class Anonymous:
    """request.auth for a caller with neither token nor session (truthy so ninja lets it through)."""

    is_authenticated = False
    is_superuser = False
    pk = None

    def __bool__(self):
        return True


ANONYMOUS = Anonymous()


class BoardworkAuth(HttpBearer):
    """Bearer token, else session (with CSRF on unsafe methods), else anonymous.

    Documented in the schema as HTTP bearer; endpoints decide what an anonymous caller may see.
    """

    def __call__(self, request: HttpRequest):
        header = request.headers.get("Authorization")
        if header:
            scheme, _, key = header.partition(" ")
            if scheme.lower() != "bearer" or not key.strip():
                raise AuthenticationError(message="Use 'Authorization: Bearer <API token>'.")
            return self.authenticate(request, key.strip())
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            if request.method not in ("GET", "HEAD", "OPTIONS", "TRACE") and check_csrf(request):
                raise HttpError(403, "CSRF check failed: send the X-CSRFToken header with the session.")
            return user
        return ANONYMOUS

    def authenticate(self, request, token):
        from boardwork.web import throttle

        user = ApiToken.user_for(token)
        if user is None:
            # Counted only when a token is wrong, so a valid token costs no extra query; past the
            # allowance the address is told to wait instead of being told the token is wrong.
            if throttle.bad_token(throttle.client_address(request)):
                raise HttpError(429, "Too many invalid API tokens from this address: wait 15 minutes.")
            raise AuthenticationError(message="The API token is not valid.")
        return user


def user_of(request):
    """The signed-in user (token or session), or None."""
    auth = getattr(request, "auth", None)
    return auth if auth is not None and getattr(auth, "is_authenticated", False) else None
