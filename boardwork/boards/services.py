"""Whole-board workflows: the per-board JSON backup (`boardwork export` / `boardwork load`).

The code lives in `boards/backup.py` with the archives of `boardwork backup` / `restore`, which
write and read the same records; the names here are kept for their callers.
"""

from __future__ import annotations

import json

from .backup import BACKUP_FORMAT, BackupError, board_querysets, export_board, load_backup
from .backup import BOARD_MODELS as MODELS
from .models import Board

__all__ = ["BACKUP_FORMAT", "MODELS", "BackupError", "board_querysets", "export_board", "load_backup"]


def export_board_json(board: Board) -> str:
    return json.dumps(export_board(board), indent=1, ensure_ascii=False, sort_keys=True) + "\n"
