"""The plan, quarter grid, meetings, agenda, actions and people endpoints (api/meetings.py,
api/plan.py) in the API permission matrix: test_api.py adds them to its ENDPOINTS."""

from __future__ import annotations

# As test_api.py: a board the caller cannot read is answered as a missing one.
READ = {"officer": 200, "member": 200, "outsider": 404, "anonymous": 401}


def write(ok=201):
    return {"officer": ok, "member": 403, "outsider": 404, "anonymous": 401}


def _action(w):
    from boardwork.boards.models import Action

    return Action.objects.get_or_create(meeting=w.meeting, text="Write to the Home Office")[0]


CYCLE_ENDPOINTS = [
    ("cycle-create", "post", lambda w: f"/api/boards/{w.board.slug}/cycles",
     lambda w: {"label": "2024/25", "start": "2024-09-01", "end": "2025-08-31"}, write()),
    ("cycle", "get", lambda w: f"/api/cycles/{w.cycle.uid}", None, READ),
    ("meeting", "get", lambda w: f"/api/meetings/{w.meeting.uid}", None, READ),
    ("meeting-create", "post", lambda w: f"/api/boards/{w.board.slug}/meetings",
     lambda w: {"date": "2023-06-10", "place": "Online", "attendees": [str(w.person.uid)]}, write()),
    ("meeting-update", "patch", lambda w: f"/api/meetings/{w.meeting.uid}",
     lambda w: {"version": 1, "place": "Local Government House", "apologies": [str(w.person.uid)]}, write(200)),
    ("agenda-create", "post", lambda w: f"/api/meetings/{w.meeting.uid}/agenda",
     lambda w: {"title": "Work plan", "report_kind": "work_plan"}, write()),
    ("agenda-update", "patch", lambda w: f"/api/agenda-items/{w.meeting.agenda.first().uid}",
     lambda w: {"version": 1, "paper": str(w.paper_private.uid)}, write(200)),
    ("actions", "get", lambda w: f"/api/boards/{w.board.slug}/actions?status=open", None, READ),
    ("action-create", "post", lambda w: f"/api/meetings/{w.meeting.uid}/actions",
     lambda w: {"text": "Brief the LGA", "owner": "Sam Taylor", "due": "2023-01-15"}, write()),
    ("action-update", "patch", lambda w: f"/api/actions/{_action(w).uid}",
     lambda w: {"version": 1, "owner": "Priya Patel"}, write(200)),
    ("action-close", "post", lambda w: f"/api/actions/{_action(w).uid}/close",
     lambda w: {"version": 1, "status": "done", "note": "Sent"}, write(200)),
    ("people", "get", lambda w: f"/api/boards/{w.board.slug}/people", None, READ),
    ("person", "get", lambda w: f"/api/boards/{w.board.slug}/people/{w.person.uid}", None, READ),
    ("plan", "get", lambda w: f"/api/cycles/{w.cycle.uid}/plan", None, READ),
    ("theme-plan", "patch", lambda w: f"/api/themes/{w.theme.uid}/plan",
     lambda w: {"version": 1, "agreed_at": str(w.meeting.uid)}, write(200)),
    ("theme-order", "post", lambda w: f"/api/cycles/{w.cycle.uid}/theme-order",
     lambda w: {"themes": [str(w.theme2.uid), str(w.theme.uid)]}, write(200)),
    ("theme-merge", "post", lambda w: f"/api/themes/{w.theme2.uid}/merge",
     lambda w: {"into": str(w.theme.uid)}, write(200)),
    ("theme-retire", "post", lambda w: f"/api/themes/{w.theme2.uid}/retire", lambda w: {}, write(200)),
    ("commitment-plan", "patch", lambda w: f"/api/commitments/{w.commitment.uid}/plan",
     lambda w: {"version": 1, "lead_officer": str(w.person.uid)}, write(200)),
    ("quarter", "get", lambda w: f"/api/cycles/{w.cycle.uid}/quarters/2", None, READ),
    ("quarter-save", "put", lambda w: f"/api/cycles/{w.cycle.uid}/quarters/2",
     lambda w: {"updates": [{"commitment": str(w.commitment.uid), "rag": "amber", "commentary": "Slipping"}]},
     write(200)),
    ("carry-forward", "post", lambda w: f"/api/commitments/{w.commitment.uid}/carry-forward",
     lambda w: {"theme": str(w.cycle2.themes.get_or_create(title="Community safety")[0].uid),
                "reason": "Covid-19"}, write()),
    ("feedback-answers", "put",
     lambda w: f"/api/feedback/{w.cycle.feedback.get_or_create(text='More on knife crime')[0].uid}/answers",
     lambda w: {"commitments": [str(w.commitment.uid)]}, write(200)),
]  # fmt: skip
