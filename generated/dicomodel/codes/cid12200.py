"""CID 12200 Echocardiography Left Ventricle Measurement.

Extensible, version 20030918, UID 1.2.840.10008.6.1.593.
Includes CID 12220, CID 12201, CID 12240, CID 12202, CID 12222, CID 12203, CID 12239.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12200
NAME: _Final[str] = "Echocardiography Left Ventricle Measurement"
KEYWORD: _Final[str | None] = "EchocardiographyLeftVentricleMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.593"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = (12220, 12201, 12240, 12202, 12222, 12203, 12239)
EXTERNAL_SCHEME: _Final[str | None] = None

HeartRate: _Final[_Code] = _Code("LN", "8867-4", "Heart rate", (12220,))
"""Heart rate (LN 8867-4). Included from CID 12220."""

LeftVentricleInternalEndDiastolicDimension: _Final[_Code] = _Code(
    "LN", "29436-3", "Left Ventricle Internal End Diastolic Dimension", (12201,)
)
"""Left Ventricle Internal End Diastolic Dimension (LN 29436-3). Included from CID 12201."""

LeftVentricleInternalSystolicDimension: _Final[_Code] = _Code(
    "LN", "29438-9", "Left Ventricle Internal Systolic Dimension", (12201,)
)
"""Left Ventricle Internal Systolic Dimension (LN 29438-9). Included from CID 12201."""

LeftVentricularFractionalShortening: _Final[_Code] = _Code(
    "LN", "18051-3", "Left Ventricular Fractional Shortening", (12201,)
)
"""Left Ventricular Fractional Shortening (LN 18051-3). Included from CID 12201."""

InterventricularSeptumDiastolicThickness: _Final[_Code] = _Code(
    "LN", "18154-5", "Interventricular Septum Diastolic Thickness", (12201,)
)
"""Interventricular Septum Diastolic Thickness (LN 18154-5). Included from CID 12201."""

InterventricularSeptumToPosteriorWallThicknessRatio: _Final[_Code] = _Code(
    "LN", "18155-2", "Interventricular Septum to Posterior Wall Thickness Ratio", (12201, 12257)
)
"""Interventricular Septum to Posterior Wall Thickness Ratio (LN 18155-2). Included from CID 12201."""

InterventricularSeptumPercentThickening: _Final[_Code] = _Code(
    "LN", "18054-7", "Interventricular Septum % Thickening", (12201,)
)
"""Interventricular Septum % Thickening (LN 18054-7). Included from CID 12201."""

InterventricularSeptumSystolicThickness: _Final[_Code] = _Code(
    "LN", "18158-6", "Interventricular Septum Systolic Thickness", (12201,)
)
"""Interventricular Septum Systolic Thickness (LN 18158-6). Included from CID 12201."""

LeftVentriclePosteriorWallPercentThickening: _Final[_Code] = _Code(
    "LN", "18053-9", "Left Ventricle Posterior Wall % Thickening", (12201,)
)
"""Left Ventricle Posterior Wall % Thickening (LN 18053-9). Included from CID 12201."""

LeftVentricleDiastolicMajorAxis: _Final[_Code] = _Code(
    "LN", "18077-8", "Left Ventricle diastolic major axis", (12201,)
)
"""Left Ventricle diastolic major axis (LN 18077-8). Included from CID 12201."""

LeftVentricleSystolicMajorAxis: _Final[_Code] = _Code(
    "LN", "18076-0", "Left Ventricle systolic major axis", (12201,)
)
"""Left Ventricle systolic major axis (LN 18076-0). Included from CID 12201."""

LeftVentriclePosteriorWallSystolicThickness: _Final[_Code] = _Code(
    "LN", "18156-0", "Left Ventricle Posterior Wall Systolic Thickness", (12201,)
)
"""Left Ventricle Posterior Wall Systolic Thickness (LN 18156-0). Included from CID 12201."""

LeftVentriclePosteriorWallDiastolicThickness: _Final[_Code] = _Code(
    "LN", "18152-9", "Left Ventricle Posterior Wall Diastolic Thickness", (12201,)
)
"""Left Ventricle Posterior Wall Diastolic Thickness (LN 18152-9). Included from CID 12201."""

LeftVentricleSemiMajorAxisDiastolicDimension: _Final[_Code] = _Code(
    "SCT", "399063007", "Left Ventricle Semi-major Axis Diastolic Dimension", (12201,)
)
"""Left Ventricle Semi-major Axis Diastolic Dimension (SCT 399063007). Included from CID 12201."""

LeftVentricleTruncatedSemiMajorAxisDiastolicDimension: _Final[_Code] = _Code(
    "SCT", "399309003", "Left Ventricle Truncated Semi-major Axis Diastolic Dimension", (12201,)
)
"""Left Ventricle Truncated Semi-major Axis Diastolic Dimension (SCT 399309003). Included from CID 12201."""

LeftVentricularSystolicArea: _Final[_Code] = _Code(
    "SCT", "399030000", "Left Ventricular Systolic Area", (12240,)
)
"""Left Ventricular Systolic Area (SCT 399030000). Included from CID 12240."""

LeftVentricularDiastolicArea: _Final[_Code] = _Code(
    "SCT", "399109006", "Left Ventricular Diastolic Area", (12240,)
)
"""Left Ventricular Diastolic Area (SCT 399109006). Included from CID 12240."""

LeftVentricularFractionalAreaChange: _Final[_Code] = _Code(
    "SCT", "399287000", "Left Ventricular Fractional Area Change", (12240,)
)
"""Left Ventricular Fractional Area Change (SCT 399287000). Included from CID 12240."""

LeftVentricleEpicardialDiastolicAreaPsaxPapView: _Final[_Code] = _Code(
    "SCT", "399293008", "Left Ventricle Epicardial Diastolic Area, psax pap view", (12240,)
)
"""Left Ventricle Epicardial Diastolic Area, psax pap view (SCT 399293008). Included from CID 12240."""

LeftVentricularEndDiastolicVolume: _Final[_Code] = _Code(
    "LN", "18026-5", "Left Ventricular End Diastolic Volume", (12202,)
)
"""Left Ventricular End Diastolic Volume (LN 18026-5). Included from CID 12202."""

LeftVentricularEndSystolicVolume: _Final[_Code] = _Code(
    "LN", "18148-7", "Left Ventricular End Systolic Volume", (12202,)
)
"""Left Ventricular End Systolic Volume (LN 18148-7). Included from CID 12202."""

LeftVentricularEjectionFractionByUS: _Final[_Code] = _Code(
    "LN", "18043-0", "Left Ventricular Ejection Fraction by US", (12202,)
)
"""Left Ventricular Ejection Fraction by US (LN 18043-0). Included from CID 12202."""

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

LeftVentricleMass: _Final[_Code] = _Code("LN", "18087-7", "Left Ventricle Mass", (12203,))
"""Left Ventricle Mass (LN 18087-7). Included from CID 12203."""

LeftVentricularIsovolumicRelaxationTime: _Final[_Code] = _Code(
    "LN", "18071-1", "Left Ventricular Isovolumic Relaxation Time", (12203, 12300)
)
"""Left Ventricular Isovolumic Relaxation Time (LN 18071-1). Included from CID 12203."""

LeftVentricularIsovolumicContractionTime: _Final[_Code] = _Code(
    "SCT", "399051002", "Left Ventricular Isovolumic Contraction Time", (12203,)
)
"""Left Ventricular Isovolumic Contraction Time (SCT 399051002). Included from CID 12203."""

LeftVentricularPeakEarlyDiastolicTissueVelocity: _Final[_Code] = _Code(
    "SCT", "399133000", "Left Ventricular Peak Early Diastolic Tissue Velocity", (12203,)
)
"""Left Ventricular Peak Early Diastolic Tissue Velocity (SCT 399133000). Included from CID 12203."""

RatioOfMVPeakVelocityToLVPeakTissueVelocityEWave: _Final[_Code] = _Code(
    "SCT",
    "399140004",
    "Ratio of MV Peak Velocity to LV Peak Tissue Velocity E-Wave",
    (12203, 12257),
)
"""Ratio of MV Peak Velocity to LV Peak Tissue Velocity E-Wave (SCT 399140004). Included from CID 12203."""

LVPeakDiastolicTissueVelocityDuringAtrialSystole: _Final[_Code] = _Code(
    "SCT", "399007006", "LV Peak Diastolic Tissue Velocity During Atrial Systole", (12203,)
)
"""LV Peak Diastolic Tissue Velocity During Atrial Systole (SCT 399007006). Included from CID 12203."""

LeftVentricularPeakSystolicTissueVelocity: _Final[_Code] = _Code(
    "SCT", "399167005", "Left Ventricular Peak Systolic Tissue Velocity", (12203,)
)
"""Left Ventricular Peak Systolic Tissue Velocity (SCT 399167005). Included from CID 12203."""

LeftVentricularIndexOfMyocardialPerformance: _Final[_Code] = _Code(
    "SCT", "399266005", "Left Ventricular Index of Myocardial Performance", (12203,)
)
"""Left Ventricular Index of Myocardial Performance (SCT 399266005). Included from CID 12203."""

StrokeVolume: _Final[_Code] = _Code("SCT", "90096001", "Stroke Volume", (3835, 12239, 12304))
"""Stroke Volume (SCT 90096001). Included from CID 12239."""

CardiacOutput: _Final[_Code] = _Code("SCT", "82799009", "Cardiac Output", (12239,))
"""Cardiac Output (SCT 82799009). Included from CID 12239."""

CardiacIndex: _Final[_Code] = _Code("SCT", "54993008", "Cardiac Index", (12239,))
"""Cardiac Index (SCT 54993008). Included from CID 12239."""

StrokeIndex: _Final[_Code] = _Code("SCT", "277381004", "Stroke Index", (12239,))
"""Stroke Index (SCT 277381004). Included from CID 12239."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    HeartRate,
    LeftVentricleInternalEndDiastolicDimension,
    LeftVentricleInternalSystolicDimension,
    LeftVentricularFractionalShortening,
    InterventricularSeptumDiastolicThickness,
    InterventricularSeptumToPosteriorWallThicknessRatio,
    InterventricularSeptumPercentThickening,
    InterventricularSeptumSystolicThickness,
    LeftVentriclePosteriorWallPercentThickening,
    LeftVentricleDiastolicMajorAxis,
    LeftVentricleSystolicMajorAxis,
    LeftVentriclePosteriorWallSystolicThickness,
    LeftVentriclePosteriorWallDiastolicThickness,
    LeftVentricleSemiMajorAxisDiastolicDimension,
    LeftVentricleTruncatedSemiMajorAxisDiastolicDimension,
    LeftVentricularSystolicArea,
    LeftVentricularDiastolicArea,
    LeftVentricularFractionalAreaChange,
    LeftVentricleEpicardialDiastolicAreaPsaxPapView,
    LeftVentricularEndDiastolicVolume,
    LeftVentricularEndSystolicVolume,
    LeftVentricularEjectionFractionByUS,
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
    LeftVentricleMass,
    LeftVentricularIsovolumicRelaxationTime,
    LeftVentricularIsovolumicContractionTime,
    LeftVentricularPeakEarlyDiastolicTissueVelocity,
    RatioOfMVPeakVelocityToLVPeakTissueVelocityEWave,
    LVPeakDiastolicTissueVelocityDuringAtrialSystole,
    LeftVentricularPeakSystolicTissueVelocity,
    LeftVentricularIndexOfMyocardialPerformance,
    StrokeVolume,
    CardiacOutput,
    CardiacIndex,
    StrokeIndex,
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
