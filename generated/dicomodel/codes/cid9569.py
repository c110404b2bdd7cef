"""CID 9569 Isocentric Patient Support Position Parameter.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1326.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9569
NAME: Final[str] = "Isocentric Patient Support Position Parameter"
KEYWORD: Final[str | None] = "IsocentricPatientSupportPositionParameter"
UID: Final[str | None] = "1.2.840.10008.6.1.1326"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200624"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

IsocentricPatientSupportContinuousPitchAngle: Final[Code] = Code(
    "DCM", "126812", "Isocentric Patient Support Continuous Pitch Angle", (9569,)
)
"""Isocentric Patient Support Continuous Pitch Angle (DCM 126812)."""

IsocentricPatientSupportContinuousRollAngle: Final[Code] = Code(
    "DCM", "126813", "Isocentric Patient Support Continuous Roll Angle", (9569,)
)
"""Isocentric Patient Support Continuous Roll Angle (DCM 126813)."""

IsocentricPatientSupportContinuousYawAngle: Final[Code] = Code(
    "DCM", "126814", "Isocentric Patient Support Continuous Yaw Angle", (9569,)
)
"""Isocentric Patient Support Continuous Yaw Angle (DCM 126814)."""

IsocentricPatientSupportLateralPosition: Final[Code] = Code(
    "DCM", "126815", "Isocentric Patient Support Lateral Position", (9569,)
)
"""Isocentric Patient Support Lateral Position (DCM 126815)."""

IsocentricPatientSupportLongitudinalPosition: Final[Code] = Code(
    "DCM", "126816", "Isocentric Patient Support Longitudinal Position", (9569,)
)
"""Isocentric Patient Support Longitudinal Position (DCM 126816)."""

IsocentricPatientSupportVerticalPosition: Final[Code] = Code(
    "DCM", "126817", "Isocentric Patient Support Vertical Position", (9569,)
)
"""Isocentric Patient Support Vertical Position (DCM 126817)."""

MEMBERS: Final[tuple[Code, ...]] = (
    IsocentricPatientSupportContinuousPitchAngle,
    IsocentricPatientSupportContinuousRollAngle,
    IsocentricPatientSupportContinuousYawAngle,
    IsocentricPatientSupportLateralPosition,
    IsocentricPatientSupportLongitudinalPosition,
    IsocentricPatientSupportVerticalPosition,
)
"""The resolved membership: own members, then those of the included groups, in order."""
