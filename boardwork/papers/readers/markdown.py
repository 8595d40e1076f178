"""Reader for markdown files (placeholder until the reader lands)."""

from ..document import Paper
from . import Limits, ReadError

FORMAT = "md"


def sniff(head: bytes) -> bool:
    return False


def read(data: bytes, limits: Limits) -> Paper:
    raise ReadError("the markdown reader is not written yet")
