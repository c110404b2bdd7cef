"""CID 12120 Ultrasound Blood Velocity Measurement.

Extensible, version 20240612, UID 1.2.840.10008.6.1.586.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12120
NAME: Final[str] = "Ultrasound Blood Velocity Measurement"
KEYWORD: Final[str | None] = "UltrasoundBloodVelocityMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.586"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240612"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

EndDiastolicVelocity: Final[Code] = Code("LN", "11653-3", "End Diastolic Velocity", (12120, 12222))
"""End Diastolic Velocity (LN 11653-3)."""

MinimumDiastolicVelocity: Final[Code] = Code(
    "LN", "11665-7", "Minimum Diastolic Velocity", (12120,)
)
"""Minimum Diastolic Velocity (LN 11665-7)."""

PeakSystolicVelocity: Final[Code] = Code("LN", "11726-7", "Peak Systolic Velocity", (12120, 12222))
"""Peak Systolic Velocity (LN 11726-7)."""

PeakBloodVelocity: Final[Code] = Code("LN", "20355-4", "Peak Blood Velocity", (12120, 12222, 12304))
"""Peak Blood Velocity (LN 20355-4)."""

TimeAveragedMeanVelocity: Final[Code] = Code(
    "LN", "20352-1", "Time averaged mean velocity", (12120, 12222, 12304)
)
"""Time averaged mean velocity (LN 20352-1)."""

TimeAveragedPeakVelocity: Final[Code] = Code(
    "LN", "11692-1", "Time averaged peak velocity", (12120, 12222)
)
"""Time averaged peak velocity (LN 11692-1)."""

VelocityTimeIntegral: Final[Code] = Code(
    "LN", "20354-7", "Velocity Time Integral", (12120, 12222, 12304)
)
"""Velocity Time Integral (LN 20354-7)."""

FlowVelocity: Final[Code] = Code("DCM", "110828", "Flow velocity", (7180, 12120))
"""Flow velocity (DCM 110828)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
