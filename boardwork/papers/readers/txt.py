"""Reader for txt files (placeholder until the reader lands)."""

from ..document import Paper
from . import Limits, ReadError

FORMAT = "txt"


def sniff(head: bytes) -> bool:
    return False


def read(data: bytes, limits: Limits) -> Paper:
    raise ReadError("the txt reader is not written yet")
