"""CID 10069 Radiation Dose Estimate Parameter.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1163.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10069
NAME: _Final[str] = "Radiation Dose Estimate Parameter"
KEYWORD: _Final[str | None] = "RadiationDoseEstimateParameter"
UID: _Final[str | None] = "1.2.840.10008.6.1.1163"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BreastThickness: _Final[_Code] = _Code("DCM", "128405", "Breast Thickness", (10069,))
"""Breast Thickness (DCM 128405)."""

HalfValueLayer: _Final[_Code] = _Code("DCM", "111634", "Half Value Layer", (10069,))
"""Half Value Layer (DCM 111634)."""

PercentFibroglandularTissue: _Final[_Code] = _Code(
    "DCM", "111046", "Percent Fibroglandular Tissue", (10069,)
)
"""Percent Fibroglandular Tissue (DCM 111046)."""

Dgn: _Final[_Code] = _Code("DCM", "128407", "DgN", (10069,))
"""DgN (DCM 128407)."""

PatientAPDimension: _Final[_Code] = _Code("DCM", "128408", "Patient AP Dimension", (10069,))
"""Patient AP Dimension (DCM 128408)."""

PatientLateralDimension: _Final[_Code] = _Code(
    "DCM", "128409", "Patient Lateral Dimension", (10069,)
)
"""Patient Lateral Dimension (DCM 128409)."""

SSDEConversionFactor: _Final[_Code] = _Code("DCM", "128410", "SSDE Conversion Factor", (10069,))
"""SSDE Conversion Factor (DCM 128410)."""

Backscatter: _Final[_Code] = _Code("DCM", "128411", "Backscatter", (10069,))
"""Backscatter (DCM 128411)."""

WaterEquivalentDiameterRepresentativeValue: _Final[_Code] = _Code(
    "DCM", "113981", "Water Equivalent Diameter Representative Value", (10024, 10069)
)
"""Water Equivalent Diameter Representative Value (DCM 113981)."""

WaterEquivalentDiameterIntegratedAcrossScanRange: _Final[_Code] = _Code(
    "DCM", "113982", "Water Equivalent Diameter Integrated Across Scan Range", (10024, 10069)
)
"""Water Equivalent Diameter Integrated Across Scan Range (DCM 113982)."""

WaterEquivalentDiameterFromRawData: _Final[_Code] = _Code(
    "DCM", "113983", "Water Equivalent Diameter From Raw Data", (10024, 10069)
)
"""Water Equivalent Diameter From Raw Data (DCM 113983)."""

WaterEquivalentDiameterFromLocalizer: _Final[_Code] = _Code(
    "DCM", "113984", "Water Equivalent Diameter From Localizer", (10024, 10069)
)
"""Water Equivalent Diameter From Localizer (DCM 113984)."""

TissueAirRatio: _Final[_Code] = _Code("DCM", "128433", "Tissue Air Ratio", (10069,))
"""Tissue Air Ratio (DCM 128433)."""

CorrectionFactor: _Final[_Code] = _Code("DCM", "128452", "Correction Factor", (10069,))
"""Correction Factor (DCM 128452)."""

CurveFitParameter: _Final[_Code] = _Code("DCM", "128453", "Curve Fit Parameter", (10069,))
"""Curve Fit Parameter (DCM 128453)."""

HomogeneityFactor: _Final[_Code] = _Code("DCM", "128455", "Homogeneity Factor", (10069,))
"""Homogeneity Factor (DCM 128455)."""

NormalizationFactor: _Final[_Code] = _Code("DCM", "128522", "Normalization Factor", (10069,))
"""Normalization Factor (DCM 128522)."""

OffsetFactor: _Final[_Code] = _Code("DCM", "128523", "Offset Factor", (10069,))
"""Offset Factor (DCM 128523)."""

AttenuationCoefficient: _Final[_Code] = _Code(
    "DCM", "112031", "Attenuation Coefficient", (6141, 7180, 10069)
)
"""Attenuation Coefficient (DCM 112031)."""

TissueFraction: _Final[_Code] = _Code("DCM", "128526", "Tissue Fraction", (10069,))
"""Tissue Fraction (DCM 128526)."""

DistanceCorrection: _Final[_Code] = _Code("DCM", "128527", "Distance Correction", (10069,))
"""Distance Correction (DCM 128527)."""

UnitConversionFactor: _Final[_Code] = _Code("NCIt", "C70774", "Unit Conversion Factor", (10069,))
"""Unit Conversion Factor (NCIt C70774)."""

Distance: _Final[_Code] = _Code("DCM", "121206", "Distance", (7470, 10069))
"""Distance (DCM 121206)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
