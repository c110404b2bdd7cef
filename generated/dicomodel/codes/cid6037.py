"""CID 6037 Mammography Quantitative Temporal Difference Type.

Extensible, version 20020904, UID 1.2.840.10008.6.1.367.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6037
NAME: Final[str] = "Mammography Quantitative Temporal Difference Type"
KEYWORD: Final[str | None] = "MammographyQuantitativeTemporalDifferenceType"
UID: Final[str | None] = "1.2.840.10008.6.1.367"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20020904"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

DifferenceInSize: Final[Code] = Code("SCT", "129806009", "Difference in size", (6037,))
"""Difference in size (SCT 129806009)."""

DifferenceInOpacity: Final[Code] = Code("SCT", "129807000", "Difference in opacity", (6037,))
"""Difference in opacity (SCT 129807000)."""

DifferenceInLocation: Final[Code] = Code("SCT", "129808005", "Difference in location", (6037,))
"""Difference in location (SCT 129808005)."""

DifferenceInSpatialProximity: Final[Code] = Code(
    "SCT", "129809002", "Difference in spatial proximity", (6037,)
)
"""Difference in spatial proximity (SCT 129809002)."""

DifferenceInNumberOfCalcifications: Final[Code] = Code(
    "SCT", "129810007", "Difference in number of calcifications", (6037,)
)
"""Difference in number of calcifications (SCT 129810007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    DifferenceInSize,
    DifferenceInOpacity,
    DifferenceInLocation,
    DifferenceInSpatialProximity,
    DifferenceInNumberOfCalcifications,
)
"""The resolved membership: own members, then those of the included groups, in order."""
