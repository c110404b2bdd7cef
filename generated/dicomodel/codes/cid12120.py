"""CID 12120 Ultrasound Blood Velocity Measurement.

Extensible, version 20240612, UID 1.2.840.10008.6.1.586.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12120
NAME: _Final[str] = "Ultrasound Blood Velocity Measurement"
KEYWORD: _Final[str | None] = "UltrasoundBloodVelocityMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.586"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240612"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

EndDiastolicVelocity: _Final[_Code] = _Code(
    "LN", "11653-3", "End Diastolic Velocity", (12120, 12222)
)
"""End Diastolic Velocity (LN 11653-3)."""

MinimumDiastolicVelocity: _Final[_Code] = _Code(
    "LN", "11665-7", "Minimum Diastolic Velocity", (12120,)
)
"""Minimum Diastolic Velocity (LN 11665-7)."""

PeakSystolicVelocity: _Final[_Code] = _Code(
    "LN", "11726-7", "Peak Systolic Velocity", (12120, 12222)
)
"""Peak Systolic Velocity (LN 11726-7)."""

PeakBloodVelocity: _Final[_Code] = _Code(
    "LN", "20355-4", "Peak Blood Velocity", (12120, 12222, 12304)
)
"""Peak Blood Velocity (LN 20355-4)."""

TimeAveragedMeanVelocity: _Final[_Code] = _Code(
    "LN", "20352-1", "Time averaged mean velocity", (12120, 12222, 12304)
)
"""Time averaged mean velocity (LN 20352-1)."""

TimeAveragedPeakVelocity: _Final[_Code] = _Code(
    "LN", "11692-1", "Time averaged peak velocity", (12120, 12222)
)
"""Time averaged peak velocity (LN 11692-1)."""

VelocityTimeIntegral: _Final[_Code] = _Code(
    "LN", "20354-7", "Velocity Time Integral", (12120, 12222, 12304)
)
"""Velocity Time Integral (LN 20354-7)."""

FlowVelocity: _Final[_Code] = _Code("DCM", "110828", "Flow velocity", (7180, 12120))
"""Flow velocity (DCM 110828)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EndDiastolicVelocity,
    MinimumDiastolicVelocity,
    PeakSystolicVelocity,
    PeakBloodVelocity,
    TimeAveragedMeanVelocity,
    TimeAveragedPeakVelocity,
    VelocityTimeIntegral,
    FlowVelocity,
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
