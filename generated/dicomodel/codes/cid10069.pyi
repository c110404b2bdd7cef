"""CID 10069 Radiation Dose Estimate Parameter.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1163.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups

CID: _Final[int]
NAME: _Final[str]
KEYWORD: _Final[str | None]
UID: _Final[str | None]
EXTENSIBLE: _Final[bool | None]
VERSION: _Final[str | None]
INCLUDES: _Final[tuple[int, ...]]
EXTERNAL_SCHEME: _Final[str | None]
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
MEMBERS: _Final[tuple[_groups.Cid10069Code, ...]]
