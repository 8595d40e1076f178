"""The API's answers to bad input: 422 with the field named (like the framework's own validation
errors) and 409 for a stale edit."""

from __future__ import annotations

from boardwork.boards.models import StaleEdit


class Unprocessable(Exception):
    """Invalid input found after schema validation (a reference to a record that is not there…)."""

    def __init__(self, errors: list[dict]):
        super().__init__(errors)
        self.errors = errors


def invalid(field: str | list, msg: str) -> Unprocessable:
    loc = ["body", *([field] if isinstance(field, str) else field)]
    return Unprocessable([{"loc": loc, "msg": msg, "type": "value_error"}])


def check_version(obj, version: int) -> None:
    if obj.version != version:
        raise StaleEdit(
            f"This {obj._meta.verbose_name} was changed by someone else (you sent version {version}; "
            f"the latest is {obj.version}). Reload it and apply your change again."
        )
