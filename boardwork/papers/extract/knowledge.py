"""The extractor's knowledge: the kinds of work and nations it reports, and the shipped data files
(`data/organisations.json`, `data/policies.json`, `data/generic_bodies.json`)."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

from .text import plain

# The knowledge files ship inside this package: the extractor owns them.
DATA_DIR = Path(__file__).resolve().parent / "data"

KINDS = (
    "consultation_response",
    "evidence",
    "lobbying",
    "event",
    "training",
    "publication",
    "research",
    "partnership",
    "support",
    "media",
)
NATIONS = ("England", "Wales", "Scotland", "Northern Ireland")
ORG_KINDS = (
    "government_department",
    "parliamentary_committee",
    "regulator",
    "sector_body",
    "council",
    "charity",
    "media",
    "other",
)


@lru_cache(maxsize=1)
def _load_json(name: str) -> Any:
    with open(DATA_DIR / name, encoding="utf-8") as f:
        return json.load(f)


def load_gazetteer() -> list[dict[str, Any]]:
    """The shipped organisations (`organisations.json`): a list of
    {"name", "acronyms", "aliases", "kind", optional "parent", "prefixable", "note"}."""
    return list(_load_json("organisations.json"))


def load_policies() -> dict[str, Any]:
    """The shipped policy knowledge (`policies.json`): Bill → Act transitions and named programmes."""
    policies: dict[str, Any] = _load_json("policies.json")
    return policies


@lru_cache(maxsize=1)
def generic_bodies() -> frozenset[str]:
    return frozenset(plain(g) for g in _load_json("generic_bodies.json")["generic"])
