"""CID 3527 Blood Base Excess.

Extensible, version 20030327, UID 1.2.840.10008.6.1.141.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3527
NAME: Final[str] = "Blood Base Excess"
KEYWORD: Final[str | None] = "BloodBaseExcess"
UID: Final[str | None] = "1.2.840.10008.6.1.141"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BloodBaseExcess: Final[Code] = Code("LN", "11555-0", "Blood Base Excess", (3527,))
"""Blood Base Excess (LN 11555-0)."""

ArterialBloodBaseExcess: Final[Code] = Code("LN", "1925-7", "Arterial Blood Base Excess", (3527,))
"""Arterial Blood Base Excess (LN 1925-7)."""

VenousBloodBaseExcess: Final[Code] = Code("LN", "1927-3", "Venous Blood Base Excess", (3527,))
"""Venous Blood Base Excess (LN 1927-3)."""

MEMBERS: Final[tuple[Code, ...]] = (BloodBaseExcess, ArterialBloodBaseExcess, VenousBloodBaseExcess)
"""The resolved membership: own members, then those of the included groups, in order."""
