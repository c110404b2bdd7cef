"""CID 9402 IEC61217 Gantry Position Parameter.

Extensible, version 20130518, UID 1.2.840.10008.6.1.1024.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9402
NAME: Final[str] = "IEC61217 Gantry Position Parameter"
KEYWORD: Final[str | None] = "IEC61217GantryPositionParameter"
UID: Final[str | None] = "1.2.840.10008.6.1.1024"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20130518"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

IEC61217GantryContinuousRollAngle: Final[Code] = Code(
    "DCM", "126809", "IEC61217 Gantry Continuous Roll Angle", (9402,)
)
"""IEC61217 Gantry Continuous Roll Angle (DCM 126809)."""

IEC61217GantryContinuousPitchAngle: Final[Code] = Code(
    "DCM", "126810", "IEC61217 Gantry Continuous Pitch Angle", (9402,)
)
"""IEC61217 Gantry Continuous Pitch Angle (DCM 126810)."""

IEC61217GantryContinuousYawAngle: Final[Code] = Code(
    "DCM", "126811", "IEC61217 Gantry Continuous Yaw Angle", (9402,)
)
"""IEC61217 Gantry Continuous Yaw Angle (DCM 126811)."""

MEMBERS: Final[tuple[Code, ...]] = (
    IEC61217GantryContinuousRollAngle,
    IEC61217GantryContinuousPitchAngle,
    IEC61217GantryContinuousYawAngle,
)
"""The resolved membership: own members, then those of the included groups, in order."""
