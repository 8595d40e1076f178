"""Helpers the format readers share — never a format themselves.

`meta` finds a paper's metadata (title, body, meeting date, item, contact) in its lines; `decode`,
`markers`, `pipe_tables` and `protos` serve the text-like formats (plain text, Markdown, HTML).
A format module imports from here, never from another format.
"""
