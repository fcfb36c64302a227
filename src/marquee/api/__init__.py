"""The HTTP API (JSON) and the application that serves it with the pages (``marquee serve``).

Nothing here parses text: spaCy is imported only when an ingest request arrives on a
server started with ``--allow-ingest``.
"""
