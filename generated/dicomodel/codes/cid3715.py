"""CID 3715 Lesion Margin.

Extensible, version 20050614, UID 1.2.840.10008.6.1.216.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3715
NAME: Final[str] = "Lesion Margin"
KEYWORD: Final[str | None] = "LesionMargin"
UID: Final[str | None] = "1.2.840.10008.6.1.216"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Smooth: Final[Code] = Code("SCT", "82280004", "Smooth", (3715,))
"""Smooth (SCT 82280004)."""

Irregular: Final[Code] = Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001)."""

MultipleIrregularities: Final[Code] = Code("SCT", "371922008", "Multiple Irregularities", (3715,))
"""Multiple Irregularities (SCT 371922008)."""

Ulcerative: Final[Code] = Code("SCT", "255321001", "Ulcerative", (3715,))
"""Ulcerative (SCT 255321001)."""

MEMBERS: Final[tuple[Code, ...]] = (Smooth, Irregular, MultipleIrregularities, Ulcerative)
"""The resolved membership: own members, then those of the included groups, in order."""
