"""The settings refuse an unsafe production configuration (run in a subprocess: settings load once)."""

import os
import subprocess
import sys

import pytest


def _load_settings(**env):
    base = {
        k: v
        for k, v in os.environ.items()
        if k not in ("SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "BOARDWORK_ENV")
    }
    base.update(env)
    return subprocess.run(
        [sys.executable, "-c", "import boardwork.settings as s; print(s.DEBUG, s.SESSION_COOKIE_SECURE)"],
        env=base,
        capture_output=True,
        text=True,
    )


# A key as `secrets.token_urlsafe(50)` makes one (fixed here so the test is repeatable).
GOOD_KEY = "q3Jx9_Lr2VbKzT7mWc0HsYpNd4FgA8uEi1oZlRkC6-vXnQw5tBeSjMhUyDaOfG2rP7_L"


@pytest.mark.parametrize(
    "env, message",
    [
        ({"BOARDWORK_ENV": "production", "ALLOWED_HOSTS": "boardwork.example.org"}, "SECRET_KEY"),
        ({"BOARDWORK_ENV": "production", "SECRET_KEY": "short", "ALLOWED_HOSTS": "x.org"}, "SECRET_KEY"),
        ({"BOARDWORK_ENV": "production", "SECRET_KEY": GOOD_KEY}, "ALLOWED_HOSTS"),
        (
            {
                "BOARDWORK_ENV": "production",
                "SECRET_KEY": GOOD_KEY,
                "ALLOWED_HOSTS": "x.org",
                "DEBUG": "true",
            },
            "DEBUG",
        ),
        ({"BOARDWORK_ENV": "staging"}, "BOARDWORK_ENV"),
        # Weak keys: repeated characters, a phrase of 36 characters, a repeated word.
        ({"BOARDWORK_ENV": "production", "SECRET_KEY": "k" * 50, "ALLOWED_HOSTS": "x.org"}, "too weak"),
        (
            {
                "BOARDWORK_ENV": "production",
                "SECRET_KEY": "boardwork-production-secret-key-2024",
                "ALLOWED_HOSTS": "x.org",
            },
            "too weak",
        ),
        (
            {"BOARDWORK_ENV": "production", "SECRET_KEY": "changeme-" * 6, "ALLOWED_HOSTS": "x.org"},
            "too weak",
        ),
        (
            {
                "BOARDWORK_ENV": "production",
                "SECRET_KEY": "abcdefghij" * 2 + "0123456789" * 2 + "ab",
                "ALLOWED_HOSTS": "x.org",
            },
            "too weak",
        ),
        ({"BOARDWORK_ENV": "production", "SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": "*"}, "ALLOWED_HOSTS"),
        # DEBUG off outside production must not run on the public development key.
        ({"DEBUG": "false"}, "SECRET_KEY"),
        ({"DEBUG": "maybe"}, "DEBUG"),
    ],
)
def test_it_refuses_unsafe_configuration(env, message):
    result = _load_settings(**env)
    assert result.returncode != 0
    assert message in result.stderr


def test_it_runs_safely_in_production_when_configured():
    result = _load_settings(
        BOARDWORK_ENV="production", SECRET_KEY=GOOD_KEY, ALLOWED_HOSTS="boardwork.example.org"
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True"]  # DEBUG off, secure cookies on


def test_it_defaults_to_development():
    result = _load_settings()
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "True"


def test_a_hex_key_of_64_characters_is_strong_enough():
    result = _load_settings(
        BOARDWORK_ENV="production",
        SECRET_KEY="9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
        ALLOWED_HOSTS="x.org",
    )
    assert result.returncode == 0, result.stderr


def test_debug_off_in_development_runs_with_a_real_key():
    result = _load_settings(DEBUG="false", SECRET_KEY=GOOD_KEY)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split()[0] == "False"


def test_sessions_and_passwords_are_strict_by_default(settings):
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    assert settings.SESSION_COOKIE_AGE == 12 * 3600
    assert settings.SESSION_IDLE_SECONDS == 2 * 3600
    with pytest.raises(ValidationError):
        validate_password("Tr0ub4dor&3")  # 11 characters
    with pytest.raises(ValidationError):
        validate_password("password1234")  # common
    validate_password("violet-kettle-harbour")
