"""CID 3840 Pulmonary Vein.

Extensible, version 20110818, UID 1.2.840.10008.6.1.290.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3840
NAME: Final[str] = "Pulmonary Vein"
KEYWORD: Final[str | None] = "PulmonaryVein"
UID: Final[str | None] = "1.2.840.10008.6.1.290"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20110818"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PulmonaryVein: Final[Code] = Code("SCT", "430757002", "Pulmonary Vein", (3840, 12283, 12305))
"""Pulmonary Vein (SCT 430757002)."""

LeftPulmonaryVein: Final[Code] = Code("SCT", "27706005", "Left Pulmonary Vein", (3840,))
"""Left Pulmonary Vein (SCT 27706005)."""

InferiorLeftPulmonaryVein: Final[Code] = Code(
    "SCT", "51249003", "Inferior Left Pulmonary Vein", (3010, 3011, 3840, 12280)
)
"""Inferior Left Pulmonary Vein (SCT 51249003)."""

SuperiorLeftPulmonaryVein: Final[Code] = Code(
    "SCT", "43863001", "Superior Left Pulmonary Vein", (3010, 3011, 3840, 12280)
)
"""Superior Left Pulmonary Vein (SCT 43863001)."""

RightPulmonaryVein: Final[Code] = Code("SCT", "91539005", "Right Pulmonary Vein", (3840,))
"""Right Pulmonary Vein (SCT 91539005)."""

InferiorRightPulmonaryVein: Final[Code] = Code(
    "SCT", "113273001", "Inferior Right Pulmonary Vein", (3010, 3011, 3840, 12280)
)
"""Inferior Right Pulmonary Vein (SCT 113273001)."""

SuperiorRightPulmonaryVein: Final[Code] = Code(
    "SCT", "8629005", "Superior Right Pulmonary Vein", (3010, 3011, 3840, 12280)
)
"""Superior Right Pulmonary Vein (SCT 8629005)."""

MEMBERS: Final[tuple[Code, ...]] = (
    PulmonaryVein,
    LeftPulmonaryVein,
    InferiorLeftPulmonaryVein,
    SuperiorLeftPulmonaryVein,
    RightPulmonaryVein,
    InferiorRightPulmonaryVein,
    SuperiorRightPulmonaryVein,
)
"""The resolved membership: own members, then those of the included groups, in order."""
