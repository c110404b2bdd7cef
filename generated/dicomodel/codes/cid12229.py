"""CID 12229 Echocardiography Area Method.

Extensible, version 20030918, UID 1.2.840.10008.6.1.620.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12229
NAME: _Final[str] = "Echocardiography Area Method"
KEYWORD: _Final[str | None] = "EchocardiographyAreaMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.620"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AreaByPressureHalfTime: _Final[_Code] = _Code(
    "DCM", "125210", "Area by Pressure Half-Time", (12229,)
)
"""Area by Pressure Half-Time (DCM 125210)."""

ContinuityEquation: _Final[_Code] = _Code("DCM", "125212", "Continuity Equation", (12229,))
"""Continuity Equation (DCM 125212)."""

ContinuityEquationByMeanVelocity: _Final[_Code] = _Code(
    "DCM", "125213", "Continuity Equation by Mean Velocity", (12229,)
)
"""Continuity Equation by Mean Velocity (DCM 125213)."""

ContinuityEquationByPeakVelocity: _Final[_Code] = _Code(
    "DCM", "125214", "Continuity Equation by Peak Velocity", (12229,)
)
"""Continuity Equation by Peak Velocity (DCM 125214)."""

ContinuityEquationByVelocityTimeIntegral: _Final[_Code] = _Code(
    "DCM", "125215", "Continuity Equation by Velocity Time Integral", (12229,)
)
"""Continuity Equation by Velocity Time Integral (DCM 125215)."""

ProximalIsovelocitySurfaceArea: _Final[_Code] = _Code(
    "DCM", "125216", "Proximal Isovelocity Surface Area", (12229, 12231)
)
"""Proximal Isovelocity Surface Area (DCM 125216)."""

Planimetry: _Final[_Code] = _Code("DCM", "125220", "Planimetry", (12229,))
"""Planimetry (DCM 125220)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AreaByPressureHalfTime,
    ContinuityEquation,
    ContinuityEquationByMeanVelocity,
    ContinuityEquationByPeakVelocity,
    ContinuityEquationByVelocityTimeIntegral,
    ProximalIsovelocitySurfaceArea,
    Planimetry,
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
