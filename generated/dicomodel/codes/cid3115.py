"""CID 3115 Stress Imaging Quality Issue.

Extensible, version 20080927, UID 1.2.840.10008.6.1.747.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3115
NAME: _Final[str] = "Stress Imaging Quality Issue"
KEYWORD: _Final[str | None] = "StressImagingQualityIssue"
UID: _Final[str | None] = "1.2.840.10008.6.1.747"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MotionBlur: _Final[_Code] = _Code("DCM", "111210", "Motion blur", (3115, 6041, 6135, 7011))
"""Motion blur (DCM 111210)."""

BodyHabitusAttenuation: _Final[_Code] = _Code("DCM", "122743", "Body habitus attenuation", (3115,))
"""Body habitus attenuation (DCM 122743)."""

BreastAttenuation: _Final[_Code] = _Code("DCM", "122744", "Breast attenuation", (3115,))
"""Breast attenuation (DCM 122744)."""

DiaphragmaticAttenuation: _Final[_Code] = _Code(
    "DCM", "122745", "Diaphragmatic attenuation", (3115,)
)
"""Diaphragmatic attenuation (DCM 122745)."""

SubdiaphragmaticUptake: _Final[_Code] = _Code(
    "SCT", "429382003", "Subdiaphragmatic uptake", (3115,)
)
"""Subdiaphragmatic uptake (SCT 429382003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MotionBlur,
    BodyHabitusAttenuation,
    BreastAttenuation,
    DiaphragmaticAttenuation,
    SubdiaphragmaticUptake,
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
