"""The REST API (django-ninja): OpenAPI 3 schema at /api/openapi.json, docs at /api/docs.

Authentication: `Authorization: Bearer <key>` with a personal ApiToken (a wrong key is a 401,
never a silent fall-back to anonymous), or the browser's session cookie, in which case unsafe
methods need the CSRF token (`X-CSRFToken` header). Without either the caller is anonymous.

Permissions are the web app's, from one policy (boards/permissions.py): an officer of a board (or
an admin) edits it and composes its reports; a member reads its accepted records, gives feedback
and reads their own feedback; everyone else, signed in or not, sees only published papers. A
board or record the caller may not read is answered exactly as one that does not exist: 401 when
anonymous, 404 when signed in. 403 means the caller can read it but their role does not allow
the change.

Errors are JSON `{"detail": …}`: 401/403/404, 409 for a stale edit (the `version` sent is not
the record's latest) and for adding an organisation or policy already recorded (with the record
in `existing`: one record per body, as on the web), 422 for invalid input, where `detail` is a list of
`{"loc": [...field path...], "msg": "..."}` like the framework's own validation errors; 503 with
`Retry-After` when the server is too busy to search now (BOARDWORK_SEARCH_CONCURRENCY).
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import IntegrityError
from django.http import Http404
from ninja import NinjaAPI

from boardwork.activities.filters import FilterError
from boardwork.api.auth import BoardworkAuth
from boardwork.api.errors import Unprocessable
from boardwork.boards.models import StaleEdit
from boardwork.search.engine import BUSY_RETRY_AFTER, Busy

API_VERSION = "1.0.0"

# The endpoints of these modules were once one module, boardwork/api.py: their OpenAPI operation
# ids keep that module's prefix so that generated clients do not change.
_ONE_MODULE_ONCE = {
    f"boardwork.api.{name}" for name in ("boards", "themes", "activities", "reference", "papers")
}


class BoardworkAPI(NinjaAPI):
    def get_openapi_operation_id(self, operation) -> str:
        func = operation.view_func
        if func.__module__ in _ONE_MODULE_ONCE:
            return f"boardwork_api_{func.__name__}"
        return super().get_openapi_operation_id(operation)


api = BoardworkAPI(
    title="Boardwork API",
    version=API_VERSION,
    description=__doc__,
    auth=BoardworkAuth(),
    urls_namespace="api",
)


@api.exception_handler(StaleEdit)
def _stale(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=409)


@api.exception_handler(Unprocessable)
def _unprocessable(request, exc):
    return api.create_response(request, {"detail": exc.errors}, status=422)


@api.exception_handler(FilterError)
def _filter_error(request, exc):
    return api.create_response(
        request,
        {"detail": [{"loc": ["query", exc.field], "msg": exc.message, "type": "value_error"}]},
        status=422,
    )


@api.exception_handler(ValidationError)
def _model_validation(request, exc):
    errors = []
    if hasattr(exc, "error_dict"):
        for name, errs in exc.message_dict.items():
            for msg in errs:
                errors.append({"loc": ["body", name], "msg": msg, "type": "value_error"})
    else:
        errors = [{"loc": ["body"], "msg": m, "type": "value_error"} for m in exc.messages]
    return api.create_response(request, {"detail": errors}, status=422)


@api.exception_handler(IntegrityError)
def _integrity(request, exc):
    return api.create_response(
        request, {"detail": "That would duplicate a record that already exists."}, status=409
    )


@api.exception_handler(Http404)
def _not_found(request, exc):
    return api.create_response(request, {"detail": str(exc) or "Not found."}, status=404)


@api.exception_handler(Busy)
def _busy(request, exc):
    # Every search of this process was taken for BOARDWORK_SEARCH_WAIT_MS (search/engine.py's turn).
    response = api.create_response(request, {"detail": str(exc)}, status=503)
    response["Retry-After"] = str(BUSY_RETRY_AFTER)
    return response
