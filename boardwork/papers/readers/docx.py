"""Reader for docx files (placeholder until the reader lands)."""

from ..document import Paper
from . import Limits, ReadError

FORMAT = "docx"


def sniff(head: bytes) -> bool:
    return False


def read(data: bytes, limits: Limits) -> Paper:
    raise ReadError("the docx reader is not written yet")
