"""Names that stand for one company or network, as the trade writes them.

General vocabulary, not facts about any one show: each group is one channel or brand.
Variants that the normalisation already joins (case, ``BBC1`` = ``BBC 1`` = ``BBC One``,
``+`` = ``Plus``, a leading ``The``) need no entry here. Related brands are separate
groups on purpose (``HBO`` and ``HBO Max``; ``Amazon`` and ``Prime Video``).
"""

from __future__ import annotations

COMPANY_ALIASES: tuple[tuple[str, ...], ...] = (
    ("Prime Video", "Amazon Prime Video", "Amazon Prime"),
    ("Syfy", "Sci Fi Channel", "Sci-Fi Channel"),
    ("Bravo", "Bravo TV"),
    ("Lifetime", "Lifetime TV"),
    ("Spike", "Spike TV"),
    ("SundanceTV", "Sundance TV", "Sundance Channel", "Sundance"),
    ("Warner Bros", "Warner Brothers"),
    ("History", "History Channel", "The History Channel"),
    ("Discovery", "Discovery Channel"),
    ("Channel 4", "Channel Four"),
    ("Channel 5", "Channel Five", "Five"),
    ("USA Network", "USA"),
    ("ABC Family", "ABC Family Channel"),
)
