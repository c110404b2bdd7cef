"""CID 6207 Colon Quantitative Temporal Difference Type.

Extensible, version 20090717, UID 1.2.840.10008.6.1.794.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6207
NAME: Final[str] = "Colon Quantitative Temporal Difference Type"
KEYWORD: Final[str | None] = "ColonQuantitativeTemporalDifferenceType"
UID: Final[str | None] = "1.2.840.10008.6.1.794"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20090717"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DifferenceInSize: Final[Code] = Code("SCT", "442714003", "Difference in size", (6133, 6207))
"""Difference in size (SCT 442714003)."""

DifferenceInLocation: Final[Code] = Code("SCT", "442726008", "Difference in location", (6133, 6207))
"""Difference in location (SCT 442726008)."""

DifferenceInAttenuation: Final[Code] = Code(
    "SCT", "442707000", "Difference in attenuation", (6207,)
)
"""Difference in attenuation (SCT 442707000)."""

MEMBERS: Final[tuple[Code, ...]] = (DifferenceInSize, DifferenceInLocation, DifferenceInAttenuation)
"""The resolved membership: own members, then those of the included groups, in order."""
