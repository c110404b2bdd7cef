"""CID 9569 Isocentric Patient Support Position Parameter.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1326.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9569
NAME: _Final[str] = "Isocentric Patient Support Position Parameter"
KEYWORD: _Final[str | None] = "IsocentricPatientSupportPositionParameter"
UID: _Final[str | None] = "1.2.840.10008.6.1.1326"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200624"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

IsocentricPatientSupportContinuousPitchAngle: _Final[_Code] = _Code(
    "DCM", "126812", "Isocentric Patient Support Continuous Pitch Angle", (9569,)
)
"""Isocentric Patient Support Continuous Pitch Angle (DCM 126812)."""

IsocentricPatientSupportContinuousRollAngle: _Final[_Code] = _Code(
    "DCM", "126813", "Isocentric Patient Support Continuous Roll Angle", (9569,)
)
"""Isocentric Patient Support Continuous Roll Angle (DCM 126813)."""

IsocentricPatientSupportContinuousYawAngle: _Final[_Code] = _Code(
    "DCM", "126814", "Isocentric Patient Support Continuous Yaw Angle", (9569,)
)
"""Isocentric Patient Support Continuous Yaw Angle (DCM 126814)."""

IsocentricPatientSupportLateralPosition: _Final[_Code] = _Code(
    "DCM", "126815", "Isocentric Patient Support Lateral Position", (9569,)
)
"""Isocentric Patient Support Lateral Position (DCM 126815)."""

IsocentricPatientSupportLongitudinalPosition: _Final[_Code] = _Code(
    "DCM", "126816", "Isocentric Patient Support Longitudinal Position", (9569,)
)
"""Isocentric Patient Support Longitudinal Position (DCM 126816)."""

IsocentricPatientSupportVerticalPosition: _Final[_Code] = _Code(
    "DCM", "126817", "Isocentric Patient Support Vertical Position", (9569,)
)
"""Isocentric Patient Support Vertical Position (DCM 126817)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    IsocentricPatientSupportContinuousPitchAngle,
    IsocentricPatientSupportContinuousRollAngle,
    IsocentricPatientSupportContinuousYawAngle,
    IsocentricPatientSupportLateralPosition,
    IsocentricPatientSupportLongitudinalPosition,
    IsocentricPatientSupportVerticalPosition,
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
