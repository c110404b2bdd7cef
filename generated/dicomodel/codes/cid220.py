"""CID 220 Significance Level.

Extensible, version 20030327, UID 1.2.840.10008.6.1.25.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 220
NAME: Final[str] = "Significance Level"
KEYWORD: Final[str | None] = "SignificanceLevel"
UID: Final[str | None] = "1.2.840.10008.6.1.25"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MostSignificant: Final[Code] = Code("SCT", "371925005", "Most significant", (220,))
"""Most significant (SCT 371925005)."""

HighlySignificant: Final[Code] = Code("SCT", "371926006", "Highly significant", (220,))
"""Highly significant (SCT 371926006)."""

Significant: Final[Code] = Code("SCT", "386134007", "Significant", (220,))
"""Significant (SCT 386134007)."""

NotSignificant: Final[Code] = Code("SCT", "371928007", "Not significant", (220,))
"""Not significant (SCT 371928007)."""

SignificanceUndetermined: Final[Code] = Code(
    "SCT", "386135008", "Significance Undetermined", (220,)
)
"""Significance Undetermined (SCT 386135008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MostSignificant,
    HighlySignificant,
    Significant,
    NotSignificant,
    SignificanceUndetermined,
)
"""The resolved membership: own members, then those of the included groups, in order."""
