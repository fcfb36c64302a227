"""The version of the extractor, stored with the facts it makes.

Raise it whenever a change to the extractors changes what they find: ``marquee
reextract`` re-runs the current extractor over every stored document whose facts came
from an older version and replaces them.
"""

EXTRACTOR_VERSION = 1
