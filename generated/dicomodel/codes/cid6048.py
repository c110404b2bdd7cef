"""CID 6048 CAD Operating Point Axis Label.

Extensible, version 20060612, UID 1.2.840.10008.6.1.378.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6048
NAME: Final[str] = "CAD Operating Point Axis Label"
KEYWORD: Final[str | None] = "CADOperatingPointAxisLabel"
UID: Final[str | None] = "1.2.840.10008.6.1.378"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20060612"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

CertaintyOfFinding: Final[Code] = Code("DCM", "111012", "Certainty of Finding", (6048,))
"""Certainty of Finding (DCM 111012)."""

ProbabilityOfCancer: Final[Code] = Code("DCM", "111047", "Probability of cancer", (6048,))
"""Probability of cancer (DCM 111047)."""

FalseMarkersPerImage: Final[Code] = Code("DCM", "111086", "False Markers per Image", (6048,))
"""False Markers per Image (DCM 111086)."""

FalseMarkersPerCase: Final[Code] = Code("DCM", "111087", "False Markers per Case", (6048,))
"""False Markers per Case (DCM 111087)."""

CaseSensitivity: Final[Code] = Code("DCM", "111088", "Case Sensitivity", (6048,))
"""Case Sensitivity (DCM 111088)."""

LesionSensitivity: Final[Code] = Code("DCM", "111089", "Lesion Sensitivity", (6048,))
"""Lesion Sensitivity (DCM 111089)."""

CaseSpecificity: Final[Code] = Code("DCM", "111090", "Case Specificity", (6048,))
"""Case Specificity (DCM 111090)."""

ImageSpecificity: Final[Code] = Code("DCM", "111091", "Image Specificity", (6048,))
"""Image Specificity (DCM 111091)."""

MEMBERS: Final[tuple[Code, ...]] = (
    CertaintyOfFinding,
    ProbabilityOfCancer,
    FalseMarkersPerImage,
    FalseMarkersPerCase,
    CaseSensitivity,
    LesionSensitivity,
    CaseSpecificity,
    ImageSpecificity,
)
"""The resolved membership: own members, then those of the included groups, in order."""
