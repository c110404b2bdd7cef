"""CID 6318 Prostate DWI MRI Quality Finding.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1375.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6318
NAME: _Final[str] = "Prostate DWI MRI Quality Finding"
KEYWORD: _Final[str | None] = "ProstateDWIMRIQualityFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.1375"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ExpectedBValueIsMissing: _Final[_Code] = _Code(
    "DCM", "130583", "Expected b-value is missing", (6318,)
)
"""Expected b-value is missing (DCM 130583)."""

SevereDistortionInTheAreaOfInterest: _Final[_Code] = _Code(
    "DCM", "130584", "Severe distortion in the area of interest", (6318,)
)
"""Severe distortion in the area of interest (DCM 130584)."""

ExpectedADCMapIsMissing: _Final[_Code] = _Code(
    "DCM", "130585", "Expected ADC map is missing", (6318,)
)
"""Expected ADC map is missing (DCM 130585)."""

DistortionArtifactInTheAreaOfInterest: _Final[_Code] = _Code(
    "DCM", "130586", "Distortion artifact in the area of interest", (6318,)
)
"""Distortion artifact in the area of interest (DCM 130586)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ExpectedBValueIsMissing,
    SevereDistortionInTheAreaOfInterest,
    ExpectedADCMapIsMissing,
    DistortionArtifactInTheAreaOfInterest,
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
