"""Writers: `Paper` → file bytes, one module per format.

Each format is one module in this package exposing

    FORMAT: str           # "docx", "pdf", "html", "md"
    MEDIA_TYPE: str       # for HTTP downloads
    EXTENSION: str        # ".docx", …
    def write(paper: Paper, style: HouseStyle, *, with_sources: bool = False) -> bytes

Writers never touch the database; what they need to know about the board's look comes in
`HouseStyle` (see style.py).
"""
