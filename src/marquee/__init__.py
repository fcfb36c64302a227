"""Marquee: reads entertainment news and keeps a knowledge base of TV series and films."""

__version__ = "0.1.0"
