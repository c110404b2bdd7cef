"""CID 12304 Echo Measured Property.

Extensible, version 20231114, UID 1.2.840.10008.6.1.1145.
Includes CID 12311.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12304
NAME: _Final[str] = "Echo Measured Property"
KEYWORD: _Final[str | None] = "EchoMeasuredProperty"
UID: _Final[str | None] = "1.2.840.10008.6.1.1145"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20231114"
INCLUDES: _Final[tuple[int, ...]] = (12311,)
EXTERNAL_SCHEME: _Final[str | None] = None

AccelerationTime: _Final[_Code] = _Code("LN", "20168-1", "Acceleration Time", (12122, 12222, 12304))
"""Acceleration Time (LN 20168-1)."""

AliasVelocity: _Final[_Code] = _Code("LN", "59130-5", "Alias Velocity", (12222, 12304))
"""Alias Velocity (LN 59130-5)."""

Angle: _Final[_Code] = _Code("SCT", "1483009", "Angle", (12304,))
"""Angle (SCT 1483009)."""

Area: _Final[_Code] = _Code("SCT", "42798000", "Area", (7471, 8136, 12253, 12304))
"""Area (SCT 42798000)."""

BloodPressure: _Final[_Code] = _Code("SCT", "75367002", "Blood Pressure", (12254, 12304))
"""Blood Pressure (SCT 75367002)."""

CardiacEjectionFraction: _Final[_Code] = _Code(
    "SCT", "70822001", "Cardiac Ejection Fraction", (12252, 12304)
)
"""Cardiac Ejection Fraction (SCT 70822001)."""

DecelerationTime: _Final[_Code] = _Code("LN", "20217-6", "Deceleration Time", (12122, 12222, 12304))
"""Deceleration Time (LN 20217-6)."""

Diameter: _Final[_Code] = _Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009)."""

DpDtByUS: _Final[_Code] = _Code("LN", "59120-6", "dP/dt by US", (12254, 12304))
"""dP/dt by US (LN 59120-6)."""

Interval: _Final[_Code] = _Code("SCT", "385673002", "Interval", (12304,))
"""Interval (SCT 385673002)."""

DyssynchronyIndex: _Final[_Code] = _Code("DCM", "125325", "Dyssynchrony Index", (12304,))
"""Dyssynchrony Index (DCM 125325)."""

EffectiveOrificeArea: _Final[_Code] = _Code("DCM", "125326", "Effective Orifice Area", (12304,))
"""Effective Orifice Area (DCM 125326)."""

EpicardialArea: _Final[_Code] = _Code("LN", "59093-5", "Epicardial Area", (12255, 12304))
"""Epicardial Area (LN 59093-5)."""

ExcursionDistance: _Final[_Code] = _Code("DCM", "125327", "Excursion Distance", (12304,))
"""Excursion Distance (DCM 125327)."""

FractionalShortening: _Final[_Code] = _Code(
    "LN", "59132-1", "Fractional Shortening", (12252, 12304)
)
"""Fractional Shortening (LN 59132-1)."""

Length: _Final[_Code] = _Code("SCT", "410668003", "Length", (3423, 7470, 12250, 12304))
"""Length (SCT 410668003)."""

Mass: _Final[_Code] = _Code("SCT", "118538004", "Mass", (12304,))
"""Mass (SCT 118538004)."""

MaximumOrificeArea: _Final[_Code] = _Code("DCM", "125328", "Maximum Orifice Area", (12304,))
"""Maximum Orifice Area (DCM 125328)."""

MeanBloodPressure: _Final[_Code] = _Code(
    "SCT", "6797001", "Mean Blood Pressure", (3337, 3611, 12304)
)
"""Mean Blood Pressure (SCT 6797001)."""

MeanGradientPressureByDoppler: _Final[_Code] = _Code(
    "LN", "20256-4", "Mean Gradient [Pressure] by Doppler", (12122, 12222, 12304)
)
"""Mean Gradient [Pressure] by Doppler (LN 20256-4)."""

MeanBloodVelocity: _Final[_Code] = _Code(
    "LN", "20352-1", "Mean Blood Velocity", (12120, 12222, 12304)
)
"""Mean Blood Velocity (LN 20352-1)."""

MinorAxis: _Final[_Code] = _Code("SCT", "131188004", "Minor Axis", (7470, 12250, 12304))
"""Minor Axis (SCT 131188004)."""

MyocardialPerformanceIndexTei: _Final[_Code] = _Code(
    "LN", "59099-2", "Myocardial Performance Index (Tei)", (12255, 12304)
)
"""Myocardial Performance Index (Tei) (LN 59099-2)."""

PeakGradientPressure: _Final[_Code] = _Code(
    "LN", "20247-3", "Peak Gradient [Pressure]", (12122, 12222, 12304)
)
"""Peak Gradient [Pressure] (LN 20247-3)."""

PeakInstantaneousFlowRate: _Final[_Code] = _Code(
    "LN", "34141-2", "Peak Instantaneous Flow Rate", (12222, 12304)
)
"""Peak Instantaneous Flow Rate (LN 34141-2)."""

PeakBloodPressure: _Final[_Code] = _Code("DCM", "125329", "Peak Blood Pressure", (12304,))
"""Peak Blood Pressure (DCM 125329)."""

PeakBloodVelocity: _Final[_Code] = _Code(
    "LN", "20355-4", "Peak Blood Velocity", (12120, 12222, 12304)
)
"""Peak Blood Velocity (LN 20355-4)."""

PeakTissueVelocity: _Final[_Code] = _Code("DCM", "125330", "Peak Tissue Velocity", (12304,))
"""Peak Tissue Velocity (DCM 125330)."""

PISARadius: _Final[_Code] = _Code("DCM", "125331", "PISA Radius", (12304,))
"""PISA Radius (DCM 125331)."""

PressureHalfTime: _Final[_Code] = _Code("LN", "20280-4", "Pressure Half Time", (12222, 12304))
"""Pressure Half Time (LN 20280-4)."""

RegurgitantFraction: _Final[_Code] = _Code(
    "SCT", "399301000", "Regurgitant Fraction", (12222, 12304)
)
"""Regurgitant Fraction (SCT 399301000)."""

RegurgitationJetArea: _Final[_Code] = _Code("DCM", "125332", "Regurgitation Jet Area", (12304,))
"""Regurgitation Jet Area (DCM 125332)."""

RegurgitationJetWidth: _Final[_Code] = _Code("DCM", "125333", "Regurgitation Jet Width", (12304,))
"""Regurgitation Jet Width (DCM 125333)."""

InternalDimension: _Final[_Code] = _Code("LN", "59090-1", "Internal Dimension", (12250, 12304))
"""Internal Dimension (LN 59090-1)."""

Thickness: _Final[_Code] = _Code("LN", "59089-3", "Thickness", (12250, 12304))
"""Thickness (LN 59089-3)."""

StrokeVolume: _Final[_Code] = _Code("SCT", "90096001", "Stroke Volume", (3835, 12239, 12304))
"""Stroke Volume (SCT 90096001)."""

VascularResistance: _Final[_Code] = _Code("SCT", "251271006", "Vascular Resistance", (12304,))
"""Vascular Resistance (SCT 251271006)."""

VelocityTimeIntegral: _Final[_Code] = _Code(
    "LN", "20354-7", "Velocity Time Integral", (12120, 12222, 12304)
)
"""Velocity Time Integral (LN 20354-7)."""

VenaContractaWidth: _Final[_Code] = _Code("DCM", "125334", "Vena Contracta Width", (12304,))
"""Vena Contracta Width (DCM 125334)."""

Volume: _Final[_Code] = _Code(
    "SCT", "118565006", "Volume", (3423, 4050, 7472, 12257, 12258, 12265, 12304)
)
"""Volume (SCT 118565006)."""

VolumeFlowRate: _Final[_Code] = _Code("LN", "33878-0", "Volume Flow Rate", (12122, 12222, 12304))
"""Volume Flow Rate (LN 33878-0)."""

LongitudinalLagrangianStrain: _Final[_Code] = _Code(
    "DCM", "130670", "Longitudinal Lagrangian Strain", (12311,)
)
"""Longitudinal Lagrangian Strain (DCM 130670). Included from CID 12311."""

PeakLongitudinalLagrangianStrain: _Final[_Code] = _Code(
    "DCM", "130671", "Peak Longitudinal Lagrangian Strain", (12311,)
)
"""Peak Longitudinal Lagrangian Strain (DCM 130671). Included from CID 12311."""

TimeToPeakLongitudinalLagrangianStrain: _Final[_Code] = _Code(
    "DCM", "130672", "Time to Peak Longitudinal Lagrangian Strain", (12311,)
)
"""Time to Peak Longitudinal Lagrangian Strain (DCM 130672). Included from CID 12311."""

MechanicalDispersion: _Final[_Code] = _Code("DCM", "130673", "Mechanical Dispersion", (12311,))
"""Mechanical Dispersion (DCM 130673). Included from CID 12311."""

LongitudinalLagrangianStrainRate: _Final[_Code] = _Code(
    "DCM", "130674", "Longitudinal Lagrangian Strain Rate", (12311,)
)
"""Longitudinal Lagrangian Strain Rate (DCM 130674). Included from CID 12311."""

RadialLagrangianStrain: _Final[_Code] = _Code("DCM", "130675", "Radial Lagrangian Strain", (12311,))
"""Radial Lagrangian Strain (DCM 130675). Included from CID 12311."""

RadialLagrangianStrainRate: _Final[_Code] = _Code(
    "DCM", "130676", "Radial Lagrangian Strain Rate", (12311,)
)
"""Radial Lagrangian Strain Rate (DCM 130676). Included from CID 12311."""

CircumferentialLagrangianStrain: _Final[_Code] = _Code(
    "DCM", "130677", "Circumferential Lagrangian Strain", (12311,)
)
"""Circumferential Lagrangian Strain (DCM 130677). Included from CID 12311."""

CircumferentialLagrangianStrainRate: _Final[_Code] = _Code(
    "DCM", "130678", "Circumferential Lagrangian Strain Rate", (12311,)
)
"""Circumferential Lagrangian Strain Rate (DCM 130678). Included from CID 12311."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AccelerationTime,
    AliasVelocity,
    Angle,
    Area,
    BloodPressure,
    CardiacEjectionFraction,
    DecelerationTime,
    Diameter,
    DpDtByUS,
    Interval,
    DyssynchronyIndex,
    EffectiveOrificeArea,
    EpicardialArea,
    ExcursionDistance,
    FractionalShortening,
    Length,
    Mass,
    MaximumOrificeArea,
    MeanBloodPressure,
    MeanGradientPressureByDoppler,
    MeanBloodVelocity,
    MinorAxis,
    MyocardialPerformanceIndexTei,
    PeakGradientPressure,
    PeakInstantaneousFlowRate,
    PeakBloodPressure,
    PeakBloodVelocity,
    PeakTissueVelocity,
    PISARadius,
    PressureHalfTime,
    RegurgitantFraction,
    RegurgitationJetArea,
    RegurgitationJetWidth,
    InternalDimension,
    Thickness,
    StrokeVolume,
    VascularResistance,
    VelocityTimeIntegral,
    VenaContractaWidth,
    Volume,
    VolumeFlowRate,
    LongitudinalLagrangianStrain,
    PeakLongitudinalLagrangianStrain,
    TimeToPeakLongitudinalLagrangianStrain,
    MechanicalDispersion,
    LongitudinalLagrangianStrainRate,
    RadialLagrangianStrain,
    RadialLagrangianStrainRate,
    CircumferentialLagrangianStrain,
    CircumferentialLagrangianStrainRate,
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
