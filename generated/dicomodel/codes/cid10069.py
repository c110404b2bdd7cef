"""CID 10069 Radiation Dose Estimate Parameter.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1163.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10069
NAME: Final[str] = "Radiation Dose Estimate Parameter"
KEYWORD: Final[str | None] = "RadiationDoseEstimateParameter"
UID: Final[str | None] = "1.2.840.10008.6.1.1163"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170405"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BreastThickness: Final[Code] = Code("DCM", "128405", "Breast Thickness", (10069,))
"""Breast Thickness (DCM 128405)."""

HalfValueLayer: Final[Code] = Code("DCM", "111634", "Half Value Layer", (10069,))
"""Half Value Layer (DCM 111634)."""

PercentFibroglandularTissue: Final[Code] = Code(
    "DCM", "111046", "Percent Fibroglandular Tissue", (10069,)
)
"""Percent Fibroglandular Tissue (DCM 111046)."""

Dgn: Final[Code] = Code("DCM", "128407", "DgN", (10069,))
"""DgN (DCM 128407)."""

PatientAPDimension: Final[Code] = Code("DCM", "128408", "Patient AP Dimension", (10069,))
"""Patient AP Dimension (DCM 128408)."""

PatientLateralDimension: Final[Code] = Code("DCM", "128409", "Patient Lateral Dimension", (10069,))
"""Patient Lateral Dimension (DCM 128409)."""

SSDEConversionFactor: Final[Code] = Code("DCM", "128410", "SSDE Conversion Factor", (10069,))
"""SSDE Conversion Factor (DCM 128410)."""

Backscatter: Final[Code] = Code("DCM", "128411", "Backscatter", (10069,))
"""Backscatter (DCM 128411)."""

WaterEquivalentDiameterRepresentativeValue: Final[Code] = Code(
    "DCM", "113981", "Water Equivalent Diameter Representative Value", (10024, 10069)
)
"""Water Equivalent Diameter Representative Value (DCM 113981)."""

WaterEquivalentDiameterIntegratedAcrossScanRange: Final[Code] = Code(
    "DCM", "113982", "Water Equivalent Diameter Integrated Across Scan Range", (10024, 10069)
)
"""Water Equivalent Diameter Integrated Across Scan Range (DCM 113982)."""

WaterEquivalentDiameterFromRawData: Final[Code] = Code(
    "DCM", "113983", "Water Equivalent Diameter From Raw Data", (10024, 10069)
)
"""Water Equivalent Diameter From Raw Data (DCM 113983)."""

WaterEquivalentDiameterFromLocalizer: Final[Code] = Code(
    "DCM", "113984", "Water Equivalent Diameter From Localizer", (10024, 10069)
)
"""Water Equivalent Diameter From Localizer (DCM 113984)."""

TissueAirRatio: Final[Code] = Code("DCM", "128433", "Tissue Air Ratio", (10069,))
"""Tissue Air Ratio (DCM 128433)."""

CorrectionFactor: Final[Code] = Code("DCM", "128452", "Correction Factor", (10069,))
"""Correction Factor (DCM 128452)."""

CurveFitParameter: Final[Code] = Code("DCM", "128453", "Curve Fit Parameter", (10069,))
"""Curve Fit Parameter (DCM 128453)."""

HomogeneityFactor: Final[Code] = Code("DCM", "128455", "Homogeneity Factor", (10069,))
"""Homogeneity Factor (DCM 128455)."""

NormalizationFactor: Final[Code] = Code("DCM", "128522", "Normalization Factor", (10069,))
"""Normalization Factor (DCM 128522)."""

OffsetFactor: Final[Code] = Code("DCM", "128523", "Offset Factor", (10069,))
"""Offset Factor (DCM 128523)."""

AttenuationCoefficient: Final[Code] = Code(
    "DCM", "112031", "Attenuation Coefficient", (6141, 7180, 10069)
)
"""Attenuation Coefficient (DCM 112031)."""

TissueFraction: Final[Code] = Code("DCM", "128526", "Tissue Fraction", (10069,))
"""Tissue Fraction (DCM 128526)."""

DistanceCorrection: Final[Code] = Code("DCM", "128527", "Distance Correction", (10069,))
"""Distance Correction (DCM 128527)."""

UnitConversionFactor: Final[Code] = Code("NCIt", "C70774", "Unit Conversion Factor", (10069,))
"""Unit Conversion Factor (NCIt C70774)."""

Distance: Final[Code] = Code("DCM", "121206", "Distance", (7470, 10069))
"""Distance (DCM 121206)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BreastThickness,
    HalfValueLayer,
    PercentFibroglandularTissue,
    Dgn,
    PatientAPDimension,
    PatientLateralDimension,
    SSDEConversionFactor,
    Backscatter,
    WaterEquivalentDiameterRepresentativeValue,
    WaterEquivalentDiameterIntegratedAcrossScanRange,
    WaterEquivalentDiameterFromRawData,
    WaterEquivalentDiameterFromLocalizer,
    TissueAirRatio,
    CorrectionFactor,
    CurveFitParameter,
    HomogeneityFactor,
    NormalizationFactor,
    OffsetFactor,
    AttenuationCoefficient,
    TissueFraction,
    DistanceCorrection,
    UnitConversionFactor,
    Distance,
)
"""The resolved membership: own members, then those of the included groups, in order."""
