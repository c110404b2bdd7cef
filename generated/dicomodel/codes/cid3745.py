"""CID 3745 Calculation Method.

Extensible, version 20050110, UID 1.2.840.10008.6.1.242.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3745
NAME: Final[str] = "Calculation Method"
KEYWORD: Final[str | None] = "CalculationMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.242"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Estimated: Final[Code] = Code("SCT", "414135002", "Estimated", (3627, 3745, 6140, 10009))
"""Estimated (SCT 414135002)."""

Calculated: Final[Code] = Code("SCT", "258090004", "Calculated", (3627, 3745, 10009))
"""Calculated (SCT 258090004)."""

MEMBERS: Final[tuple[Code, ...]] = (Estimated, Calculated)
"""The resolved membership: own members, then those of the included groups, in order."""
