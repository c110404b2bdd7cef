"""CID 4106 Quantitative Method Used for Perfusion and Tracer Kinetic Model.

Extensible, version 20141110, UID 1.2.840.10008.6.1.991.
Includes CID 4100, CID 4101, CID 4102, CID 4103, CID 4104, CID 4105.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4106
NAME: _Final[str] = "Quantitative Method Used for Perfusion and Tracer Kinetic Model"
KEYWORD: _Final[str | None] = "QuantitativeMethodUsedForPerfusionAndTracerKineticModel"
UID: _Final[str | None] = "1.2.840.10008.6.1.991"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20141110"
INCLUDES: _Final[tuple[int, ...]] = (4100, 4101, 4102, 4103, 4104, 4105)
EXTERNAL_SCHEME: _Final[str | None] = None

ModelFreeConcentrationTimeQuantitification: _Final[_Code] = _Code(
    "DCM", "126342", "Model-free concentration-time quantitification", (4106,)
)
"""Model-free concentration-time quantitification (DCM 126342)."""

T1ByMultipleFlipAngles: _Final[_Code] = _Code(
    "DCM", "126350", "T1 by Multiple Flip Angles", (4100,)
)
"""T1 by Multiple Flip Angles (DCM 126350). Included from CID 4100."""

T1ByInversionRecovery: _Final[_Code] = _Code("DCM", "126351", "T1 by Inversion Recovery", (4100,))
"""T1 by Inversion Recovery (DCM 126351). Included from CID 4100."""

T1ByFixedValue: _Final[_Code] = _Code("DCM", "126352", "T1 by Fixed Value", (4100,))
"""T1 by Fixed Value (DCM 126352). Included from CID 4100."""

StandardToftsModel: _Final[_Code] = _Code("DCM", "126340", "Standard Tofts Model", (4101,))
"""Standard Tofts Model (DCM 126340). Included from CID 4101."""

ExtendedToftsModel: _Final[_Code] = _Code("DCM", "126341", "Extended Tofts Model", (4101,))
"""Extended Tofts Model (DCM 126341). Included from CID 4101."""

FirstPassLeakageProfileFPLPModel: _Final[_Code] = _Code(
    "DCM", "126343", "First Pass Leakage Profile (FPLP) Model", (4101,)
)
"""First Pass Leakage Profile (FPLP) Model (DCM 126343). Included from CID 4101."""

ShutterSpeedModelSSM: _Final[_Code] = _Code("DCM", "126344", "Shutter-Speed Model (SSM)", (4101,))
"""Shutter-Speed Model (SSM) (DCM 126344). Included from CID 4101."""

GammaCapillaryTransitTimeGCTTModel: _Final[_Code] = _Code(
    "DCM", "126345", "Gamma Capillary Transit Time (GCTT) Model", (4101,)
)
"""Gamma Capillary Transit Time (GCTT) Model (DCM 126345). Included from CID 4101."""

AdiabaticTissueHomogeneityATHModel: _Final[_Code] = _Code(
    "DCM", "126346", "Adiabatic Tissue Homogeneity (ATH) Model", (4101,)
)
"""Adiabatic Tissue Homogeneity (ATH) Model (DCM 126346). Included from CID 4101."""

TwoCompartmentExchange2CXModel: _Final[_Code] = _Code(
    "DCM", "126347", "Two Compartment Exchange (2CX) Model", (4101,)
)
"""Two Compartment Exchange (2CX) Model (DCM 126347). Included from CID 4101."""

PerfusionAnalysisByStableXenonCTTechnique: _Final[_Code] = _Code(
    "DCM", "126300", "Perfusion analysis by Stable Xenon CT technique", (4102,)
)
"""Perfusion analysis by Stable Xenon CT technique (DCM 126300). Included from CID 4102."""

PerfusionAnalysisByIVIodinatedContrastCTTechnique: _Final[_Code] = _Code(
    "DCM", "126301", "Perfusion analysis by IV Iodinated Contrast CT technique", (4102,)
)
"""Perfusion analysis by IV Iodinated Contrast CT technique (DCM 126301). Included from CID 4102."""

PerfusionAnalysisByArterialSpinLabelingMRTechnique: _Final[_Code] = _Code(
    "DCM", "126302", "Perfusion analysis by Arterial Spin Labeling MR technique", (4102,)
)
"""Perfusion analysis by Arterial Spin Labeling MR technique (DCM 126302). Included from CID 4102."""

PerfusionAnalysisBySusceptibilityMRTechnique: _Final[_Code] = _Code(
    "DCM", "126303", "Perfusion analysis by Susceptibility MR technique", (4102,)
)
"""Perfusion analysis by Susceptibility MR technique (DCM 126303). Included from CID 4102."""

AIFIgnored: _Final[_Code] = _Code("DCM", "126360", "AIF Ignored", (4103,))
"""AIF Ignored (DCM 126360). Included from CID 4103."""

PopulationAveragedAIF: _Final[_Code] = _Code("DCM", "126361", "Population Averaged AIF", (4103,))
"""Population Averaged AIF (DCM 126361). Included from CID 4103."""

UserDefinedAIFROI: _Final[_Code] = _Code("DCM", "126362", "User-defined AIF ROI", (4103,))
"""User-defined AIF ROI (DCM 126362). Included from CID 4103."""

AutomaticallyDetectedAIFROI: _Final[_Code] = _Code(
    "DCM", "126363", "Automatically Detected AIF ROI", (4103,)
)
"""Automatically Detected AIF ROI (DCM 126363). Included from CID 4103."""

BlindEstimationOfAIF: _Final[_Code] = _Code("DCM", "126364", "Blind Estimation of AIF", (4103,))
"""Blind Estimation of AIF (DCM 126364). Included from CID 4103."""

TemporalDerivativeExceedsThreshold: _Final[_Code] = _Code(
    "DCM", "126373", "Temporal Derivative Exceeds Threshold", (4104,)
)
"""Temporal Derivative Exceeds Threshold (DCM 126373). Included from CID 4104."""

TimeOfPeakConcentration: _Final[_Code] = _Code(
    "DCM", "126370", "Time of Peak Concentration", (4104, 4109)
)
"""Time of Peak Concentration (DCM 126370). Included from CID 4104."""

TimeOfLeadingHalfPeakConcentration: _Final[_Code] = _Code(
    "DCM", "126372", "Time of Leading Half-Peak Concentration", (4104, 4109)
)
"""Time of Leading Half-Peak Concentration (DCM 126372). Included from CID 4104."""

LeastMeanSquareLMSDeconvolution: _Final[_Code] = _Code(
    "DCM", "126310", "Least Mean Square (LMS) deconvolution", (4105,)
)
"""Least Mean Square (LMS) deconvolution (DCM 126310). Included from CID 4105."""

SingularValueDecompositionSVDDeconvolution: _Final[_Code] = _Code(
    "DCM", "126311", "Singular Value Decomposition (SVD) deconvolution", (4105,)
)
"""Singular Value Decomposition (SVD) deconvolution (DCM 126311). Included from CID 4105."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ModelFreeConcentrationTimeQuantitification,
    T1ByMultipleFlipAngles,
    T1ByInversionRecovery,
    T1ByFixedValue,
    StandardToftsModel,
    ExtendedToftsModel,
    FirstPassLeakageProfileFPLPModel,
    ShutterSpeedModelSSM,
    GammaCapillaryTransitTimeGCTTModel,
    AdiabaticTissueHomogeneityATHModel,
    TwoCompartmentExchange2CXModel,
    PerfusionAnalysisByStableXenonCTTechnique,
    PerfusionAnalysisByIVIodinatedContrastCTTechnique,
    PerfusionAnalysisByArterialSpinLabelingMRTechnique,
    PerfusionAnalysisBySusceptibilityMRTechnique,
    AIFIgnored,
    PopulationAveragedAIF,
    UserDefinedAIFROI,
    AutomaticallyDetectedAIFROI,
    BlindEstimationOfAIF,
    TemporalDerivativeExceedsThreshold,
    TimeOfPeakConcentration,
    TimeOfLeadingHalfPeakConcentration,
    LeastMeanSquareLMSDeconvolution,
    SingularValueDecompositionSVDDeconvolution,
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
