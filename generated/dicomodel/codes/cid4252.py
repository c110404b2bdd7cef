"""CID 4252 Visual Field Static Perimetry Screening Test Mode.

Extensible, version 20100827, UID 1.2.840.10008.6.1.911.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4252
NAME: _Final[str] = "Visual Field Static Perimetry Screening Test Mode"
KEYWORD: _Final[str | None] = "VisualFieldStaticPerimetryScreeningTestMode"
UID: _Final[str | None] = "1.2.840.10008.6.1.911"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AgeCorrected: _Final[_Code] = _Code("DCM", "111838", "Age corrected", (4252,))
"""Age corrected (DCM 111838)."""

ThresholdRelated: _Final[_Code] = _Code("DCM", "111839", "Threshold related", (4252,))
"""Threshold related (DCM 111839)."""

SingleLuminance: _Final[_Code] = _Code("DCM", "111840", "Single luminance", (4252,))
"""Single luminance (DCM 111840)."""

FovealSensitivityRelated: _Final[_Code] = _Code(
    "DCM", "111841", "Foveal sensitivity related", (4252,)
)
"""Foveal sensitivity related (DCM 111841)."""

RelatedToNonMacularSensitivity: _Final[_Code] = _Code(
    "DCM", "111842", "Related to non macular sensitivity", (4252,)
)
"""Related to non macular sensitivity (DCM 111842)."""

UserChosenValue: _Final[_Code] = _Code(
    "DCM", "121410", "User chosen value", (224, 4241, 4252, 12301)
)
"""User chosen value (DCM 121410)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AgeCorrected,
    ThresholdRelated,
    SingleLuminance,
    FovealSensitivityRelated,
    RelatedToNonMacularSensitivity,
    UserChosenValue,
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
