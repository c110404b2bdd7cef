"""CID 7180 Abstract Multi-dimensional Image Model Component Semantic.

Extensible, version 20191108, UID 1.2.840.10008.6.1.917.
Includes CID 4033, CID 7270, CID 7271, CID 7272, CID 4107, CID 4108, CID 4109, CID 10070, CID 217.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7180
NAME: _Final[str] = "Abstract Multi-dimensional Image Model Component Semantic"
KEYWORD: _Final[str | None] = "AbstractMultiDimensionalImageModelComponentSemantic"
UID: _Final[str | None] = "1.2.840.10008.6.1.917"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20191108"
INCLUDES: _Final[tuple[int, ...]] = (4033, 7270, 7271, 7272, 4107, 4108, 4109, 10070, 217)
EXTERNAL_SCHEME: _Final[str | None] = None

T1: _Final[_Code] = _Code("DCM", "113063", "T1", (7180,))
"""T1 (DCM 113063)."""

T2_113065: _Final[_Code] = _Code("DCM", "113065", "T2", (7180,))
"""T2 (DCM 113065)."""

T2_113064: _Final[_Code] = _Code("DCM", "113064", "T2*", (7180,))
"""T2* (DCM 113064)."""

ProtonDensity: _Final[_Code] = _Code("DCM", "113058", "Proton Density", (7180,))
"""Proton Density (DCM 113058)."""

SpinTaggingPerfusionMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110800", "Spin Tagging Perfusion MR Signal Intensity", (7180,)
)
"""Spin Tagging Perfusion MR Signal Intensity (DCM 110800)."""

VelocityEncoded: _Final[_Code] = _Code("DCM", "113070", "Velocity encoded", (7180,))
"""Velocity encoded (DCM 113070)."""

TemperatureEncoded: _Final[_Code] = _Code("DCM", "113067", "Temperature encoded", (7180,))
"""Temperature encoded (DCM 113067)."""

ContrastAgentAngioMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110801", "Contrast Agent Angio MR Signal Intensity", (7180,)
)
"""Contrast Agent Angio MR Signal Intensity (DCM 110801)."""

TimeOfFlightAngioMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110802", "Time Of Flight Angio MR Signal Intensity", (7180,)
)
"""Time Of Flight Angio MR Signal Intensity (DCM 110802)."""

ProtonDensityWeightedMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110803", "Proton Density Weighted MR Signal Intensity", (7180,)
)
"""Proton Density Weighted MR Signal Intensity (DCM 110803)."""

T1WeightedMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110804", "T1 Weighted MR Signal Intensity", (6311, 7180)
)
"""T1 Weighted MR Signal Intensity (DCM 110804)."""

T2WeightedMRSignalIntensity_110805: _Final[_Code] = _Code(
    "DCM", "110805", "T2 Weighted MR Signal Intensity", (6311, 7180)
)
"""T2 Weighted MR Signal Intensity (DCM 110805)."""

T2WeightedMRSignalIntensity_110806: _Final[_Code] = _Code(
    "DCM", "110806", "T2* Weighted MR Signal Intensity", (7180,)
)
"""T2* Weighted MR Signal Intensity (DCM 110806)."""

FieldMapMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110807", "Field Map MR Signal Intensity", (7180,)
)
"""Field Map MR Signal Intensity (DCM 110807)."""

T1WeightedDynamicContrastEnhancedMRSignalIntensity: _Final[_Code] = _Code(
    "DCM", "110816", "T1 Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T1 Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110816)."""

T2WeightedDynamicContrastEnhancedMRSignalIntensity_110817: _Final[_Code] = _Code(
    "DCM", "110817", "T2 Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T2 Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110817)."""

T2WeightedDynamicContrastEnhancedMRSignalIntensity_110818: _Final[_Code] = _Code(
    "DCM", "110818", "T2* Weighted Dynamic Contrast Enhanced MR Signal Intensity", (7180,)
)
"""T2* Weighted Dynamic Contrast Enhanced MR Signal Intensity (DCM 110818)."""

BloodOxygenationLevel: _Final[_Code] = _Code(
    "DCM", "110819", "Blood Oxygenation Level", (7180, 11006)
)
"""Blood Oxygenation Level (DCM 110819)."""

NuclearMedicineProjectionActivity: _Final[_Code] = _Code(
    "DCM", "110820", "Nuclear Medicine Projection Activity", (7180,)
)
"""Nuclear Medicine Projection Activity (DCM 110820)."""

NuclearMedicineTomographicActivity: _Final[_Code] = _Code(
    "DCM", "110821", "Nuclear Medicine Tomographic Activity", (7180,)
)
"""Nuclear Medicine Tomographic Activity (DCM 110821)."""

SpatialDisplacementXComponent: _Final[_Code] = _Code(
    "DCM", "110822", "Spatial Displacement X Component", (7180,)
)
"""Spatial Displacement X Component (DCM 110822)."""

SpatialDisplacementYComponent: _Final[_Code] = _Code(
    "DCM", "110823", "Spatial Displacement Y Component", (7180,)
)
"""Spatial Displacement Y Component (DCM 110823)."""

SpatialDisplacementZComponent: _Final[_Code] = _Code(
    "DCM", "110824", "Spatial Displacement Z Component", (7180,)
)
"""Spatial Displacement Z Component (DCM 110824)."""

HemodynamicResistance: _Final[_Code] = _Code("DCM", "110825", "Hemodynamic Resistance", (7180,))
"""Hemodynamic Resistance (DCM 110825)."""

IndexedHemodynamicResistance: _Final[_Code] = _Code(
    "DCM", "110826", "Indexed Hemodynamic Resistance", (7180,)
)
"""Indexed Hemodynamic Resistance (DCM 110826)."""

AttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112031", "Attenuation Coefficient", (6141, 7180, 10069)
)
"""Attenuation Coefficient (DCM 112031)."""

TissueVelocity: _Final[_Code] = _Code("DCM", "110827", "Tissue Velocity", (7180,))
"""Tissue Velocity (DCM 110827)."""

FlowVelocity: _Final[_Code] = _Code("DCM", "110828", "Flow Velocity", (7180, 12120))
"""Flow Velocity (DCM 110828)."""

PowerDoppler: _Final[_Code] = _Code("SCT", "425704008", "Power Doppler", (7180, 12224))
"""Power Doppler (SCT 425704008)."""

FlowVariance: _Final[_Code] = _Code("DCM", "110829", "Flow Variance", (7180,))
"""Flow Variance (DCM 110829)."""

Elasticity: _Final[_Code] = _Code("DCM", "110830", "Elasticity", (7180, 11006, 12308))
"""Elasticity (DCM 110830)."""

Perfusion: _Final[_Code] = _Code("DCM", "110831", "Perfusion", (7180, 11006))
"""Perfusion (DCM 110831)."""

SpeedOfSound: _Final[_Code] = _Code("DCM", "110832", "Speed of sound", (7180,))
"""Speed of sound (DCM 110832)."""

UltrasoundAttenuation: _Final[_Code] = _Code("DCM", "110833", "Ultrasound Attenuation", (7180,))
"""Ultrasound Attenuation (DCM 110833)."""

StudentTTest: _Final[_Code] = _Code("DCM", "113068", "Student's T-test", (7180,))
"""Student's T-test (DCM 113068)."""

ZScore: _Final[_Code] = _Code("DCM", "113071", "Z-score", (7180,))
"""Z-score (DCM 113071)."""

RCoefficient: _Final[_Code] = _Code("DCM", "113057", "R-Coefficient", (7180,))
"""R-Coefficient (DCM 113057)."""

R2Coefficient: _Final[_Code] = _Code("DCM", "126220", "R2-Coefficient", (7180,))
"""R2-Coefficient (DCM 126220)."""

ChiSquare: _Final[_Code] = _Code("DCM", "126221", "Chi-square", (7180,))
"""Chi-square (DCM 126221)."""

DW: _Final[_Code] = _Code("DCM", "126222", "D-W", (7180,))
"""D-W (DCM 126222)."""

AIC: _Final[_Code] = _Code("DCM", "126223", "AIC", (7180,))
"""AIC (DCM 126223)."""

BIC: _Final[_Code] = _Code("DCM", "126224", "BIC", (7180,))
"""BIC (DCM 126224)."""

RGBRComponent: _Final[_Code] = _Code("DCM", "110834", "RGB R Component", (7180, 7186))
"""RGB R Component (DCM 110834)."""

RGBGComponent: _Final[_Code] = _Code("DCM", "110835", "RGB G Component", (7180, 7186))
"""RGB G Component (DCM 110835)."""

RGBBComponent: _Final[_Code] = _Code("DCM", "110836", "RGB B Component", (7180, 7186))
"""RGB B Component (DCM 110836)."""

YBRFULLYComponent: _Final[_Code] = _Code("DCM", "110837", "YBR FULL Y Component", (7180, 7186))
"""YBR FULL Y Component (DCM 110837)."""

YBRFULLCBComponent: _Final[_Code] = _Code("DCM", "110838", "YBR FULL CB Component", (7180, 7186))
"""YBR FULL CB Component (DCM 110838)."""

YBRFULLCRComponent: _Final[_Code] = _Code("DCM", "110839", "YBR FULL CR Component", (7180, 7186))
"""YBR FULL CR Component (DCM 110839)."""

YBRPARTIALYComponent: _Final[_Code] = _Code(
    "DCM", "110840", "YBR PARTIAL Y Component", (7180, 7186)
)
"""YBR PARTIAL Y Component (DCM 110840)."""

YBRPARTIALCBComponent: _Final[_Code] = _Code(
    "DCM", "110841", "YBR PARTIAL CB Component", (7180, 7186)
)
"""YBR PARTIAL CB Component (DCM 110841)."""

YBRPARTIALCRComponent: _Final[_Code] = _Code(
    "DCM", "110842", "YBR PARTIAL CR Component", (7180, 7186)
)
"""YBR PARTIAL CR Component (DCM 110842)."""

YBRICTYComponent: _Final[_Code] = _Code("DCM", "110843", "YBR ICT Y Component", (7180, 7186))
"""YBR ICT Y Component (DCM 110843)."""

YBRICTCBComponent: _Final[_Code] = _Code("DCM", "110844", "YBR ICT CB Component", (7180, 7186))
"""YBR ICT CB Component (DCM 110844)."""

YBRICTCRComponent: _Final[_Code] = _Code("DCM", "110845", "YBR ICT CR Component", (7180, 7186))
"""YBR ICT CR Component (DCM 110845)."""

YBRRCTYComponent: _Final[_Code] = _Code("DCM", "110846", "YBR RCT Y Component", (7180, 7186))
"""YBR RCT Y Component (DCM 110846)."""

YBRRCTCBComponent: _Final[_Code] = _Code("DCM", "110847", "YBR RCT CB Component", (7180, 7186))
"""YBR RCT CB Component (DCM 110847)."""

YBRRCTCRComponent: _Final[_Code] = _Code("DCM", "110848", "YBR RCT CR Component", (7180, 7186))
"""YBR RCT CR Component (DCM 110848)."""

Echogenicity: _Final[_Code] = _Code("DCM", "110849", "Echogenicity", (7180,))
"""Echogenicity (DCM 110849)."""

XRayAttenuation: _Final[_Code] = _Code("DCM", "110850", "X-Ray Attenuation", (7180,))
"""X-Ray Attenuation (DCM 110850)."""

MRSignalIntensity: _Final[_Code] = _Code("DCM", "110852", "MR signal intensity", (7180,))
"""MR signal intensity (DCM 110852)."""

BinarySegmentation: _Final[_Code] = _Code("DCM", "110853", "Binary Segmentation", (7180,))
"""Binary Segmentation (DCM 110853)."""

FractionalProbabilisticSegmentation: _Final[_Code] = _Code(
    "DCM", "110854", "Fractional Probabilistic Segmentation", (7180,)
)
"""Fractional Probabilistic Segmentation (DCM 110854)."""

FractionalOccupancySegmentation: _Final[_Code] = _Code(
    "DCM", "110855", "Fractional Occupancy Segmentation", (7180,)
)
"""Fractional Occupancy Segmentation (DCM 110855)."""

R1: _Final[_Code] = _Code("DCM", "126393", "R1", (7180,))
"""R1 (DCM 126393)."""

R2_126394: _Final[_Code] = _Code("DCM", "126394", "R2", (7180,))
"""R2 (DCM 126394)."""

R2_126395: _Final[_Code] = _Code("DCM", "126395", "R2*", (7180,))
"""R2* (DCM 126395)."""

MagnetizationTransferRatio: _Final[_Code] = _Code(
    "DCM", "113098", "Magnetization Transfer Ratio", (7180,)
)
"""Magnetization Transfer Ratio (DCM 113098)."""

MagneticSusceptibility: _Final[_Code] = _Code("DCM", "126396", "Magnetic Susceptibility", (7180,))
"""Magnetic Susceptibility (DCM 126396)."""

StandardizedUptakeValue: _Final[_Code] = _Code(
    "DCM", "126400", "Standardized Uptake Value", (7180,)
)
"""Standardized Uptake Value (DCM 126400)."""

Suvbw: _Final[_Code] = _Code("DCM", "126401", "SUVbw", (7180,))
"""SUVbw (DCM 126401)."""

Suvlbm: _Final[_Code] = _Code("DCM", "126402", "SUVlbm", (7180,))
"""SUVlbm (DCM 126402)."""

SuvlbmJames128: _Final[_Code] = _Code("DCM", "126406", "SUVlbm(James128)", (7180,))
"""SUVlbm(James128) (DCM 126406)."""

SuvlbmJanma: _Final[_Code] = _Code("DCM", "126405", "SUVlbm(Janma)", (7180,))
"""SUVlbm(Janma) (DCM 126405)."""

Suvbsa: _Final[_Code] = _Code("DCM", "126403", "SUVbsa", (7180,))
"""SUVbsa (DCM 126403)."""

Suvibw: _Final[_Code] = _Code("DCM", "126404", "SUVibw", (7180,))
"""SUVibw (DCM 126404)."""

Fat: _Final[_Code] = _Code("SCT", "256674009", "Fat", (300, 6122, 6211, 7180))
"""Fat (SCT 256674009)."""

FatFraction: _Final[_Code] = _Code("DCM", "129100", "Fat fraction", (7180,))
"""Fat fraction (DCM 129100)."""

WaterFatInPhase: _Final[_Code] = _Code("DCM", "129101", "Water/fat in phase", (7180,))
"""Water/fat in phase (DCM 129101)."""

WaterFatOutOfPhase: _Final[_Code] = _Code("DCM", "129102", "Water/fat out of phase", (7180,))
"""Water/fat out of phase (DCM 129102)."""

NegativeEnhancementIntegral: _Final[_Code] = _Code(
    "DCM", "113054", "Negative enhancement integral", (7180,)
)
"""Negative enhancement integral (DCM 113054)."""

SignalChange: _Final[_Code] = _Code("DCM", "113059", "Signal change", (7180,))
"""Signal change (DCM 113059)."""

SignalToNoise: _Final[_Code] = _Code("DCM", "113060", "Signal to noise", (7180,))
"""Signal to noise (DCM 113060)."""

TimeCourseOfSignal: _Final[_Code] = _Code("DCM", "113066", "Time course of signal", (7180,))
"""Time course of signal (DCM 113066)."""

Water: _Final[_Code] = _Code("SCT", "11713004", "Water", (12, 13, 300, 6350, 7180, 11002, 11006))
"""Water (SCT 11713004)."""

WaterFraction: _Final[_Code] = _Code("DCM", "129103", "Water fraction", (7180,))
"""Water fraction (DCM 129103)."""

RelativeLinearStoppingPower: _Final[_Code] = _Code(
    "DCM", "130086", "Relative Linear Stopping Power", (7180,)
)
"""Relative Linear Stopping Power (DCM 130086)."""

NAcetylaspartate: _Final[_Code] = _Code("SCT", "115391007", "N-acetylaspartate", (4033,))
"""N-acetylaspartate (SCT 115391007). Included from CID 4033."""

Citrate: _Final[_Code] = _Code("SCT", "59351004", "Citrate", (4033,))
"""Citrate (SCT 59351004). Included from CID 4033."""

Choline: _Final[_Code] = _Code("SCT", "65123005", "Choline", (4033,))
"""Choline (SCT 65123005). Included from CID 4033."""

Creatine: _Final[_Code] = _Code("SCT", "14804005", "Creatine", (4033,))
"""Creatine (SCT 14804005). Included from CID 4033."""

CreatineAndCholine: _Final[_Code] = _Code("DCM", "113094", "Creatine and Choline", (4033,))
"""Creatine and Choline (DCM 113094). Included from CID 4033."""

Lactate: _Final[_Code] = _Code("SCT", "83036002", "Lactate", (4033,))
"""Lactate (SCT 83036002). Included from CID 4033."""

Lipid: _Final[_Code] = _Code("SCT", "70106000", "Lipid", (4033, 11006))
"""Lipid (SCT 70106000). Included from CID 4033."""

LipidAndLactate: _Final[_Code] = _Code("DCM", "113095", "Lipid and Lactate", (4033,))
"""Lipid and Lactate (DCM 113095). Included from CID 4033."""

GlutamateAndGlutamine: _Final[_Code] = _Code("DCM", "113080", "Glutamate and glutamine", (4033,))
"""Glutamate and glutamine (DCM 113080). Included from CID 4033."""

Glutamine: _Final[_Code] = _Code("SCT", "25761002", "Glutamine", (4033,))
"""Glutamine (SCT 25761002). Included from CID 4033."""

Tuarine: _Final[_Code] = _Code("SCT", "10944007", "Tuarine", (4033,))
"""Tuarine (SCT 10944007). Included from CID 4033."""

Inositol: _Final[_Code] = _Code("SCT", "72164009", "Inositol", (4033,))
"""Inositol (SCT 72164009). Included from CID 4033."""

CholineCreatineRatio: _Final[_Code] = _Code("DCM", "113081", "Choline/Creatine Ratio", (4033,))
"""Choline/Creatine Ratio (DCM 113081). Included from CID 4033."""

NAcetylaspartateCreatineRatio: _Final[_Code] = _Code(
    "DCM", "113082", "N-acetylaspartate/Creatine Ratio", (4033,)
)
"""N-acetylaspartate/Creatine Ratio (DCM 113082). Included from CID 4033."""

NAcetylaspartateCholineRatio: _Final[_Code] = _Code(
    "DCM", "113083", "N-acetylaspartate/Choline Ratio", (4033,)
)
"""N-acetylaspartate/Choline Ratio (DCM 113083). Included from CID 4033."""

CreatineCholineCitrateRatio: _Final[_Code] = _Code(
    "DCM", "113096", "Creatine+Choline/Citrate Ratio", (4033,)
)
"""Creatine+Choline/Citrate Ratio (DCM 113096). Included from CID 4033."""

DiffusionWeighted: _Final[_Code] = _Code("DCM", "113043", "Diffusion weighted", (6311, 7270))
"""Diffusion weighted (DCM 113043). Included from CID 7270."""

VolumetricDiffusionDxxComponent: _Final[_Code] = _Code(
    "DCM", "110810", "Volumetric Diffusion Dxx Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxx Component (DCM 110810). Included from CID 7270."""

VolumetricDiffusionDxyComponent: _Final[_Code] = _Code(
    "DCM", "110811", "Volumetric Diffusion Dxy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxy Component (DCM 110811). Included from CID 7270."""

VolumetricDiffusionDxzComponent: _Final[_Code] = _Code(
    "DCM", "110812", "Volumetric Diffusion Dxz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxz Component (DCM 110812). Included from CID 7270."""

VolumetricDiffusionDyyComponent: _Final[_Code] = _Code(
    "DCM", "110813", "Volumetric Diffusion Dyy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyy Component (DCM 110813). Included from CID 7270."""

VolumetricDiffusionDyzComponent: _Final[_Code] = _Code(
    "DCM", "110814", "Volumetric Diffusion Dyz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyz Component (DCM 110814). Included from CID 7270."""

VolumetricDiffusionDzzComponent: _Final[_Code] = _Code(
    "DCM", "110815", "Volumetric Diffusion Dzz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dzz Component (DCM 110815). Included from CID 7270."""

FractionalAnisotropy: _Final[_Code] = _Code("DCM", "110808", "Fractional Anisotropy", (7263, 7271))
"""Fractional Anisotropy (DCM 110808). Included from CID 7271."""

RelativeAnisotropy: _Final[_Code] = _Code("DCM", "110809", "Relative Anisotropy", (7263, 7271))
"""Relative Anisotropy (DCM 110809). Included from CID 7271."""

VolumeRatio: _Final[_Code] = _Code("DCM", "113288", "Volume Ratio", (7271,))
"""Volume Ratio (DCM 113288). Included from CID 7271."""

ApparentDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113041", "Apparent Diffusion Coefficient", (6311, 7263, 7272)
)
"""Apparent Diffusion Coefficient (DCM 113041). Included from CID 7272."""

DiffusionCoefficient: _Final[_Code] = _Code("DCM", "113289", "Diffusion Coefficient", (7272,))
"""Diffusion Coefficient (DCM 113289). Included from CID 7272."""

MonoExponentialApparentDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113290", "Mono-exponential Apparent Diffusion Coefficient", (7272,)
)
"""Mono-exponential Apparent Diffusion Coefficient (DCM 113290). Included from CID 7272."""

SlowDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113291", "Slow Diffusion Coefficient", (7272,)
)
"""Slow Diffusion Coefficient (DCM 113291). Included from CID 7272."""

FastDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113292", "Fast Diffusion Coefficient", (7272,)
)
"""Fast Diffusion Coefficient (DCM 113292). Included from CID 7272."""

FastDiffusionCoefficientFraction: _Final[_Code] = _Code(
    "DCM", "113293", "Fast Diffusion Coefficient Fraction", (7272,)
)
"""Fast Diffusion Coefficient Fraction (DCM 113293). Included from CID 7272."""

KurtosisDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113294", "Kurtosis Diffusion Coefficient", (7272,)
)
"""Kurtosis Diffusion Coefficient (DCM 113294). Included from CID 7272."""

GammaDistributionScaleParameter: _Final[_Code] = _Code(
    "DCM", "113295", "Gamma Distribution Scale Parameter", (7272,)
)
"""Gamma Distribution Scale Parameter (DCM 113295). Included from CID 7272."""

GammaDistributionShapeParameter: _Final[_Code] = _Code(
    "DCM", "113296", "Gamma Distribution Shape Parameter", (7272,)
)
"""Gamma Distribution Shape Parameter (DCM 113296). Included from CID 7272."""

GammaDistributionMode: _Final[_Code] = _Code("DCM", "113297", "Gamma Distribution Mode", (7272,))
"""Gamma Distribution Mode (DCM 113297). Included from CID 7272."""

DistributedDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113298", "Distributed Diffusion Coefficient", (7272,)
)
"""Distributed Diffusion Coefficient (DCM 113298). Included from CID 7272."""

AnomalousExponentParameter: _Final[_Code] = _Code(
    "DCM", "113299", "Anomalous Exponent Parameter", (7272,)
)
"""Anomalous Exponent Parameter (DCM 113299). Included from CID 7272."""

Ktrans: _Final[_Code] = _Code("DCM", "126312", "Ktrans", (4107,))
"""Ktrans (DCM 126312). Included from CID 4107."""

Kep: _Final[_Code] = _Code("DCM", "126313", "kep", (4107,))
"""kep (DCM 126313). Included from CID 4107."""

Ve: _Final[_Code] = _Code("DCM", "126314", "ve", (4107,))
"""ve (DCM 126314). Included from CID 4107."""

TauM: _Final[_Code] = _Code("DCM", "126330", "tau_m", (4107,))
"""tau_m (DCM 126330). Included from CID 4107."""

Vp: _Final[_Code] = _Code("DCM", "126331", "vp", (4107,))
"""vp (DCM 126331). Included from CID 4107."""

AbsoluteRegionalBloodFlow: _Final[_Code] = _Code(
    "DCM", "126390", "Absolute Regional Blood Flow", (4108,)
)
"""Absolute Regional Blood Flow (DCM 126390). Included from CID 4108."""

AbsoluteRegionalBloodVolume: _Final[_Code] = _Code(
    "DCM", "126391", "Absolute Regional Blood Volume", (4108,)
)
"""Absolute Regional Blood Volume (DCM 126391). Included from CID 4108."""

RelativeRegionalBloodFlow: _Final[_Code] = _Code(
    "DCM", "126397", "Relative Regional Blood Flow", (4108,)
)
"""Relative Regional Blood Flow (DCM 126397). Included from CID 4108."""

RelativeRegionalBloodVolume: _Final[_Code] = _Code(
    "DCM", "126398", "Relative Regional Blood Volume", (4108,)
)
"""Relative Regional Blood Volume (DCM 126398). Included from CID 4108."""

MeanTransitTime: _Final[_Code] = _Code("DCM", "113052", "Mean Transit Time", (4108,))
"""Mean Transit Time (DCM 113052). Included from CID 4108."""

TimeToPeak: _Final[_Code] = _Code("DCM", "113069", "Time To Peak", (4108, 4109))
"""Time To Peak (DCM 113069). Included from CID 4108."""

OxygenExtractionFraction: _Final[_Code] = _Code(
    "DCM", "126392", "Oxygen Extraction Fraction", (4108,)
)
"""Oxygen Extraction Fraction (DCM 126392). Included from CID 4108."""

Tmax: _Final[_Code] = _Code("DCM", "113084", "Tmax", (4108,))
"""Tmax (DCM 113084). Included from CID 4108."""

IAUC: _Final[_Code] = _Code("DCM", "126320", "IAUC", (4109,))
"""IAUC (DCM 126320). Included from CID 4109."""

IAUC60: _Final[_Code] = _Code("DCM", "126321", "IAUC60", (4109,))
"""IAUC60 (DCM 126321). Included from CID 4109."""

IAUC90: _Final[_Code] = _Code("DCM", "126322", "IAUC90", (4109,))
"""IAUC90 (DCM 126322). Included from CID 4109."""

IAUC180: _Final[_Code] = _Code("DCM", "126323", "IAUC180", (4109,))
"""IAUC180 (DCM 126323). Included from CID 4109."""

IAUCBN: _Final[_Code] = _Code("DCM", "126324", "IAUCBN", (4109,))
"""IAUCBN (DCM 126324). Included from CID 4109."""

IAUC60BN: _Final[_Code] = _Code("DCM", "126325", "IAUC60BN", (4109,))
"""IAUC60BN (DCM 126325). Included from CID 4109."""

IAUC90BN: _Final[_Code] = _Code("DCM", "126326", "IAUC90BN", (4109,))
"""IAUC90BN (DCM 126326). Included from CID 4109."""

IAUC180BN: _Final[_Code] = _Code("DCM", "126327", "IAUC180BN", (4109,))
"""IAUC180BN (DCM 126327). Included from CID 4109."""

TimeOfPeakConcentration: _Final[_Code] = _Code(
    "DCM", "126370", "Time of Peak Concentration", (4104, 4109)
)
"""Time of Peak Concentration (DCM 126370). Included from CID 4109."""

TimeOfLeadingHalfPeakConcentration: _Final[_Code] = _Code(
    "DCM", "126372", "Time of Leading Half-Peak Concentration", (4104, 4109)
)
"""Time of Leading Half-Peak Concentration (DCM 126372). Included from CID 4109."""

BolusArrivalTime: _Final[_Code] = _Code("DCM", "126371", "Bolus Arrival Time", (4109,))
"""Bolus Arrival Time (DCM 126371). Included from CID 4109."""

TemporalDerivativeThreshold: _Final[_Code] = _Code(
    "DCM", "126374", "Temporal Derivative Threshold", (4109,)
)
"""Temporal Derivative Threshold (DCM 126374). Included from CID 4109."""

MaximumSlope: _Final[_Code] = _Code("DCM", "126375", "Maximum Slope", (4109,))
"""Maximum Slope (DCM 126375). Included from CID 4109."""

MaximumDifference: _Final[_Code] = _Code("DCM", "126376", "Maximum Difference", (4109,))
"""Maximum Difference (DCM 126376). Included from CID 4109."""

TracerConcentration: _Final[_Code] = _Code("DCM", "126377", "Tracer Concentration", (4109,))
"""Tracer Concentration (DCM 126377). Included from CID 4109."""

AbsorbedDose: _Final[_Code] = _Code("DCM", "128513", "Absorbed Dose", (10070,))
"""Absorbed Dose (DCM 128513). Included from CID 10070."""

EquivalentDose: _Final[_Code] = _Code("DCM", "128512", "Equivalent Dose", (10070,))
"""Equivalent Dose (DCM 128512). Included from CID 10070."""

ClassActivation: _Final[_Code] = _Code("DCM", "130402", "Class activation", (217,))
"""Class activation (DCM 130402). Included from CID 217."""

GradientWeightedClassActivation: _Final[_Code] = _Code(
    "DCM", "130403", "Gradient-weighted class activation", (217,)
)
"""Gradient-weighted class activation (DCM 130403). Included from CID 217."""

Saliency: _Final[_Code] = _Code("DCM", "130404", "Saliency", (217,))
"""Saliency (DCM 130404). Included from CID 217."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    T1,
    T2_113065,
    T2_113064,
    ProtonDensity,
    SpinTaggingPerfusionMRSignalIntensity,
    VelocityEncoded,
    TemperatureEncoded,
    ContrastAgentAngioMRSignalIntensity,
    TimeOfFlightAngioMRSignalIntensity,
    ProtonDensityWeightedMRSignalIntensity,
    T1WeightedMRSignalIntensity,
    T2WeightedMRSignalIntensity_110805,
    T2WeightedMRSignalIntensity_110806,
    FieldMapMRSignalIntensity,
    T1WeightedDynamicContrastEnhancedMRSignalIntensity,
    T2WeightedDynamicContrastEnhancedMRSignalIntensity_110817,
    T2WeightedDynamicContrastEnhancedMRSignalIntensity_110818,
    BloodOxygenationLevel,
    NuclearMedicineProjectionActivity,
    NuclearMedicineTomographicActivity,
    SpatialDisplacementXComponent,
    SpatialDisplacementYComponent,
    SpatialDisplacementZComponent,
    HemodynamicResistance,
    IndexedHemodynamicResistance,
    AttenuationCoefficient,
    TissueVelocity,
    FlowVelocity,
    PowerDoppler,
    FlowVariance,
    Elasticity,
    Perfusion,
    SpeedOfSound,
    UltrasoundAttenuation,
    StudentTTest,
    ZScore,
    RCoefficient,
    R2Coefficient,
    ChiSquare,
    DW,
    AIC,
    BIC,
    RGBRComponent,
    RGBGComponent,
    RGBBComponent,
    YBRFULLYComponent,
    YBRFULLCBComponent,
    YBRFULLCRComponent,
    YBRPARTIALYComponent,
    YBRPARTIALCBComponent,
    YBRPARTIALCRComponent,
    YBRICTYComponent,
    YBRICTCBComponent,
    YBRICTCRComponent,
    YBRRCTYComponent,
    YBRRCTCBComponent,
    YBRRCTCRComponent,
    Echogenicity,
    XRayAttenuation,
    MRSignalIntensity,
    BinarySegmentation,
    FractionalProbabilisticSegmentation,
    FractionalOccupancySegmentation,
    R1,
    R2_126394,
    R2_126395,
    MagnetizationTransferRatio,
    MagneticSusceptibility,
    StandardizedUptakeValue,
    Suvbw,
    Suvlbm,
    SuvlbmJames128,
    SuvlbmJanma,
    Suvbsa,
    Suvibw,
    Fat,
    FatFraction,
    WaterFatInPhase,
    WaterFatOutOfPhase,
    NegativeEnhancementIntegral,
    SignalChange,
    SignalToNoise,
    TimeCourseOfSignal,
    Water,
    WaterFraction,
    RelativeLinearStoppingPower,
    NAcetylaspartate,
    Citrate,
    Choline,
    Creatine,
    CreatineAndCholine,
    Lactate,
    Lipid,
    LipidAndLactate,
    GlutamateAndGlutamine,
    Glutamine,
    Tuarine,
    Inositol,
    CholineCreatineRatio,
    NAcetylaspartateCreatineRatio,
    NAcetylaspartateCholineRatio,
    CreatineCholineCitrateRatio,
    DiffusionWeighted,
    VolumetricDiffusionDxxComponent,
    VolumetricDiffusionDxyComponent,
    VolumetricDiffusionDxzComponent,
    VolumetricDiffusionDyyComponent,
    VolumetricDiffusionDyzComponent,
    VolumetricDiffusionDzzComponent,
    FractionalAnisotropy,
    RelativeAnisotropy,
    VolumeRatio,
    ApparentDiffusionCoefficient,
    DiffusionCoefficient,
    MonoExponentialApparentDiffusionCoefficient,
    SlowDiffusionCoefficient,
    FastDiffusionCoefficient,
    FastDiffusionCoefficientFraction,
    KurtosisDiffusionCoefficient,
    GammaDistributionScaleParameter,
    GammaDistributionShapeParameter,
    GammaDistributionMode,
    DistributedDiffusionCoefficient,
    AnomalousExponentParameter,
    Ktrans,
    Kep,
    Ve,
    TauM,
    Vp,
    AbsoluteRegionalBloodFlow,
    AbsoluteRegionalBloodVolume,
    RelativeRegionalBloodFlow,
    RelativeRegionalBloodVolume,
    MeanTransitTime,
    TimeToPeak,
    OxygenExtractionFraction,
    Tmax,
    IAUC,
    IAUC60,
    IAUC90,
    IAUC180,
    IAUCBN,
    IAUC60BN,
    IAUC90BN,
    IAUC180BN,
    TimeOfPeakConcentration,
    TimeOfLeadingHalfPeakConcentration,
    BolusArrivalTime,
    TemporalDerivativeThreshold,
    MaximumSlope,
    MaximumDifference,
    TracerConcentration,
    AbsorbedDose,
    EquivalentDose,
    ClassActivation,
    GradientWeightedClassActivation,
    Saliency,
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
