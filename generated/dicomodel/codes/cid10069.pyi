"""CID 10069 Radiation Dose Estimate Parameter.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1163.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

BreastThickness: _Final[_groups.Cid10069Code]
HalfValueLayer: _Final[_groups.Cid10069Code]
PercentFibroglandularTissue: _Final[_groups.Cid10069Code]
Dgn: _Final[_groups.Cid10069Code]
PatientAPDimension: _Final[_groups.Cid10069Code]
PatientLateralDimension: _Final[_groups.Cid10069Code]
SSDEConversionFactor: _Final[_groups.Cid10069Code]
Backscatter: _Final[_groups.Cid10069Code]
WaterEquivalentDiameterRepresentativeValue: _Final[_groups.Cid10069Code]
WaterEquivalentDiameterIntegratedAcrossScanRange: _Final[_groups.Cid10069Code]
WaterEquivalentDiameterFromRawData: _Final[_groups.Cid10069Code]
WaterEquivalentDiameterFromLocalizer: _Final[_groups.Cid10069Code]
TissueAirRatio: _Final[_groups.Cid10069Code]
CorrectionFactor: _Final[_groups.Cid10069Code]
CurveFitParameter: _Final[_groups.Cid10069Code]
HomogeneityFactor: _Final[_groups.Cid10069Code]
NormalizationFactor: _Final[_groups.Cid10069Code]
OffsetFactor: _Final[_groups.Cid10069Code]
AttenuationCoefficient: _Final[_groups.Cid10069Code]
TissueFraction: _Final[_groups.Cid10069Code]
DistanceCorrection: _Final[_groups.Cid10069Code]
UnitConversionFactor: _Final[_groups.Cid10069Code]
Distance: _Final[_groups.Cid10069Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid10069Code]]
