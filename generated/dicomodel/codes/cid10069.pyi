"""CID 10069 Radiation Dose Estimate Parameter.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1163.

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
BreastThickness: _Final[_Code]
HalfValueLayer: _Final[_Code]
PercentFibroglandularTissue: _Final[_Code]
Dgn: _Final[_Code]
PatientAPDimension: _Final[_Code]
PatientLateralDimension: _Final[_Code]
SSDEConversionFactor: _Final[_Code]
Backscatter: _Final[_Code]
WaterEquivalentDiameterRepresentativeValue: _Final[_Code]
WaterEquivalentDiameterIntegratedAcrossScanRange: _Final[_Code]
WaterEquivalentDiameterFromRawData: _Final[_Code]
WaterEquivalentDiameterFromLocalizer: _Final[_Code]
TissueAirRatio: _Final[_Code]
CorrectionFactor: _Final[_Code]
CurveFitParameter: _Final[_Code]
HomogeneityFactor: _Final[_Code]
NormalizationFactor: _Final[_Code]
OffsetFactor: _Final[_Code]
AttenuationCoefficient: _Final[_Code]
TissueFraction: _Final[_Code]
DistanceCorrection: _Final[_Code]
UnitConversionFactor: _Final[_Code]
Distance: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
