"""Reader for html files (placeholder until the reader lands)."""

from ..document import Paper
from . import Limits, ReadError

FORMAT = "html"


def sniff(head: bytes) -> bool:
    return False


def read(data: bytes, limits: Limits) -> Paper:
    raise ReadError("the html reader is not written yet")
