"""Pure helpers shared by every layer: partial dates, board years, people's names.

Nothing here imports Django or any Boardwork app, so readers, extract, writers, records and faces
can all call the one rule instead of keeping a copy of it.
"""
