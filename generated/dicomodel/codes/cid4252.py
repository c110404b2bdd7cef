"""CID 4252 Visual Field Static Perimetry Screening Test Mode.

Extensible, version 20100827, UID 1.2.840.10008.6.1.911.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4252
NAME: Final[str] = "Visual Field Static Perimetry Screening Test Mode"
KEYWORD: Final[str | None] = "VisualFieldStaticPerimetryScreeningTestMode"
UID: Final[str | None] = "1.2.840.10008.6.1.911"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100827"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AgeCorrected: Final[Code] = Code("DCM", "111838", "Age corrected", (4252,))
"""Age corrected (DCM 111838)."""

ThresholdRelated: Final[Code] = Code("DCM", "111839", "Threshold related", (4252,))
"""Threshold related (DCM 111839)."""

SingleLuminance: Final[Code] = Code("DCM", "111840", "Single luminance", (4252,))
"""Single luminance (DCM 111840)."""

FovealSensitivityRelated: Final[Code] = Code("DCM", "111841", "Foveal sensitivity related", (4252,))
"""Foveal sensitivity related (DCM 111841)."""

RelatedToNonMacularSensitivity: Final[Code] = Code(
    "DCM", "111842", "Related to non macular sensitivity", (4252,)
)
"""Related to non macular sensitivity (DCM 111842)."""

UserChosenValue: Final[Code] = Code("DCM", "121410", "User chosen value", (224, 4241, 4252, 12301))
"""User chosen value (DCM 121410)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AgeCorrected,
    ThresholdRelated,
    SingleLuminance,
    FovealSensitivityRelated,
    RelatedToNonMacularSensitivity,
    UserChosenValue,
)
"""The resolved membership: own members, then those of the included groups, in order."""
