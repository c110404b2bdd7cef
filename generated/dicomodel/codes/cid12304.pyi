"""CID 12304 Echo Measured Property.

Extensible, version 20231114, UID 1.2.840.10008.6.1.1145.
Includes CID 12311.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

AccelerationTime: _Final[_groups.Cid12304Code]
AliasVelocity: _Final[_groups.Cid12304Code]
Angle: _Final[_groups.Cid12304Code]
Area: _Final[_groups.Cid12304Code]
BloodPressure: _Final[_groups.Cid12304Code]
CardiacEjectionFraction: _Final[_groups.Cid12304Code]
DecelerationTime: _Final[_groups.Cid12304Code]
Diameter: _Final[_groups.Cid12304Code]
DpDtByUS: _Final[_groups.Cid12304Code]
Interval: _Final[_groups.Cid12304Code]
DyssynchronyIndex: _Final[_groups.Cid12304Code]
EffectiveOrificeArea: _Final[_groups.Cid12304Code]
EpicardialArea: _Final[_groups.Cid12304Code]
ExcursionDistance: _Final[_groups.Cid12304Code]
FractionalShortening: _Final[_groups.Cid12304Code]
Length: _Final[_groups.Cid12304Code]
Mass: _Final[_groups.Cid12304Code]
MaximumOrificeArea: _Final[_groups.Cid12304Code]
MeanBloodPressure: _Final[_groups.Cid12304Code]
MeanGradientPressureByDoppler: _Final[_groups.Cid12304Code]
MeanBloodVelocity: _Final[_groups.Cid12304Code]
MinorAxis: _Final[_groups.Cid12304Code]
MyocardialPerformanceIndexTei: _Final[_groups.Cid12304Code]
PeakGradientPressure: _Final[_groups.Cid12304Code]
PeakInstantaneousFlowRate: _Final[_groups.Cid12304Code]
PeakBloodPressure: _Final[_groups.Cid12304Code]
PeakBloodVelocity: _Final[_groups.Cid12304Code]
PeakTissueVelocity: _Final[_groups.Cid12304Code]
PISARadius: _Final[_groups.Cid12304Code]
PressureHalfTime: _Final[_groups.Cid12304Code]
RegurgitantFraction: _Final[_groups.Cid12304Code]
RegurgitationJetArea: _Final[_groups.Cid12304Code]
RegurgitationJetWidth: _Final[_groups.Cid12304Code]
InternalDimension: _Final[_groups.Cid12304Code]
Thickness: _Final[_groups.Cid12304Code]
StrokeVolume: _Final[_groups.Cid12304Code]
VascularResistance: _Final[_groups.Cid12304Code]
VelocityTimeIntegral: _Final[_groups.Cid12304Code]
VenaContractaWidth: _Final[_groups.Cid12304Code]
Volume: _Final[_groups.Cid12304Code]
VolumeFlowRate: _Final[_groups.Cid12304Code]
LongitudinalLagrangianStrain: _Final[_groups.Cid12304Code]
PeakLongitudinalLagrangianStrain: _Final[_groups.Cid12304Code]
TimeToPeakLongitudinalLagrangianStrain: _Final[_groups.Cid12304Code]
MechanicalDispersion: _Final[_groups.Cid12304Code]
LongitudinalLagrangianStrainRate: _Final[_groups.Cid12304Code]
RadialLagrangianStrain: _Final[_groups.Cid12304Code]
RadialLagrangianStrainRate: _Final[_groups.Cid12304Code]
CircumferentialLagrangianStrain: _Final[_groups.Cid12304Code]
CircumferentialLagrangianStrainRate: _Final[_groups.Cid12304Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid12304Code]]
