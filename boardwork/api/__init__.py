"""The REST API (django-ninja), one router module per domain; `api` is the NinjaAPI they mount on.

    app.py         the NinjaAPI: its description (the API's documentation), error handlers
    auth.py        who is calling (token, session, anonymous)
    access.py      what they may read and change (boards/permissions.py), refusals
    errors.py      422 / 409 answers to bad input
    schemas.py     shapes in and out, and the functions that fill the outputs
    boards.py, themes.py, activities.py, reference.py, papers.py, drafts.py, meetings.py, plan.py
                   the routers; search/api.py's router is mounted here too
    urls.py        /api/ and the downloads (exports)

A new endpoint goes in its domain's router; a new router is mounted below.
"""

from boardwork.api import activities, boards, drafts, meetings, papers, plan, reference, themes
from boardwork.api.app import api

__all__ = ["api"]

api.add_router("", boards.account)
api.add_router("", boards.boards)
api.add_router("", themes.plans)
api.add_router("", activities.activities)
api.add_router("", reference.reference)
api.add_router("", papers.papers)
api.add_router("", drafts.router)  # draft papers and their sign-off
api.add_router("", meetings.router)  # meetings, agenda, actions, people, cycles
api.add_router("", plan.router)  # the plan, quarter grid, drafting
api.add_router("", "boardwork.search.api.router")  # GET /api/search (search/api.py)
