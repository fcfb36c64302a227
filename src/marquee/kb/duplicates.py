"""Near-duplicate articles: syndicated copies and light rewrites of one report.

Each document gets a MinHash signature (datasketch, fixed seed) over word shingles of
its body, stored with its LSH band buckets. A new document whose buckets meet a stored
one's and whose estimated Jaccard similarity reaches the threshold joins that document's
group; the group is named by its first (canonical) document, ``documents.duplicate_of``.
Signatures and buckets live in the database, so grouping does not depend on the process
or on how the articles were split into batches.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from marquee.config import SettingError
from marquee.kb.models import BucketRow, DocumentRow, FactRow, SignatureRow

if TYPE_CHECKING:  # numpy and datasketch (scipy) load where a signature is first used
    import numpy as np
    from datasketch import MinHash

_WORD = re.compile(r"\w+")
THRESHOLD_ENV = "MARQUEE_DUPLICATE_THRESHOLD"
# Above this, datasketch finds fewer than the two LSH bands it needs (128 permutations).
MAX_THRESHOLD = 0.98


@dataclass(frozen=True)
class DuplicateSettings:
    """How near-duplicates are found: Jaccard ``threshold`` over ``shingle``-word shingles,
    with ``num_perm`` MinHash permutations (changing these regroups only new documents)."""

    threshold: float = 0.5
    shingle: int = 5
    num_perm: int = 128
    seed: int = 1

    @classmethod
    def from_env(cls) -> DuplicateSettings:
        """The settings, with ``MARQUEE_DUPLICATE_THRESHOLD`` when it is set: a number
        above 0 and at most ``MAX_THRESHOLD`` (SettingError otherwise)."""
        value = os.environ.get(THRESHOLD_ENV)
        if value is None or not value.strip():
            return cls()
        allowed = f"a number above 0 and at most {MAX_THRESHOLD} (default {cls.threshold})"
        try:
            threshold = float(value)
        except ValueError:
            raise SettingError(THRESHOLD_ENV, value, "not a number", allowed) from None
        if not 0 < threshold <= MAX_THRESHOLD:
            raise SettingError(THRESHOLD_ENV, value, "out of range", allowed)
        return cls(threshold=threshold)

    @cached_property
    def bands(self) -> tuple[int, int]:
        """(bands, rows per band) that datasketch finds optimal for the threshold."""
        from datasketch import MinHashLSH

        lsh = MinHashLSH(threshold=self.threshold, num_perm=self.num_perm)
        return lsh.b, lsh.r


def shingles(text: str, size: int) -> set[str]:
    """The word ``size``-grams of ``text``, lower case (the whole text when shorter)."""
    words = _WORD.findall(text.casefold())
    if len(words) <= size:
        return {" ".join(words)}
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str, settings: DuplicateSettings) -> MinHash:
    from datasketch import MinHash

    minhash = MinHash(num_perm=settings.num_perm, seed=settings.seed)
    minhash.update_batch([s.encode("utf-8") for s in shingles(text, settings.shingle)])
    return minhash


def encode(minhash: MinHash) -> bytes:
    import numpy as np

    return np.asarray(minhash.hashvalues, dtype="<u8").tobytes()


def decode(data: bytes) -> np.ndarray:
    import numpy as np

    return np.frombuffer(data, dtype="<u8")


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """The estimated Jaccard similarity of two signatures (0 when their sizes differ)."""
    import numpy as np

    return float(np.mean(a == b)) if a.shape == b.shape else 0.0


def buckets(minhash: MinHash, settings: DuplicateSettings) -> list[str]:
    """One key per LSH band: ``band:hash of its rows``."""
    import numpy as np

    values = np.asarray(minhash.hashvalues, dtype="<u8")
    count, rows = settings.bands
    keys = []
    for band in range(count):
        chunk = values[band * rows : (band + 1) * rows].tobytes()
        keys.append(f"{band}:{hashlib.sha1(chunk).hexdigest()[:32]}")
    return keys


@dataclass(frozen=True)
class CopyOf:
    """The stored document a new one is a near-duplicate of, and its group's canonical id."""

    doc_id: str
    canonical: str
    similarity: float


def find_copy_of(
    session: Session, minhash: MinHash, settings: DuplicateSettings
) -> CopyOf | None:
    """The most similar stored document at or above the threshold, if any."""
    import numpy as np

    keys = buckets(minhash, settings)
    candidates = select(BucketRow.doc_id).where(BucketRow.bucket.in_(keys)).distinct()
    query = (
        select(DocumentRow.id, DocumentRow.duplicate_of, SignatureRow.minhash)
        .join(SignatureRow, SignatureRow.doc_id == DocumentRow.id)
        .where(DocumentRow.id.in_(candidates))
        .order_by(DocumentRow.ingested_at, DocumentRow.id)
    )
    mine = np.asarray(minhash.hashvalues, dtype="<u8")
    best: CopyOf | None = None
    for doc_id, duplicate_of, data in session.execute(query):
        score = similarity(mine, decode(data))
        if score >= settings.threshold and (best is None or score > best.similarity):
            best = CopyOf(doc_id, duplicate_of or doc_id, score)
    return best


def remember(
    session: Session, doc_id: str, minhash: MinHash, settings: DuplicateSettings
) -> None:
    """Store a document's signature and buckets."""
    session.add(SignatureRow(doc_id=doc_id, minhash=encode(minhash)))
    session.add_all(BucketRow(doc_id=doc_id, bucket=key) for key in buckets(minhash, settings))


def group_facts(session: Session, canonical: str) -> dict[str, FactRow]:
    """The facts already stored by a group's documents, by key (the earliest per key)."""
    members = select(DocumentRow.id).where(
        (DocumentRow.id == canonical) | (DocumentRow.duplicate_of == canonical)
    )
    rows: Sequence[FactRow] = session.scalars(
        select(FactRow).where(FactRow.doc_id.in_(members)).order_by(FactRow.id)
    ).all()
    found: dict[str, FactRow] = {}
    for row in rows:
        found.setdefault(row.key, row)
    return found
