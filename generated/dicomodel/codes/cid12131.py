"""CID 12131 Organ Part (Lateralized).

Extensible, version 20200310, UID 1.2.840.10008.6.1.1317.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12131
NAME: Final[str] = "Organ Part (Lateralized)"
KEYWORD: Final[str | None] = "OrganPartLateralized"
UID: Final[str | None] = "1.2.840.10008.6.1.1317"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200310"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LeftLobeOfThyroid: Final[Code] = Code("SCT", "79163004", "Left lobe of thyroid", (12131,))
"""Left lobe of thyroid (SCT 79163004)."""

RightLobeOfThyroid: Final[Code] = Code("SCT", "29565003", "Right lobe of thyroid", (12131,))
"""Right lobe of thyroid (SCT 29565003)."""

MEMBERS: Final[tuple[Code, ...]] = (LeftLobeOfThyroid, RightLobeOfThyroid)
"""The resolved membership: own members, then those of the included groups, in order."""
