"""CID 12304 Echo Measured Property.

Extensible, version 20231114, UID 1.2.840.10008.6.1.1145.
Includes CID 12311.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12304
NAME: Final[str] = "Echo Measured Property"
KEYWORD: Final[str | None] = "EchoMeasuredProperty"
UID: Final[str | None] = "1.2.840.10008.6.1.1145"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20231114"
INCLUDES: Final[tuple[int, ...]] = (12311,)
EXTERNAL_SCHEME: Final[str | None] = None

AccelerationTime: Final[Code] = Code("LN", "20168-1", "Acceleration Time", (12122, 12222, 12304))
"""Acceleration Time (LN 20168-1)."""

AliasVelocity: Final[Code] = Code("LN", "59130-5", "Alias Velocity", (12222, 12304))
"""Alias Velocity (LN 59130-5)."""

Angle: Final[Code] = Code("SCT", "1483009", "Angle", (12304,))
"""Angle (SCT 1483009)."""

Area: Final[Code] = Code("SCT", "42798000", "Area", (7471, 8136, 12253, 12304))
"""Area (SCT 42798000)."""

BloodPressure: Final[Code] = Code("SCT", "75367002", "Blood Pressure", (12254, 12304))
"""Blood Pressure (SCT 75367002)."""

CardiacEjectionFraction: Final[Code] = Code(
    "SCT", "70822001", "Cardiac Ejection Fraction", (12252, 12304)
)
"""Cardiac Ejection Fraction (SCT 70822001)."""

DecelerationTime: Final[Code] = Code("LN", "20217-6", "Deceleration Time", (12122, 12222, 12304))
"""Deceleration Time (LN 20217-6)."""

Diameter: Final[Code] = Code("SCT", "81827009", "Diameter", (3423, 7470, 12008, 12250, 12304))
"""Diameter (SCT 81827009)."""

DpDtByUS: Final[Code] = Code("LN", "59120-6", "dP/dt by US", (12254, 12304))
"""dP/dt by US (LN 59120-6)."""

Interval: Final[Code] = Code("SCT", "385673002", "Interval", (12304,))
"""Interval (SCT 385673002)."""

DyssynchronyIndex: Final[Code] = Code("DCM", "125325", "Dyssynchrony Index", (12304,))
"""Dyssynchrony Index (DCM 125325)."""

EffectiveOrificeArea: Final[Code] = Code("DCM", "125326", "Effective Orifice Area", (12304,))
"""Effective Orifice Area (DCM 125326)."""

EpicardialArea: Final[Code] = Code("LN", "59093-5", "Epicardial Area", (12255, 12304))
"""Epicardial Area (LN 59093-5)."""

ExcursionDistance: Final[Code] = Code("DCM", "125327", "Excursion Distance", (12304,))
"""Excursion Distance (DCM 125327)."""

FractionalShortening: Final[Code] = Code("LN", "59132-1", "Fractional Shortening", (12252, 12304))
"""Fractional Shortening (LN 59132-1)."""

Length: Final[Code] = Code("SCT", "410668003", "Length", (3423, 7470, 12250, 12304))
"""Length (SCT 410668003)."""

Mass: Final[Code] = Code("SCT", "118538004", "Mass", (12304,))
"""Mass (SCT 118538004)."""

MaximumOrificeArea: Final[Code] = Code("DCM", "125328", "Maximum Orifice Area", (12304,))
"""Maximum Orifice Area (DCM 125328)."""

MeanBloodPressure: Final[Code] = Code("SCT", "6797001", "Mean Blood Pressure", (3337, 3611, 12304))
"""Mean Blood Pressure (SCT 6797001)."""

MeanGradientPressureByDoppler: Final[Code] = Code(
    "LN", "20256-4", "Mean Gradient [Pressure] by Doppler", (12122, 12222, 12304)
)
"""Mean Gradient [Pressure] by Doppler (LN 20256-4)."""

MeanBloodVelocity: Final[Code] = Code("LN", "20352-1", "Mean Blood Velocity", (12120, 12222, 12304))
"""Mean Blood Velocity (LN 20352-1)."""

MinorAxis: Final[Code] = Code("SCT", "131188004", "Minor Axis", (7470, 12250, 12304))
"""Minor Axis (SCT 131188004)."""

MyocardialPerformanceIndexTei: Final[Code] = Code(
    "LN", "59099-2", "Myocardial Performance Index (Tei)", (12255, 12304)
)
"""Myocardial Performance Index (Tei) (LN 59099-2)."""

PeakGradientPressure: Final[Code] = Code(
    "LN", "20247-3", "Peak Gradient [Pressure]", (12122, 12222, 12304)
)
"""Peak Gradient [Pressure] (LN 20247-3)."""

PeakInstantaneousFlowRate: Final[Code] = Code(
    "LN", "34141-2", "Peak Instantaneous Flow Rate", (12222, 12304)
)
"""Peak Instantaneous Flow Rate (LN 34141-2)."""

PeakBloodPressure: Final[Code] = Code("DCM", "125329", "Peak Blood Pressure", (12304,))
"""Peak Blood Pressure (DCM 125329)."""

PeakBloodVelocity: Final[Code] = Code("LN", "20355-4", "Peak Blood Velocity", (12120, 12222, 12304))
"""Peak Blood Velocity (LN 20355-4)."""

PeakTissueVelocity: Final[Code] = Code("DCM", "125330", "Peak Tissue Velocity", (12304,))
"""Peak Tissue Velocity (DCM 125330)."""

PISARadius: Final[Code] = Code("DCM", "125331", "PISA Radius", (12304,))
"""PISA Radius (DCM 125331)."""

PressureHalfTime: Final[Code] = Code("LN", "20280-4", "Pressure Half Time", (12222, 12304))
"""Pressure Half Time (LN 20280-4)."""

RegurgitantFraction: Final[Code] = Code("SCT", "399301000", "Regurgitant Fraction", (12222, 12304))
"""Regurgitant Fraction (SCT 399301000)."""

RegurgitationJetArea: Final[Code] = Code("DCM", "125332", "Regurgitation Jet Area", (12304,))
"""Regurgitation Jet Area (DCM 125332)."""

RegurgitationJetWidth: Final[Code] = Code("DCM", "125333", "Regurgitation Jet Width", (12304,))
"""Regurgitation Jet Width (DCM 125333)."""

InternalDimension: Final[Code] = Code("LN", "59090-1", "Internal Dimension", (12250, 12304))
"""Internal Dimension (LN 59090-1)."""

Thickness: Final[Code] = Code("LN", "59089-3", "Thickness", (12250, 12304))
"""Thickness (LN 59089-3)."""

StrokeVolume: Final[Code] = Code("SCT", "90096001", "Stroke Volume", (3835, 12239, 12304))
"""Stroke Volume (SCT 90096001)."""

VascularResistance: Final[Code] = Code("SCT", "251271006", "Vascular Resistance", (12304,))
"""Vascular Resistance (SCT 251271006)."""

VelocityTimeIntegral: Final[Code] = Code(
    "LN", "20354-7", "Velocity Time Integral", (12120, 12222, 12304)
)
"""Velocity Time Integral (LN 20354-7)."""

VenaContractaWidth: Final[Code] = Code("DCM", "125334", "Vena Contracta Width", (12304,))
"""Vena Contracta Width (DCM 125334)."""

Volume: Final[Code] = Code(
    "SCT", "118565006", "Volume", (3423, 4050, 7472, 12257, 12258, 12265, 12304)
)
"""Volume (SCT 118565006)."""

VolumeFlowRate: Final[Code] = Code("LN", "33878-0", "Volume Flow Rate", (12122, 12222, 12304))
"""Volume Flow Rate (LN 33878-0)."""

LongitudinalLagrangianStrain: Final[Code] = Code(
    "DCM", "130670", "Longitudinal Lagrangian Strain", (12311,)
)
"""Longitudinal Lagrangian Strain (DCM 130670). Included from CID 12311."""

PeakLongitudinalLagrangianStrain: Final[Code] = Code(
    "DCM", "130671", "Peak Longitudinal Lagrangian Strain", (12311,)
)
"""Peak Longitudinal Lagrangian Strain (DCM 130671). Included from CID 12311."""

TimeToPeakLongitudinalLagrangianStrain: Final[Code] = Code(
    "DCM", "130672", "Time to Peak Longitudinal Lagrangian Strain", (12311,)
)
"""Time to Peak Longitudinal Lagrangian Strain (DCM 130672). Included from CID 12311."""

MechanicalDispersion: Final[Code] = Code("DCM", "130673", "Mechanical Dispersion", (12311,))
"""Mechanical Dispersion (DCM 130673). Included from CID 12311."""

LongitudinalLagrangianStrainRate: Final[Code] = Code(
    "DCM", "130674", "Longitudinal Lagrangian Strain Rate", (12311,)
)
"""Longitudinal Lagrangian Strain Rate (DCM 130674). Included from CID 12311."""

RadialLagrangianStrain: Final[Code] = Code("DCM", "130675", "Radial Lagrangian Strain", (12311,))
"""Radial Lagrangian Strain (DCM 130675). Included from CID 12311."""

RadialLagrangianStrainRate: Final[Code] = Code(
    "DCM", "130676", "Radial Lagrangian Strain Rate", (12311,)
)
"""Radial Lagrangian Strain Rate (DCM 130676). Included from CID 12311."""

CircumferentialLagrangianStrain: Final[Code] = Code(
    "DCM", "130677", "Circumferential Lagrangian Strain", (12311,)
)
"""Circumferential Lagrangian Strain (DCM 130677). Included from CID 12311."""

CircumferentialLagrangianStrainRate: Final[Code] = Code(
    "DCM", "130678", "Circumferential Lagrangian Strain Rate", (12311,)
)
"""Circumferential Lagrangian Strain Rate (DCM 130678). Included from CID 12311."""

MEMBERS: Final[tuple[Code, ...]] = (
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
