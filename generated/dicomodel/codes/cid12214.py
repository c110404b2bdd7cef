"""CID 12214 Echocardiography Pulmonary Vein Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.606.
Includes CID 12220.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12214
NAME: Final[str] = "Echocardiography Pulmonary Vein Measurement"
KEYWORD: Final[str | None] = "EchocardiographyPulmonaryVeinMeasurement"
UID: Final[str | None] = "1.2.840.10008.6.1.606"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = (12220,)
EXTERNAL_SCHEME: Final[str | None] = None

PulmonaryVeinSystolicPeakVelocity: Final[Code] = Code(
    "LN", "29450-4", "Pulmonary Vein Systolic Peak Velocity", (12214,)
)
"""Pulmonary Vein Systolic Peak Velocity (LN 29450-4)."""

PulmonaryVeinDiastolicPeakVelocity: Final[Code] = Code(
    "LN", "29451-2", "Pulmonary Vein Diastolic Peak Velocity", (12214,)
)
"""Pulmonary Vein Diastolic Peak Velocity (LN 29451-2)."""

PulmonaryVeinSystolicToDiastolicRatio: Final[Code] = Code(
    "LN", "29452-0", "Pulmonary Vein Systolic to Diastolic Ratio", (12214,)
)
"""Pulmonary Vein Systolic to Diastolic Ratio (LN 29452-0)."""

PulmonaryVeinAtrialContractionReversalPeakVelocity: Final[Code] = Code(
    "LN", "29453-8", "Pulmonary Vein Atrial Contraction Reversal Peak Velocity", (12214,)
)
"""Pulmonary Vein Atrial Contraction Reversal Peak Velocity (LN 29453-8)."""

PulmonaryVeinAWaveDuration: Final[Code] = Code(
    "SCT", "399070007", "Pulmonary Vein A-Wave Duration", (12214,)
)
"""Pulmonary Vein A-Wave Duration (SCT 399070007)."""

PulmonaryVeinDWaveVelocityTimeIntegral: Final[Code] = Code(
    "SCT", "399039004", "Pulmonary Vein D-Wave Velocity Time Integral", (12214,)
)
"""Pulmonary Vein D-Wave Velocity Time Integral (SCT 399039004)."""

PulmonaryVeinSWaveVelocityTimeIntegral: Final[Code] = Code(
    "SCT", "399267001", "Pulmonary Vein S-Wave Velocity Time Integral", (12214,)
)
"""Pulmonary Vein S-Wave Velocity Time Integral (SCT 399267001)."""

HeartRate: Final[Code] = Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

MEMBERS: Final[tuple[Code, ...]] = (
    PulmonaryVeinSystolicPeakVelocity,
    PulmonaryVeinDiastolicPeakVelocity,
    PulmonaryVeinSystolicToDiastolicRatio,
    PulmonaryVeinAtrialContractionReversalPeakVelocity,
    PulmonaryVeinAWaveDuration,
    PulmonaryVeinDWaveVelocityTimeIntegral,
    PulmonaryVeinSWaveVelocityTimeIntegral,
    HeartRate,
)
"""The resolved membership: own members, then those of the included groups, in order."""
