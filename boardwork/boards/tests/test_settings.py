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


GOOD_KEY = "k" * 50


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
