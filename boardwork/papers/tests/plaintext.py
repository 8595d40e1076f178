"""Helpers shared by the plain-text reader's test files: read a text as a paper dict, and list its
headings or its blocks' texts."""

from __future__ import annotations

from boardwork.papers.readers import Limits, txt


def read_txt(text: str | bytes) -> dict:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return txt.read(data, Limits()).to_dict()


def headings(d: dict) -> list[str]:
    return [b["text"] for b in d["blocks"] if b["type"] == "heading"]


def texts(d: dict) -> list[str]:
    return [b["text"] for b in d["blocks"] if b["type"] != "table"]
