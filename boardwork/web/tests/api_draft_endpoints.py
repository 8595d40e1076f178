"""The draft papers endpoints (api/drafts.py) in the API permission matrix: test_api.py adds them
to its ENDPOINTS. The world's draft has no author, so any officer of the board holds its one
sign-off step (an officer other than the author); a member holds none."""

from __future__ import annotations

READ = {"officer": 200, "member": 200, "outsider": 404, "anonymous": 401}


def write(ok=201):
    return {"officer": ok, "member": 403, "outsider": 404, "anonymous": 401}


def _draft(w):
    from boardwork.papers import drafts
    from boardwork.papers.models import StoredPaper

    found = StoredPaper.objects.filter(board=w.board, status__in=["draft", "signed_off"]).first()
    return found or drafts.save_draft(w.board, "work_plan", w.cycle, None)


def _key(w):
    from boardwork.papers import drafts, revise

    v = drafts.latest(_draft(w))
    return next(k for k, b in zip(v.keys, v.document().blocks, strict=True) if revise.is_editable(b))


DRAFT_ENDPOINTS = [
    ("draft-create", "post", lambda w: f"/api/boards/{w.board.slug}/drafts",
     lambda w: {"kind": "work_plan", "cycle": str(w.cycle.uid)}, write()),
    ("draft", "get", lambda w: f"/api/papers/{_draft(w).uid}/draft", None, READ),
    ("draft-version", "get", lambda w: f"/api/papers/{_draft(w).uid}/versions/1", None, READ),
    ("draft-block", "patch", lambda w: f"/api/papers/{_draft(w).uid}/blocks/{_key(w)}",
     lambda w: {"version": 1, "text": "Reworded by hand."}, write(200)),
    ("draft-recompose", "post", lambda w: f"/api/papers/{_draft(w).uid}/recompose", lambda w: {"version": 1},
     write(200)),
    ("draft-signoff", "post", lambda w: f"/api/papers/{_draft(w).uid}/signoff",
     lambda w: {"decision": "approved", "version": 1}, write(200)),
    ("paper-publish", "post", lambda w: f"/api/papers/{w.paper_private.uid}/publish", lambda w: {"publish": True},
     write(200)),
]  # fmt: skip
