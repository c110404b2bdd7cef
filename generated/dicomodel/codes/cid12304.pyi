"""CID 12304 Echo Measured Property.

Extensible, version 20231114, UID 1.2.840.10008.6.1.1145.
Includes CID 12311.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
AccelerationTime: _Final[_Code]
AliasVelocity: _Final[_Code]
Angle: _Final[_Code]
Area: _Final[_Code]
BloodPressure: _Final[_Code]
CardiacEjectionFraction: _Final[_Code]
DecelerationTime: _Final[_Code]
Diameter: _Final[_Code]
DpDtByUS: _Final[_Code]
Interval: _Final[_Code]
DyssynchronyIndex: _Final[_Code]
EffectiveOrificeArea: _Final[_Code]
EpicardialArea: _Final[_Code]
ExcursionDistance: _Final[_Code]
FractionalShortening: _Final[_Code]
Length: _Final[_Code]
Mass: _Final[_Code]
MaximumOrificeArea: _Final[_Code]
MeanBloodPressure: _Final[_Code]
MeanGradientPressureByDoppler: _Final[_Code]
MeanBloodVelocity: _Final[_Code]
MinorAxis: _Final[_Code]
MyocardialPerformanceIndexTei: _Final[_Code]
PeakGradientPressure: _Final[_Code]
PeakInstantaneousFlowRate: _Final[_Code]
PeakBloodPressure: _Final[_Code]
PeakBloodVelocity: _Final[_Code]
PeakTissueVelocity: _Final[_Code]
PISARadius: _Final[_Code]
PressureHalfTime: _Final[_Code]
RegurgitantFraction: _Final[_Code]
RegurgitationJetArea: _Final[_Code]
RegurgitationJetWidth: _Final[_Code]
InternalDimension: _Final[_Code]
Thickness: _Final[_Code]
StrokeVolume: _Final[_Code]
VascularResistance: _Final[_Code]
VelocityTimeIntegral: _Final[_Code]
VenaContractaWidth: _Final[_Code]
Volume: _Final[_Code]
VolumeFlowRate: _Final[_Code]
LongitudinalLagrangianStrain: _Final[_Code]
PeakLongitudinalLagrangianStrain: _Final[_Code]
TimeToPeakLongitudinalLagrangianStrain: _Final[_Code]
MechanicalDispersion: _Final[_Code]
LongitudinalLagrangianStrainRate: _Final[_Code]
RadialLagrangianStrain: _Final[_Code]
RadialLagrangianStrainRate: _Final[_Code]
CircumferentialLagrangianStrain: _Final[_Code]
CircumferentialLagrangianStrainRate: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
