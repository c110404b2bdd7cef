"""CID 6048 CAD Operating Point Axis Label.

Extensible, version 20060612, UID 1.2.840.10008.6.1.378.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6048
NAME: _Final[str] = "CAD Operating Point Axis Label"
KEYWORD: _Final[str | None] = "CADOperatingPointAxisLabel"
UID: _Final[str | None] = "1.2.840.10008.6.1.378"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20060612"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CertaintyOfFinding: _Final[_Code] = _Code("DCM", "111012", "Certainty of Finding", (6048,))
"""Certainty of Finding (DCM 111012)."""

ProbabilityOfCancer: _Final[_Code] = _Code("DCM", "111047", "Probability of cancer", (6048,))
"""Probability of cancer (DCM 111047)."""

FalseMarkersPerImage: _Final[_Code] = _Code("DCM", "111086", "False Markers per Image", (6048,))
"""False Markers per Image (DCM 111086)."""

FalseMarkersPerCase: _Final[_Code] = _Code("DCM", "111087", "False Markers per Case", (6048,))
"""False Markers per Case (DCM 111087)."""

CaseSensitivity: _Final[_Code] = _Code("DCM", "111088", "Case Sensitivity", (6048,))
"""Case Sensitivity (DCM 111088)."""

LesionSensitivity: _Final[_Code] = _Code("DCM", "111089", "Lesion Sensitivity", (6048,))
"""Lesion Sensitivity (DCM 111089)."""

CaseSpecificity: _Final[_Code] = _Code("DCM", "111090", "Case Specificity", (6048,))
"""Case Specificity (DCM 111090)."""

ImageSpecificity: _Final[_Code] = _Code("DCM", "111091", "Image Specificity", (6048,))
"""Image Specificity (DCM 111091)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
