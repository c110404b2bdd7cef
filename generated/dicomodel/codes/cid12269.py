"""CID 12269 Cardiac Ultrasound Interventricular Septum Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.850.
Includes CID 12220, CID 12222, CID 12250, CID 12253.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12269
NAME: _Final[str] = "Cardiac Ultrasound Interventricular Septum Measurement"
KEYWORD: _Final[str | None] = "CardiacUltrasoundInterventricularSeptumMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.850"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = (12220, 12222, 12250, 12253)
EXTERNAL_SCHEME: _Final[str | None] = None

HeartRate: _Final[_Code] = _Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

VolumeFlow: _Final[_Code] = _Code("LN", "33878-0", "Volume Flow", (12122, 12222, 12304))
"""Volume Flow (LN 33878-0). Included from CID 12222."""

PeakInstantaneousFlowRate: _Final[_Code] = _Code(
    "LN", "34141-2", "Peak Instantaneous Flow Rate", (12222, 12304)
)
"""Peak Instantaneous Flow Rate (LN 34141-2). Included from CID 12222."""

CardiovascularOrificeArea: _Final[_Code] = _Code(
    "SCT", "399367004", "Cardiovascular Orifice Area", (12222,)
)
"""Cardiovascular Orifice Area (SCT 399367004). Included from CID 12222."""

CardiovascularOrificeDiameter: _Final[_Code] = _Code(
    "SCT", "399027007", "Cardiovascular Orifice Diameter", (12222,)
)
"""Cardiovascular Orifice Diameter (SCT 399027007). Included from CID 12222."""

RegurgitantFraction: _Final[_Code] = _Code(
    "SCT", "399301000", "Regurgitant Fraction", (12222, 12304)
)
"""Regurgitant Fraction (SCT 399301000). Included from CID 12222."""

EndDiastolicVelocity: _Final[_Code] = _Code(
    "LN", "11653-3", "End Diastolic Velocity", (12120, 12222)
)
"""End Diastolic Velocity (LN 11653-3). Included from CID 12222."""

PeakSystolicVelocity: _Final[_Code] = _Code(
    "LN", "11726-7", "Peak Systolic Velocity", (12120, 12222)
)
"""Peak Systolic Velocity (LN 11726-7). Included from CID 12222."""

PeakBloodVelocity: _Final[_Code] = _Code(
    "LN", "20355-4", "Peak Blood Velocity", (12120, 12222, 12304)
)
"""Peak Blood Velocity (LN 20355-4). Included from CID 12222."""

TimeAveragedMeanVelocity: _Final[_Code] = _Code(
    "LN", "20352-1", "Time Averaged Mean Velocity", (12120, 12222, 12304)
)
"""Time Averaged Mean Velocity (LN 20352-1). Included from CID 12222."""

TimeAveragedPeakVelocity: _Final[_Code] = _Code(
    "LN", "11692-1", "Time Averaged Peak Velocity", (12120, 12222)
)
"""Time Averaged Peak Velocity (LN 11692-1). Included from CID 12222."""

PeakGradient: _Final[_Code] = _Code("LN", "20247-3", "Peak Gradient", (12122, 12222, 12304))
"""Peak Gradient (LN 20247-3). Included from CID 12222."""

MeanGradient: _Final[_Code] = _Code("LN", "20256-4", "Mean Gradient", (12122, 12222, 12304))
"""Mean Gradient (LN 20256-4). Included from CID 12222."""

VelocityTimeIntegral: _Final[_Code] = _Code(
    "LN", "20354-7", "Velocity Time Integral", (12120, 12222, 12304)
)
"""Velocity Time Integral (LN 20354-7). Included from CID 12222."""

PressureHalfTime: _Final[_Code] = _Code("LN", "20280-4", "Pressure Half-Time", (12222, 12304))
"""Pressure Half-Time (LN 20280-4). Included from CID 12222."""

AccelerationTime: _Final[_Code] = _Code("LN", "20168-1", "Acceleration Time", (12122, 12222, 12304))
"""Acceleration Time (LN 20168-1). Included from CID 12222."""

DecelerationTime: _Final[_Code] = _Code("LN", "20217-6", "Deceleration Time", (12122, 12222, 12304))
"""Deceleration Time (LN 20217-6). Included from CID 12222."""

DecelerationSlope: _Final[_Code] = _Code("LN", "20216-8", "Deceleration Slope", (12222,))
"""Deceleration Slope (LN 20216-8). Included from CID 12222."""

SystolicToDiastolicVelocityRatio: _Final[_Code] = _Code(
    "LN", "12144-2", "Systolic to Diastolic Velocity Ratio", (12121, 12222)
)
"""Systolic to Diastolic Velocity Ratio (LN 12144-2). Included from CID 12222."""

FlowRadius: _Final[_Code] = _Code("LN", "59102-4", "Flow Radius", (12222,))
"""Flow Radius (LN 59102-4). Included from CID 12222."""

AliasVelocity: _Final[_Code] = _Code("LN", "59130-5", "Alias velocity", (12222, 12304))
"""Alias velocity (LN 59130-5). Included from CID 12222."""

AccelerationSlope: _Final[_Code] = _Code("LN", "20167-3", "Acceleration Slope", (12121, 12222))
"""Acceleration Slope (LN 20167-3). Included from CID 12222."""

DESlope: _Final[_Code] = _Code("LN", "59127-1", "D-E Slope", (12222,))
"""D-E Slope (LN 59127-1). Included from CID 12222."""

EFSlope: _Final[_Code] = _Code("LN", "59128-9", "E-F Slope", (12222,))
"""E-F Slope (LN 59128-9). Included from CID 12222."""

ACInterval: _Final[_Code] = _Code("LN", "59103-2", "A-C Interval", (12222,))
"""A-C Interval (LN 59103-2). Included from CID 12222."""

PeakEWavePeakAWaveByUS: _Final[_Code] = _Code(
    "LN", "59104-0", "Peak E wave/Peak A wave by US", (12222,)
)
"""Peak E wave/Peak A wave by US (LN 59104-0). Included from CID 12222."""

StenosisPeakGradient: _Final[_Code] = _Code("LN", "59106-5", "Stenosis Peak Gradient", (12222,))
"""Stenosis Peak Gradient (LN 59106-5). Included from CID 12222."""

StenosisPeakVelocity: _Final[_Code] = _Code("LN", "59107-3", "Stenosis Peak Velocity", (12222,))
"""Stenosis Peak Velocity (LN 59107-3). Included from CID 12222."""

PeakReversalVelocityDuringAtrialContraction: _Final[_Code] = _Code(
    "LN", "59079-4", "Peak Reversal Velocity during Atrial Contraction", (12222,)
)
"""Peak Reversal Velocity during Atrial Contraction (LN 59079-4). Included from CID 12222."""

EWavePeakVelocity: _Final[_Code] = _Code("LN", "59080-2", "E-Wave Peak Velocity", (12222,))
"""E-Wave Peak Velocity (LN 59080-2). Included from CID 12222."""

AWavePeakVelocity: _Final[_Code] = _Code("LN", "59081-0", "A-Wave Peak Velocity", (12222,))
"""A-Wave Peak Velocity (LN 59081-0). Included from CID 12222."""

EVelocityToAnnulusEVelocityRatio: _Final[_Code] = _Code(
    "LN", "59111-5", "E Velocity to Annulus E Velocity Ratio", (12222,)
)
"""E Velocity to Annulus E Velocity Ratio (LN 59111-5). Included from CID 12222."""

VelocityOfFlowPropagation: _Final[_Code] = _Code(
    "LN", "59115-6", "Velocity of Flow Propagation", (12222,)
)
"""Velocity of Flow Propagation (LN 59115-6). Included from CID 12222."""

Length: _Final[_Code] = _Code("SCT", "410668003", "Length", (3423, 7470, 12250, 12304))
"""Length (SCT 410668003). Included from CID 12250."""

Diameter: _Final[_Code] = _Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009). Included from CID 12250."""

MajorAxis: _Final[_Code] = _Code("SCT", "131187009", "Major Axis", (7470, 12250))
"""Major Axis (SCT 131187009). Included from CID 12250."""

MinorAxis: _Final[_Code] = _Code("SCT", "131188004", "Minor Axis", (7470, 12250, 12304))
"""Minor Axis (SCT 131188004). Included from CID 12250."""

Circumference: _Final[_Code] = _Code("SCT", "74551000", "Circumference", (7470, 12250))
"""Circumference (SCT 74551000). Included from CID 12250."""

Radius: _Final[_Code] = _Code("SCT", "131190003", "Radius", (7470, 12250))
"""Radius (SCT 131190003). Included from CID 12250."""

ROIThicknessByUS: _Final[_Code] = _Code("LN", "59089-3", "ROI Thickness by US", (12250, 12304))
"""ROI Thickness by US (LN 59089-3). Included from CID 12250."""

ROIInternalDimensionByUS: _Final[_Code] = _Code(
    "LN", "59090-1", "ROI Internal Dimension by US", (12250, 12304)
)
"""ROI Internal Dimension by US (LN 59090-1). Included from CID 12250."""

FlowArea: _Final[_Code] = _Code("LN", "20226-7", "Flow Area", (12253,))
"""Flow Area (LN 20226-7). Included from CID 12253."""

Area: _Final[_Code] = _Code("SCT", "42798000", "Area", (7471, 8136, 12253, 12304))
"""Area (SCT 42798000). Included from CID 12253."""

JetArea: _Final[_Code] = _Code("LN", "59123-0", "Jet Area", (12253,))
"""Jet Area (LN 59123-0). Included from CID 12253."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HeartRate,
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
    Length,
    Diameter,
    MajorAxis,
    MinorAxis,
    Circumference,
    Radius,
    ROIThicknessByUS,
    ROIInternalDimensionByUS,
    FlowArea,
    Area,
    JetArea,
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
