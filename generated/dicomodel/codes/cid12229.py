"""CID 12229 Echocardiography Area Method.

Extensible, version 20030918, UID 1.2.840.10008.6.1.620.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12229
NAME: Final[str] = "Echocardiography Area Method"
KEYWORD: Final[str | None] = "EchocardiographyAreaMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.620"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AreaByPressureHalfTime: Final[Code] = Code("DCM", "125210", "Area by Pressure Half-Time", (12229,))
"""Area by Pressure Half-Time (DCM 125210)."""

ContinuityEquation: Final[Code] = Code("DCM", "125212", "Continuity Equation", (12229,))
"""Continuity Equation (DCM 125212)."""

ContinuityEquationByMeanVelocity: Final[Code] = Code(
    "DCM", "125213", "Continuity Equation by Mean Velocity", (12229,)
)
"""Continuity Equation by Mean Velocity (DCM 125213)."""

ContinuityEquationByPeakVelocity: Final[Code] = Code(
    "DCM", "125214", "Continuity Equation by Peak Velocity", (12229,)
)
"""Continuity Equation by Peak Velocity (DCM 125214)."""

ContinuityEquationByVelocityTimeIntegral: Final[Code] = Code(
    "DCM", "125215", "Continuity Equation by Velocity Time Integral", (12229,)
)
"""Continuity Equation by Velocity Time Integral (DCM 125215)."""

ProximalIsovelocitySurfaceArea: Final[Code] = Code(
    "DCM", "125216", "Proximal Isovelocity Surface Area", (12229, 12231)
)
"""Proximal Isovelocity Surface Area (DCM 125216)."""

Planimetry: Final[Code] = Code("DCM", "125220", "Planimetry", (12229,))
"""Planimetry (DCM 125220)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AreaByPressureHalfTime,
    ContinuityEquation,
    ContinuityEquationByMeanVelocity,
    ContinuityEquationByPeakVelocity,
    ContinuityEquationByVelocityTimeIntegral,
    ProximalIsovelocitySurfaceArea,
    Planimetry,
)
"""The resolved membership: own members, then those of the included groups, in order."""
