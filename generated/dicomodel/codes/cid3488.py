"""CID 3488 Min/Max/Mean.

Extensible, version 20040614, UID 1.2.840.10008.6.1.123.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3488
NAME: Final[str] = "Min/Max/Mean"
KEYWORD: Final[str | None] = "MinMaxMean"
UID: Final[str | None] = "1.2.840.10008.6.1.123"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Maximum: Final[Code] = Code("SCT", "56851009", "Maximum", (3488, 12301))
"""Maximum (SCT 56851009)."""

Minimum: Final[Code] = Code("SCT", "255605001", "Minimum", (3488, 12301))
"""Minimum (SCT 255605001)."""

Mean: Final[Code] = Code("SCT", "373098007", "Mean", (226, 3488, 3627, 3676))
"""Mean (SCT 373098007)."""

MEMBERS: Final[tuple[Code, ...]] = (Maximum, Minimum, Mean)
"""The resolved membership: own members, then those of the included groups, in order."""
