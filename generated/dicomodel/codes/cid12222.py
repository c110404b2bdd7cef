"""CID 12222 Orifice Flow Property.

Extensible, version 20240612, UID 1.2.840.10008.6.1.614.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12222
NAME: Final[str] = "Orifice Flow Property"
KEYWORD: Final[str | None] = "OrificeFlowProperty"
UID: Final[str | None] = "1.2.840.10008.6.1.614"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20240612"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

VolumeFlow: Final[Code] = Code("LN", "33878-0", "Volume Flow", (12122, 12222, 12304))
"""Volume Flow (LN 33878-0)."""

PeakInstantaneousFlowRate: Final[Code] = Code(
    "LN", "34141-2", "Peak Instantaneous Flow Rate", (12222, 12304)
)
"""Peak Instantaneous Flow Rate (LN 34141-2)."""

CardiovascularOrificeArea: Final[Code] = Code(
    "SCT", "399367004", "Cardiovascular Orifice Area", (12222,)
)
"""Cardiovascular Orifice Area (SCT 399367004)."""

CardiovascularOrificeDiameter: Final[Code] = Code(
    "SCT", "399027007", "Cardiovascular Orifice Diameter", (12222,)
)
"""Cardiovascular Orifice Diameter (SCT 399027007)."""

RegurgitantFraction: Final[Code] = Code("SCT", "399301000", "Regurgitant Fraction", (12222, 12304))
"""Regurgitant Fraction (SCT 399301000)."""

EndDiastolicVelocity: Final[Code] = Code("LN", "11653-3", "End Diastolic Velocity", (12120, 12222))
"""End Diastolic Velocity (LN 11653-3)."""

PeakSystolicVelocity: Final[Code] = Code("LN", "11726-7", "Peak Systolic Velocity", (12120, 12222))
"""Peak Systolic Velocity (LN 11726-7)."""

PeakBloodVelocity: Final[Code] = Code("LN", "20355-4", "Peak Blood Velocity", (12120, 12222, 12304))
"""Peak Blood Velocity (LN 20355-4)."""

TimeAveragedMeanVelocity: Final[Code] = Code(
    "LN", "20352-1", "Time Averaged Mean Velocity", (12120, 12222, 12304)
)
"""Time Averaged Mean Velocity (LN 20352-1)."""

TimeAveragedPeakVelocity: Final[Code] = Code(
    "LN", "11692-1", "Time Averaged Peak Velocity", (12120, 12222)
)
"""Time Averaged Peak Velocity (LN 11692-1)."""

PeakGradient: Final[Code] = Code("LN", "20247-3", "Peak Gradient", (12122, 12222, 12304))
"""Peak Gradient (LN 20247-3)."""

MeanGradient: Final[Code] = Code("LN", "20256-4", "Mean Gradient", (12122, 12222, 12304))
"""Mean Gradient (LN 20256-4)."""

VelocityTimeIntegral: Final[Code] = Code(
    "LN", "20354-7", "Velocity Time Integral", (12120, 12222, 12304)
)
"""Velocity Time Integral (LN 20354-7)."""

PressureHalfTime: Final[Code] = Code("LN", "20280-4", "Pressure Half-Time", (12222, 12304))
"""Pressure Half-Time (LN 20280-4)."""

AccelerationTime: Final[Code] = Code("LN", "20168-1", "Acceleration Time", (12122, 12222, 12304))
"""Acceleration Time (LN 20168-1)."""

DecelerationTime: Final[Code] = Code("LN", "20217-6", "Deceleration Time", (12122, 12222, 12304))
"""Deceleration Time (LN 20217-6)."""

DecelerationSlope: Final[Code] = Code("LN", "20216-8", "Deceleration Slope", (12222,))
"""Deceleration Slope (LN 20216-8)."""

SystolicToDiastolicVelocityRatio: Final[Code] = Code(
    "LN", "12144-2", "Systolic to Diastolic Velocity Ratio", (12121, 12222)
)
"""Systolic to Diastolic Velocity Ratio (LN 12144-2)."""

FlowRadius: Final[Code] = Code("LN", "59102-4", "Flow Radius", (12222,))
"""Flow Radius (LN 59102-4)."""

AliasVelocity: Final[Code] = Code("LN", "59130-5", "Alias velocity", (12222, 12304))
"""Alias velocity (LN 59130-5)."""

AccelerationSlope: Final[Code] = Code("LN", "20167-3", "Acceleration Slope", (12121, 12222))
"""Acceleration Slope (LN 20167-3)."""

DESlope: Final[Code] = Code("LN", "59127-1", "D-E Slope", (12222,))
"""D-E Slope (LN 59127-1)."""

EFSlope: Final[Code] = Code("LN", "59128-9", "E-F Slope", (12222,))
"""E-F Slope (LN 59128-9)."""

ACInterval: Final[Code] = Code("LN", "59103-2", "A-C Interval", (12222,))
"""A-C Interval (LN 59103-2)."""

PeakEWavePeakAWaveByUS: Final[Code] = Code(
    "LN", "59104-0", "Peak E wave/Peak A wave by US", (12222,)
)
"""Peak E wave/Peak A wave by US (LN 59104-0)."""

StenosisPeakGradient: Final[Code] = Code("LN", "59106-5", "Stenosis Peak Gradient", (12222,))
"""Stenosis Peak Gradient (LN 59106-5)."""

StenosisPeakVelocity: Final[Code] = Code("LN", "59107-3", "Stenosis Peak Velocity", (12222,))
"""Stenosis Peak Velocity (LN 59107-3)."""

PeakReversalVelocityDuringAtrialContraction: Final[Code] = Code(
    "LN", "59079-4", "Peak Reversal Velocity during Atrial Contraction", (12222,)
)
"""Peak Reversal Velocity during Atrial Contraction (LN 59079-4)."""

EWavePeakVelocity: Final[Code] = Code("LN", "59080-2", "E-Wave Peak Velocity", (12222,))
"""E-Wave Peak Velocity (LN 59080-2)."""

AWavePeakVelocity: Final[Code] = Code("LN", "59081-0", "A-Wave Peak Velocity", (12222,))
"""A-Wave Peak Velocity (LN 59081-0)."""

EVelocityToAnnulusEVelocityRatio: Final[Code] = Code(
    "LN", "59111-5", "E Velocity to Annulus E Velocity Ratio", (12222,)
)
"""E Velocity to Annulus E Velocity Ratio (LN 59111-5)."""

VelocityOfFlowPropagation: Final[Code] = Code(
    "LN", "59115-6", "Velocity of Flow Propagation", (12222,)
)
"""Velocity of Flow Propagation (LN 59115-6)."""

MEMBERS: Final[tuple[Code, ...]] = (
    VolumeFlow,
    PeakInstantaneousFlowRate,
    CardiovascularOrificeArea,
    CardiovascularOrificeDiameter,
    RegurgitantFraction,
    EndDiastolicVelocity,
    PeakSystolicVelocity,
    PeakBloodVelocity,
    TimeAveragedMeanVelocity,
    TimeAveragedPeakVelocity,
    PeakGradient,
    MeanGradient,
    VelocityTimeIntegral,
    PressureHalfTime,
    AccelerationTime,
    DecelerationTime,
    DecelerationSlope,
    SystolicToDiastolicVelocityRatio,
    FlowRadius,
    AliasVelocity,
    AccelerationSlope,
    DESlope,
    EFSlope,
    ACInterval,
    PeakEWavePeakAWaveByUS,
    StenosisPeakGradient,
    StenosisPeakVelocity,
    PeakReversalVelocityDuringAtrialContraction,
    EWavePeakVelocity,
    AWavePeakVelocity,
    EVelocityToAnnulusEVelocityRatio,
    VelocityOfFlowPropagation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
