"""Reader for pdf files (placeholder until the reader lands)."""

from ..document import Paper
from . import Limits, ReadError

FORMAT = "pdf"


def sniff(head: bytes) -> bool:
    return False


def read(data: bytes, limits: Limits) -> Paper:
    raise ReadError("the pdf reader is not written yet")
