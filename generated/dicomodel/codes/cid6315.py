"""CID 6315 Prostate MRI Series Quality Finding.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1372.
Includes CID 6316, CID 6317, CID 6318.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6315
NAME: _Final[str] = "Prostate MRI Series Quality Finding"
KEYWORD: _Final[str | None] = "ProstateMRISeriesQualityFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.1372"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = (6316, 6317, 6318)
EXTERNAL_SCHEME: _Final[str | None] = None

AnatomyCoverageIncomplete: _Final[_Code] = _Code(
    "DCM", "130576", "Anatomy coverage incomplete", (6315,)
)
"""Anatomy coverage incomplete (DCM 130576)."""

PoorFOVSelection: _Final[_Code] = _Code("DCM", "130577", "Poor FOV selection", (6315,))
"""Poor FOV selection (DCM 130577)."""

PoorSNR: _Final[_Code] = _Code("DCM", "130578", "Poor SNR", (6315,))
"""Poor SNR (DCM 130578)."""

MotionRelatedArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11423", "Motion related artifact", (6316,)
)
"""Motion related artifact (RADLEX RID11423). Included from CID 6316."""

PhaseWraparoundArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11395", "Phase wraparound artifact", (6316,)
)
"""Phase wraparound artifact (RADLEX RID11395). Included from CID 6316."""

Smearing: _Final[_Code] = _Code("RADLEX", "RID11424", "Smearing", (6316,))
"""Smearing (RADLEX RID11424). Included from CID 6316."""

Ghost: _Final[_Code] = _Code("RADLEX", "RID11426", "Ghost", (6316,))
"""Ghost (RADLEX RID11426). Included from CID 6316."""

TissueMagneticSusceptibilityEffect: _Final[_Code] = _Code(
    "RADLEX", "RID11372", "Tissue magnetic susceptibility effect", (6316,)
)
"""Tissue magnetic susceptibility effect (RADLEX RID11372). Included from CID 6316."""

FerromagneticImplantMagneticSusceptibilityEffect: _Final[_Code] = _Code(
    "RADLEX", "RID11370", "Ferromagnetic implant magnetic susceptibility effect", (6316,)
)
"""Ferromagnetic implant magnetic susceptibility effect (RADLEX RID11370). Included from CID 6316."""

NonUniformSignalIntensityArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11408", "Non-uniform signal intensity artifact", (6316,)
)
"""Non-uniform signal intensity artifact (RADLEX RID11408). Included from CID 6316."""

ParallelImagingArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11464", "Parallel imaging artifact", (6316,)
)
"""Parallel imaging artifact (RADLEX RID11464). Included from CID 6316."""

ChemicalShiftArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11374", "Chemical shift artifact", (6316,)
)
"""Chemical shift artifact (RADLEX RID11374). Included from CID 6316."""

PoorContrastTiming: _Final[_Code] = _Code("DCM", "130579", "Poor contrast timing", (6317,))
"""Poor contrast timing (DCM 130579). Included from CID 6317."""

InadequateContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "130580", "Inadequate contrast enhancement", (6317,)
)
"""Inadequate contrast enhancement (DCM 130580). Included from CID 6317."""

SubtractionImageMissing: _Final[_Code] = _Code(
    "DCM", "130581", "Subtraction image missing", (6317,)
)
"""Subtraction image missing (DCM 130581). Included from CID 6317."""

UnwantedSubtractionImages: _Final[_Code] = _Code(
    "DCM", "130582", "Unwanted subtraction images", (6317,)
)
"""Unwanted subtraction images (DCM 130582). Included from CID 6317."""

ExpectedBValueIsMissing: _Final[_Code] = _Code(
    "DCM", "130583", "Expected b-value is missing", (6318,)
)
"""Expected b-value is missing (DCM 130583). Included from CID 6318."""

SevereDistortionInTheAreaOfInterest: _Final[_Code] = _Code(
    "DCM", "130584", "Severe distortion in the area of interest", (6318,)
)
"""Severe distortion in the area of interest (DCM 130584). Included from CID 6318."""

ExpectedADCMapIsMissing: _Final[_Code] = _Code(
    "DCM", "130585", "Expected ADC map is missing", (6318,)
)
"""Expected ADC map is missing (DCM 130585). Included from CID 6318."""

DistortionArtifactInTheAreaOfInterest: _Final[_Code] = _Code(
    "DCM", "130586", "Distortion artifact in the area of interest", (6318,)
)
"""Distortion artifact in the area of interest (DCM 130586). Included from CID 6318."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnatomyCoverageIncomplete,
    PoorFOVSelection,
    PoorSNR,
    MotionRelatedArtifact,
    PhaseWraparoundArtifact,
    Smearing,
    Ghost,
    TissueMagneticSusceptibilityEffect,
    FerromagneticImplantMagneticSusceptibilityEffect,
    NonUniformSignalIntensityArtifact,
    ParallelImagingArtifact,
    ChemicalShiftArtifact,
    PoorContrastTiming,
    InadequateContrastEnhancement,
    SubtractionImageMissing,
    UnwantedSubtractionImages,
    ExpectedBValueIsMissing,
    SevereDistortionInTheAreaOfInterest,
    ExpectedADCMapIsMissing,
    DistortionArtifactInTheAreaOfInterest,
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
