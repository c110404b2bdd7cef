"""CID 6091 Relative Frequency of Event Value.

Extensible, version 20040112, UID 1.2.840.10008.6.1.413.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6091
NAME: Final[str] = "Relative Frequency of Event Value"
KEYWORD: Final[str | None] = "RelativeFrequencyOfEventValue"
UID: Final[str | None] = "1.2.840.10008.6.1.413"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Continuous: Final[Code] = Code("SCT", "255238004", "Continuous", (6091,))
"""Continuous (SCT 255238004)."""

Frequent: Final[Code] = Code("SCT", "70232002", "Frequent", (6091,))
"""Frequent (SCT 70232002)."""

MidFrequency: Final[Code] = Code("SCT", "255218000", "Mid-frequency", (6091,))
"""Mid-frequency (SCT 255218000)."""

Infrequent: Final[Code] = Code("SCT", "27789000", "Infrequent", (6091,))
"""Infrequent (SCT 27789000)."""

AsRequired: Final[Code] = Code("SCT", "225761000", "As required", (6091,))
"""As required (SCT 225761000)."""

SingleEvent: Final[Code] = Code("SCT", "307486002", "Single event", (6091,))
"""Single event (SCT 307486002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Continuous,
    Frequent,
    MidFrequency,
    Infrequent,
    AsRequired,
    SingleEvent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
