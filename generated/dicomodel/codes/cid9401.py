"""CID 9401 IEC61217 Device Position Parameter.

Extensible, version 20130518, UID 1.2.840.10008.6.1.1023.
Includes CID 9402, CID 9403.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9401
NAME: _Final[str] = "IEC61217 Device Position Parameter"
KEYWORD: _Final[str | None] = "IEC61217DevicePositionParameter"
UID: _Final[str | None] = "1.2.840.10008.6.1.1023"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20130518"
INCLUDES: _Final[tuple[int, ...]] = (9402, 9403)
EXTERNAL_SCHEME: _Final[str | None] = None

IEC61217GantryContinuousRollAngle: _Final[_Code] = _Code(
    "DCM", "126809", "IEC61217 Gantry Continuous Roll Angle", (9402,)
)
"""IEC61217 Gantry Continuous Roll Angle (DCM 126809). Included from CID 9402."""

IEC61217GantryContinuousPitchAngle: _Final[_Code] = _Code(
    "DCM", "126810", "IEC61217 Gantry Continuous Pitch Angle", (9402,)
)
"""IEC61217 Gantry Continuous Pitch Angle (DCM 126810). Included from CID 9402."""

IEC61217GantryContinuousYawAngle: _Final[_Code] = _Code(
    "DCM", "126811", "IEC61217 Gantry Continuous Yaw Angle", (9402,)
)
"""IEC61217 Gantry Continuous Yaw Angle (DCM 126811). Included from CID 9402."""

IEC61217PatientSupportContinuousYawAngle: _Final[_Code] = _Code(
    "DCM", "126801", "IEC61217 Patient Support Continuous Yaw Angle", (9403,)
)
"""IEC61217 Patient Support Continuous Yaw Angle (DCM 126801). Included from CID 9403."""

IEC61217TableTopContinuousPitchAngle: _Final[_Code] = _Code(
    "DCM", "126802", "IEC61217 Table Top Continuous Pitch Angle", (9403,)
)
"""IEC61217 Table Top Continuous Pitch Angle (DCM 126802). Included from CID 9403."""

IEC61217TableTopContinuousRollAngle: _Final[_Code] = _Code(
    "DCM", "126803", "IEC61217 Table Top Continuous Roll Angle", (9403,)
)
"""IEC61217 Table Top Continuous Roll Angle (DCM 126803). Included from CID 9403."""

IEC61217TableTopEccentricAxisDistance: _Final[_Code] = _Code(
    "DCM", "126804", "IEC61217 Table Top Eccentric Axis Distance", (9403,)
)
"""IEC61217 Table Top Eccentric Axis Distance (DCM 126804). Included from CID 9403."""

IEC61217TableTopContinuousEccentricAngle: _Final[_Code] = _Code(
    "DCM", "126805", "IEC61217 Table Top Continuous Eccentric Angle", (9403,)
)
"""IEC61217 Table Top Continuous Eccentric Angle (DCM 126805). Included from CID 9403."""

IEC61217TableTopLateralPosition: _Final[_Code] = _Code(
    "DCM", "126806", "IEC61217 Table Top Lateral Position", (9403,)
)
"""IEC61217 Table Top Lateral Position (DCM 126806). Included from CID 9403."""

IEC61217TableTopLongitudinalPosition: _Final[_Code] = _Code(
    "DCM", "126807", "IEC61217 Table Top Longitudinal Position", (9403,)
)
"""IEC61217 Table Top Longitudinal Position (DCM 126807). Included from CID 9403."""

IEC61217TableTopVerticalPosition: _Final[_Code] = _Code(
    "DCM", "126808", "IEC61217 Table Top Vertical Position", (9403,)
)
"""IEC61217 Table Top Vertical Position (DCM 126808). Included from CID 9403."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    IEC61217GantryContinuousRollAngle,
    IEC61217GantryContinuousPitchAngle,
    IEC61217GantryContinuousYawAngle,
    IEC61217PatientSupportContinuousYawAngle,
    IEC61217TableTopContinuousPitchAngle,
    IEC61217TableTopContinuousRollAngle,
    IEC61217TableTopEccentricAxisDistance,
    IEC61217TableTopContinuousEccentricAngle,
    IEC61217TableTopLateralPosition,
    IEC61217TableTopLongitudinalPosition,
    IEC61217TableTopVerticalPosition,
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
