"""The `boardwork` console script as a shell pipeline meets it."""

import io
import os
import sys

import pytest

from boardwork.cli import main


def test_a_reader_that_goes_away_stops_the_command_quietly(monkeypatch):
    # `boardwork search … | head`: head exits after its lines and the next write fails with a broken
    # pipe. The command stops with status 1 and no traceback, as other command-line tools do.
    read_end, write_end = os.pipe()
    os.close(read_end)
    stdout = io.TextIOWrapper(os.fdopen(write_end, "wb", buffering=0), write_through=True)
    monkeypatch.setattr(sys, "stdout", stdout)
    try:
        with pytest.raises(SystemExit) as stopped:
            main(["help"])
        assert stopped.value.code == 1
        stdout.write("after\n")  # stdout now leads nowhere instead of the closed pipe
    finally:
        stdout.close()
