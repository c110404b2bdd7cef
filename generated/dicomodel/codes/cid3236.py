"""CID 3236 Tolerance Comparison Finding.

Extensible, version 20080827, UID 1.2.840.10008.6.1.782.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3236
NAME: Final[str] = "Tolerance Comparison Finding"
KEYWORD: Final[str | None] = "ToleranceComparisonFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.782"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20080827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

NoChange: Final[Code] = Code("SCT", "260388006", "No change", (3235, 3236, 3237))
"""No change (SCT 260388006)."""

DecreasedTolerance: Final[Code] = Code("SCT", "102460003", "Decreased tolerance", (3236,))
"""Decreased tolerance (SCT 102460003)."""

IncreasedTolerance: Final[Code] = Code("SCT", "102459008", "Increased tolerance", (3236,))
"""Increased tolerance (SCT 102459008)."""

MEMBERS: Final[tuple[Code, ...]] = (NoChange, DecreasedTolerance, IncreasedTolerance)
"""The resolved membership: own members, then those of the included groups, in order."""
