"""CID 4106 Quantitative Method Used for Perfusion and Tracer Kinetic Model.

Extensible, version 20141110, UID 1.2.840.10008.6.1.991.
Includes CID 4100, CID 4101, CID 4102, CID 4103, CID 4104, CID 4105.

Stub: the types only, for checkers (docstrings in the .py).

Generated from DICOM 2024c; do not edit.
"""

from typing import Final as _Final

from dicomodel.codes import groups as _groups
from dicomodel.coding import ContextGroup as _ContextGroup

ModelFreeConcentrationTimeQuantitification: _Final[_groups.Cid4106Code]
T1ByMultipleFlipAngles: _Final[_groups.Cid4106Code]
T1ByInversionRecovery: _Final[_groups.Cid4106Code]
T1ByFixedValue: _Final[_groups.Cid4106Code]
StandardToftsModel: _Final[_groups.Cid4106Code]
ExtendedToftsModel: _Final[_groups.Cid4106Code]
FirstPassLeakageProfileFPLPModel: _Final[_groups.Cid4106Code]
ShutterSpeedModelSSM: _Final[_groups.Cid4106Code]
GammaCapillaryTransitTimeGCTTModel: _Final[_groups.Cid4106Code]
AdiabaticTissueHomogeneityATHModel: _Final[_groups.Cid4106Code]
TwoCompartmentExchange2CXModel: _Final[_groups.Cid4106Code]
PerfusionAnalysisByStableXenonCTTechnique: _Final[_groups.Cid4106Code]
PerfusionAnalysisByIVIodinatedContrastCTTechnique: _Final[_groups.Cid4106Code]
PerfusionAnalysisByArterialSpinLabelingMRTechnique: _Final[_groups.Cid4106Code]
PerfusionAnalysisBySusceptibilityMRTechnique: _Final[_groups.Cid4106Code]
AIFIgnored: _Final[_groups.Cid4106Code]
PopulationAveragedAIF: _Final[_groups.Cid4106Code]
UserDefinedAIFROI: _Final[_groups.Cid4106Code]
AutomaticallyDetectedAIFROI: _Final[_groups.Cid4106Code]
BlindEstimationOfAIF: _Final[_groups.Cid4106Code]
TemporalDerivativeExceedsThreshold: _Final[_groups.Cid4106Code]
TimeOfPeakConcentration: _Final[_groups.Cid4106Code]
TimeOfLeadingHalfPeakConcentration: _Final[_groups.Cid4106Code]
LeastMeanSquareLMSDeconvolution: _Final[_groups.Cid4106Code]
SingularValueDecompositionSVDDeconvolution: _Final[_groups.Cid4106Code]
# The metadata and members (also CID, NAME, ..., MEMBERS at run time): one dunder, so
# that completion lists the codes first.
__cid__: _Final[_ContextGroup[_groups.Cid4106Code]]
