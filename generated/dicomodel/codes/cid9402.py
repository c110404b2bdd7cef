"""CID 9402 IEC61217 Gantry Position Parameter.

Extensible, version 20130518, UID 1.2.840.10008.6.1.1024.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9402
NAME: _Final[str] = "IEC61217 Gantry Position Parameter"
KEYWORD: _Final[str | None] = "IEC61217GantryPositionParameter"
UID: _Final[str | None] = "1.2.840.10008.6.1.1024"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20130518"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

IEC61217GantryContinuousRollAngle: _Final[_Code] = _Code(
    "DCM", "126809", "IEC61217 Gantry Continuous Roll Angle", (9402,)
)
"""IEC61217 Gantry Continuous Roll Angle (DCM 126809)."""

IEC61217GantryContinuousPitchAngle: _Final[_Code] = _Code(
    "DCM", "126810", "IEC61217 Gantry Continuous Pitch Angle", (9402,)
)
"""IEC61217 Gantry Continuous Pitch Angle (DCM 126810)."""

IEC61217GantryContinuousYawAngle: _Final[_Code] = _Code(
    "DCM", "126811", "IEC61217 Gantry Continuous Yaw Angle", (9402,)
)
"""IEC61217 Gantry Continuous Yaw Angle (DCM 126811)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    IEC61217GantryContinuousRollAngle,
    IEC61217GantryContinuousPitchAngle,
    IEC61217GantryContinuousYawAngle,
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
