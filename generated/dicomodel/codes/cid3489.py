"""CID 3489 Calcium Distribution.

Extensible, version 20040614, UID 1.2.840.10008.6.1.124.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3489
NAME: Final[str] = "Calcium Distribution"
KEYWORD: Final[str | None] = "CalciumDistribution"
UID: Final[str | None] = "1.2.840.10008.6.1.124"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Superficial: Final[Code] = Code("SCT", "26283006", "Superficial", (2, 3489))
"""Superficial (SCT 26283006)."""

Deep: Final[Code] = Code("SCT", "795002", "Deep", (2, 3489))
"""Deep (SCT 795002)."""

MEMBERS: Final[tuple[Code, ...]] = (Superficial, Deep)
"""The resolved membership: own members, then those of the included groups, in order."""
