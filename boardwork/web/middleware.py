"""Security headers the framework does not set by itself."""

from django.conf import settings

# Everything is served from our own origin: vendored GOV.UK Frontend, htmx and Chart.js.
# Inline scripts are not allowed; the only inline style allowed is none.
POLICY = (
    "default-src 'self'; img-src 'self' data:; script-src 'self'; style-src 'self'; "
    "font-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; "
    "object-src 'none'"
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not settings.DEBUG or not request.path.startswith("/admin/"):
            response.headers.setdefault("Content-Security-Policy", POLICY)
        return response


class RefuseNulMiddleware:
    """A NUL character in the path or query string is never meaningful here, and PostgreSQL
    cannot compare text with one: answer 400 before any view or query sees it. (Form fields
    already refuse NUL through Django's ProhibitNullCharactersValidator.)"""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        from django.http import HttpResponseBadRequest

        if (
            "\x00" in request.path
            or "%00" in request.META.get("QUERY_STRING", "")
            or any("\x00" in v for values in request.GET.lists() for v in values[1])
        ):
            return HttpResponseBadRequest("The address contains a NUL character.", content_type="text/plain")
        return self.get_response(request)


# -- request size ------------------------------------------------------------------------------

MB = 1024 * 1024

# Routes that take paper files (url name → how many files one request may carry). Everything else
# is a form or a JSON body and is capped at settings.MAX_REQUEST_MB.
# Only requests with a body are checked, so on the API's /boards/{slug}/papers (one URL pattern
# for both operations, named after the first: list_papers) this is the POST that imports a paper.
UPLOAD_ROUTES = {"upload": 10, "api:parse_paper": 1, "api:list_papers": 1}


def upload_files_allowed(request) -> int:
    """How many paper files this request's route accepts (0: not an upload route)."""
    from django.urls import Resolver404, resolve

    try:
        match = resolve(request.path_info)
    except Resolver404:
        return 0
    return UPLOAD_ROUTES.get(match.view_name, 0)


def request_limit(request) -> tuple[int, int]:
    """(largest body in bytes, files allowed) for this request."""
    files = upload_files_allowed(request)
    if files:
        # Multipart framing and the form's other fields fit in the extra megabyte.
        return settings.MAX_UPLOAD_MB * MB * files + MB, files
    return settings.MAX_REQUEST_MB * MB, 0


class _CappedStream:
    """The request body, counted as it is read: a body sent without Content-Length (chunked) or
    longer than it claimed is cut off at the cap instead of filling memory or the temp disk."""

    def __init__(self, stream, limit: int):
        self._stream, self._limit, self.read_bytes = stream, limit, 0

    def _count(self, data: bytes) -> bytes:
        from django.core.exceptions import RequestDataTooBig

        self.read_bytes += len(data)
        if self.read_bytes > self._limit:
            raise RequestDataTooBig(f"the request body is larger than {self._limit // MB} MB")
        return data

    def read(self, *args):
        return self._count(self._stream.read(*args))

    def readline(self, *args):
        return self._count(self._stream.readline(*args))

    def __iter__(self):
        return iter(self.readline, b"")

    def __getattr__(self, name):  # close() and anything else Django asks of the stream
        return getattr(self._stream, name)


def _too_big(request, limit: int, length: int):
    from django.http import JsonResponse
    from django.shortcuts import render

    message = (
        f"The request is {length / MB:.1f} MB; Boardwork accepts at most {limit / MB:.0f} MB here."
        if length
        else f"The request is larger than the {limit / MB:.0f} MB Boardwork accepts here."
    )
    if request.path_info.startswith("/api/"):
        return JsonResponse({"detail": message}, status=413)
    return render(request, "web/too_big.html", {"message": message}, status=413)


class RequestSizeMiddleware:
    """Refuse a request by its size, and an anonymous upload, before anything reads its body.

    Runs (in `__call__`) before every view and before the CSRF check, which both read the body
    in `process_view`. The limit depends on the route: uploads may carry their files (each up to
    BOARDWORK_MAX_FILE_MB), everything else is small. Streamed bytes are counted too."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method in ("GET", "HEAD", "OPTIONS", "TRACE"):
            return self.get_response(request)
        limit, files = request_limit(request)
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > limit:
            return _too_big(request, limit, length)
        if files and not _is_signed_in(request):
            return _anonymous_upload(request)
        stream = getattr(request, "_stream", None)
        if stream is not None:
            request._stream = _CappedStream(stream, limit)
        return self.get_response(request)


def _is_signed_in(request) -> bool:
    """A session user or a valid API token (checked here, before the body, like the API would)."""
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return True
    header = request.headers.get("Authorization") or ""
    scheme, _, key = header.partition(" ")
    if scheme.lower() == "bearer" and key.strip():
        from boardwork.boards.models import ApiToken

        return ApiToken.user_for(key.strip()) is not None
    return False


def _anonymous_upload(request):
    from django.contrib.auth.views import redirect_to_login
    from django.http import JsonResponse

    if request.path_info.startswith("/api/"):
        return JsonResponse({"detail": "Sign in (or send an API token) to upload papers."}, status=401)
    return redirect_to_login(request.get_full_path())


# -- sessions ----------------------------------------------------------------------------------

SIGNED_IN_AT = "bw_signed_in_at"
LAST_SEEN = "bw_last_seen"
# The idle clock is written back at most this often, so most requests do not save the session.
_LAST_SEEN_RESOLUTION = 60


def stamp_session(sender, request, user, **kwargs) -> None:
    """On signing in (the `user_logged_in` signal): start both clocks, in the session that signing
    in saves anyway, so the first page after it does not write the session again."""
    import time

    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[SIGNED_IN_AT] = now
        request.session[LAST_SEEN] = now


class SessionTimeoutMiddleware:
    """End a signed-in session after SESSION_IDLE_SECONDS without a request, and SESSION_COOKIE_AGE
    after it began however active it is. The next request is then anonymous (and a page that
    needs a sign-in sends the person to the sign-in form)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and hasattr(request, "session"):
            import time

            from django.contrib.auth import logout

            now = int(time.time())
            session = request.session
            started = session.get(SIGNED_IN_AT)
            seen = session.get(LAST_SEEN)
            if started is None:
                session[SIGNED_IN_AT] = started = now
            if (seen is not None and now - seen > settings.SESSION_IDLE_SECONDS) or (
                now - started > settings.SESSION_COOKIE_AGE
            ):
                logout(request)
            elif seen is None or now - seen >= _LAST_SEEN_RESOLUTION:
                session[LAST_SEEN] = now
        return self.get_response(request)


# -- caching of private pages ------------------------------------------------------------------


class PrivateNoStoreMiddleware:
    """`Cache-Control: no-store` on every response to a signed-in person or an API token holder:
    their pages must not be kept by a browser's back button or a shared proxy after sign-out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if (user is not None and user.is_authenticated) or request.headers.get("Authorization"):
            from django.utils.cache import patch_cache_control

            if "public" in response.get("Cache-Control", ""):
                del response["Cache-Control"]
            patch_cache_control(response, private=True, no_store=True)
        return response
