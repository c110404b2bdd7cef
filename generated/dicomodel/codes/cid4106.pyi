"""CID 4106 Quantitative Method Used for Perfusion and Tracer Kinetic Model.

Extensible, version 20141110, UID 1.2.840.10008.6.1.991.
Includes CID 4100, CID 4101, CID 4102, CID 4103, CID 4104, CID 4105.

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
ModelFreeConcentrationTimeQuantitification: _Final[_Code]
T1ByMultipleFlipAngles: _Final[_Code]
T1ByInversionRecovery: _Final[_Code]
T1ByFixedValue: _Final[_Code]
StandardToftsModel: _Final[_Code]
ExtendedToftsModel: _Final[_Code]
FirstPassLeakageProfileFPLPModel: _Final[_Code]
ShutterSpeedModelSSM: _Final[_Code]
GammaCapillaryTransitTimeGCTTModel: _Final[_Code]
AdiabaticTissueHomogeneityATHModel: _Final[_Code]
TwoCompartmentExchange2CXModel: _Final[_Code]
PerfusionAnalysisByStableXenonCTTechnique: _Final[_Code]
PerfusionAnalysisByIVIodinatedContrastCTTechnique: _Final[_Code]
PerfusionAnalysisByArterialSpinLabelingMRTechnique: _Final[_Code]
PerfusionAnalysisBySusceptibilityMRTechnique: _Final[_Code]
AIFIgnored: _Final[_Code]
PopulationAveragedAIF: _Final[_Code]
UserDefinedAIFROI: _Final[_Code]
AutomaticallyDetectedAIFROI: _Final[_Code]
BlindEstimationOfAIF: _Final[_Code]
TemporalDerivativeExceedsThreshold: _Final[_Code]
TimeOfPeakConcentration: _Final[_Code]
TimeOfLeadingHalfPeakConcentration: _Final[_Code]
LeastMeanSquareLMSDeconvolution: _Final[_Code]
SingularValueDecompositionSVDDeconvolution: _Final[_Code]
MEMBERS: _Final[tuple[_Code, ...]]
