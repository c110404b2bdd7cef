"""CID 6318 Prostate DWI MRI Quality Finding.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1375.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6318
NAME: Final[str] = "Prostate DWI MRI Quality Finding"
KEYWORD: Final[str | None] = "ProstateDWIMRIQualityFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.1375"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ExpectedBValueIsMissing: Final[Code] = Code("DCM", "130583", "Expected b-value is missing", (6318,))
"""Expected b-value is missing (DCM 130583)."""

SevereDistortionInTheAreaOfInterest: Final[Code] = Code(
    "DCM", "130584", "Severe distortion in the area of interest", (6318,)
)
"""Severe distortion in the area of interest (DCM 130584)."""

ExpectedADCMapIsMissing: Final[Code] = Code("DCM", "130585", "Expected ADC map is missing", (6318,))
"""Expected ADC map is missing (DCM 130585)."""

DistortionArtifactInTheAreaOfInterest: Final[Code] = Code(
    "DCM", "130586", "Distortion artifact in the area of interest", (6318,)
)
"""Distortion artifact in the area of interest (DCM 130586)."""

MEMBERS: Final[tuple[Code, ...]] = (
    ExpectedBValueIsMissing,
    SevereDistortionInTheAreaOfInterest,
    ExpectedADCMapIsMissing,
    DistortionArtifactInTheAreaOfInterest,
)
"""The resolved membership: own members, then those of the included groups, in order."""
