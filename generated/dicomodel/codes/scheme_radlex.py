"""Coding scheme RADLEX: RadLex.

76 codes of PS3.16 context groups and Annex D.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import CodingScheme as _CodingScheme

DESIGNATOR: _Final[str] = "RADLEX"
NAME: _Final[str] = "RadLex"
UID: _Final[str | None] = "2.16.840.1.113883.6.256"
URI: _Final[str | None] = "http://www.radlex.org"
RETIRED: _Final[bool] = False

ACRCategory1ActionableFinding: _Final[_Code] = _Code(
    "RADLEX", "RID49480", "ACR Category 1 Actionable Finding", (7035,)
)
"""ACR Category 1 Actionable Finding (RADLEX RID49480)."""

ACRCategory2ActionableFinding: _Final[_Code] = _Code(
    "RADLEX", "RID49481", "ACR Category 2 Actionable Finding", (7035,)
)
"""ACR Category 2 Actionable Finding (RADLEX RID49481)."""

ACRCategory3ActionableFinding: _Final[_Code] = _Code(
    "RADLEX", "RID49482", "ACR Category 3 Actionable Finding", (7035,)
)
"""ACR Category 3 Actionable Finding (RADLEX RID49482)."""

BariumSulfateSuspension: _Final[_Code] = _Code(
    "RADLEX", "RID11588", "Barium sulfate suspension", (6350,)
)
"""Barium sulfate suspension (RADLEX RID11588)."""

BeamHardeningArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11327", "Beam-hardening artifact", (6135,)
)
"""Beam-hardening artifact (RADLEX RID11327)."""

ChemicalShiftArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11374", "Chemical shift artifact", (6316,)
)
"""Chemical shift artifact (RADLEX RID11374)."""

DelayedPhase: _Final[_Code] = _Code("RADLEX", "RID11081", "Delayed phase", (6346,))
"""Delayed phase (RADLEX RID11081)."""

DiagnosticQuality: _Final[_Code] = _Code("RADLEX", "RID12", "Diagnostic quality", (7036,))
"""Diagnostic quality (RADLEX RID12)."""

DiffusionWeightedHypersensitivity: _Final[_Code] = _Code(
    "RADLEX", "RID39536", "Diffusion-weighted hypersensitivity", (6344,)
)
"""Diffusion-weighted hypersensitivity (RADLEX RID39536)."""

EarlyPhaseWashIn: _Final[_Code] = _Code("RADLEX", "RID49530", "Early phase wash-in", (6346,))
"""Early phase wash-in (RADLEX RID49530)."""

EndorectalCoil: _Final[_Code] = _Code("RADLEX", "RID10809", "Endorectal coil", (6349,))
"""Endorectal coil (RADLEX RID10809)."""

EnhancementPattern: _Final[_Code] = _Code("RADLEX", "RID6058", "Enhancement pattern", (6334,))
"""Enhancement pattern (RADLEX RID6058)."""

ErasedCharcoalSign: _Final[_Code] = _Code("RADLEX", "RID49497", "Erased charcoal sign", (6342,))
"""Erased charcoal sign (RADLEX RID49497)."""

FerromagneticImplantMagneticSusceptibilityEffect: _Final[_Code] = _Code(
    "RADLEX", "RID11370", "Ferromagnetic implant magnetic susceptibility effect", (6316,)
)
"""Ferromagnetic implant magnetic susceptibility effect (RADLEX RID11370)."""

Ghost: _Final[_Code] = _Code("RADLEX", "RID11426", "Ghost", (6316,))
"""Ghost (RADLEX RID11426)."""

Heterogeneous: _Final[_Code] = _Code("RADLEX", "RID6060", "Heterogeneous", (6344,))
"""Heterogeneous (RADLEX RID6060)."""

Hyperintense: _Final[_Code] = _Code("RADLEX", "RID35805", "Hyperintense", (6344,))
"""Hyperintense (RADLEX RID35805)."""

Hypointense: _Final[_Code] = _Code("RADLEX", "RID35804", "Hypointense", (6344,))
"""Hypointense (RADLEX RID35804)."""

IonicIodinatedContrastAgent: _Final[_Code] = _Code(
    "RADLEX", "RID11585", "Ionic iodinated contrast agent", (12,)
)
"""Ionic iodinated contrast agent (RADLEX RID11585)."""

Isointense: _Final[_Code] = _Code("RADLEX", "RID6053", "Isointense", (6344,))
"""Isointense (RADLEX RID6053)."""

Lenticular: _Final[_Code] = _Code("RADLEX", "RID49495", "Lenticular", (6340,))
"""Lenticular (RADLEX RID49495)."""

LimitedQuality: _Final[_Code] = _Code("RADLEX", "RID13", "Limited quality", (7036,))
"""Limited quality (RADLEX RID13)."""

MarkedlyHypointense: _Final[_Code] = _Code("RADLEX", "RID49500", "Markedly hypointense", (6344,))
"""Markedly hypointense (RADLEX RID49500)."""

MotionRelatedArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11423", "Motion related artifact", (6316,)
)
"""Motion related artifact (RADLEX RID11423)."""

NMHeadPerfusionBrainPETCTAV45: _Final[_Code] = _Code(
    "RADLEX", "RPID5427", "NM head perfusion brain PET-CT AV-45", (100,)
)
"""NM head perfusion brain PET-CT AV-45 (RADLEX RPID5427)."""

NeurovascularBundleOfProstate: _Final[_Code] = _Code(
    "RADLEX", "RID43492", "Neurovascular bundle of prostate", (6348,)
)
"""Neurovascular bundle of prostate (RADLEX RID43492)."""

NonCircumscribedMargin: _Final[_Code] = _Code(
    "RADLEX", "RID34355", "Non-circumscribed margin", (6342,)
)
"""Non-circumscribed margin (RADLEX RID34355)."""

NonDiagnosticQuality: _Final[_Code] = _Code("RADLEX", "RID14", "Non-diagnostic quality", (7036,))
"""Non-diagnostic quality (RADLEX RID14)."""

NonIonicIodinatedContrastAgent: _Final[_Code] = _Code(
    "RADLEX", "RID38696", "Non-ionic iodinated contrast agent", (12,)
)
"""Non-ionic iodinated contrast agent (RADLEX RID38696)."""

NonUniformSignalIntensityArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11408", "Non-uniform signal intensity artifact", (6316,)
)
"""Non-uniform signal intensity artifact (RADLEX RID11408)."""

OrganizedChaos: _Final[_Code] = _Code("RADLEX", "RID49499", "Organized chaos", (6344,))
"""Organized chaos (RADLEX RID49499)."""

PIRADS1DWIVeryLow: _Final[_Code] = _Code("RADLEX", "RID50314", "PI-RADS 1 - DWI Very low", (6331,))
"""PI-RADS 1 - DWI Very low (RADLEX RID50314)."""

PIRADS1T2WIPZVeryLow: _Final[_Code] = _Code(
    "RADLEX", "RID50302", "PI-RADS 1 - T2WI PZ Very low", (6329,)
)
"""PI-RADS 1 - T2WI PZ Very low (RADLEX RID50302)."""

PIRADS1T2WITZVeryLow: _Final[_Code] = _Code(
    "RADLEX", "RID50308", "PI-RADS 1 - T2WI TZ Very low", (6330,)
)
"""PI-RADS 1 - T2WI TZ Very low (RADLEX RID50308)."""

PIRADS1VeryLow_RID50289: _Final[_Code] = _Code(
    "RADLEX", "RID50289", "PI-RADS 1 - Very low", (6325,)
)
"""PI-RADS 1 - Very low (RADLEX RID50289)."""

PIRADS1VeryLow_RID50296: _Final[_Code] = _Code(
    "RADLEX", "RID50296", "PI-RADS 1 - Very low (lesion)", (6328,)
)
"""PI-RADS 1 - Very low (lesion) (RADLEX RID50296)."""

PIRADS2DWILow: _Final[_Code] = _Code("RADLEX", "RID50315", "PI-RADS 2 - DWI Low", (6331,))
"""PI-RADS 2 - DWI Low (RADLEX RID50315)."""

PIRADS2Low_RID50290: _Final[_Code] = _Code("RADLEX", "RID50290", "PI-RADS 2 - Low", (6325,))
"""PI-RADS 2 - Low (RADLEX RID50290)."""

PIRADS2Low_RID50297: _Final[_Code] = _Code(
    "RADLEX", "RID50297", "PI-RADS 2 - Low (lesion)", (6328,)
)
"""PI-RADS 2 - Low (lesion) (RADLEX RID50297)."""

PIRADS2T2WIPZLow: _Final[_Code] = _Code("RADLEX", "RID50303", "PI-RADS 2 - T2WI PZ Low", (6329,))
"""PI-RADS 2 - T2WI PZ Low (RADLEX RID50303)."""

PIRADS2T2WITZLow: _Final[_Code] = _Code("RADLEX", "RID50309", "PI-RADS 2 - T2WI TZ Low", (6330,))
"""PI-RADS 2 - T2WI TZ Low (RADLEX RID50309)."""

PIRADS3DWIIntermediate: _Final[_Code] = _Code(
    "RADLEX", "RID50316", "PI-RADS 3 - DWI Intermediate", (6331,)
)
"""PI-RADS 3 - DWI Intermediate (RADLEX RID50316)."""

PIRADS3Intermediate_RID50291: _Final[_Code] = _Code(
    "RADLEX", "RID50291", "PI-RADS 3 - Intermediate", (6325,)
)
"""PI-RADS 3 - Intermediate (RADLEX RID50291)."""

PIRADS3Intermediate_RID50298: _Final[_Code] = _Code(
    "RADLEX", "RID50298", "PI-RADS 3 - Intermediate (lesion)", (6328,)
)
"""PI-RADS 3 - Intermediate (lesion) (RADLEX RID50298)."""

PIRADS3T2WIPZIntermediate: _Final[_Code] = _Code(
    "RADLEX", "RID50304", "PI-RADS 3 - T2WI PZ Intermediate", (6329,)
)
"""PI-RADS 3 - T2WI PZ Intermediate (RADLEX RID50304)."""

PIRADS3T2WITZIntermediate: _Final[_Code] = _Code(
    "RADLEX", "RID50310", "PI-RADS 3 - T2WI TZ Intermediate", (6330,)
)
"""PI-RADS 3 - T2WI TZ Intermediate (RADLEX RID50310)."""

PIRADS4DWIHigh: _Final[_Code] = _Code("RADLEX", "RID50317", "PI-RADS 4 - DWI High", (6331,))
"""PI-RADS 4 - DWI High (RADLEX RID50317)."""

PIRADS4High_RID50292: _Final[_Code] = _Code("RADLEX", "RID50292", "PI-RADS 4 - High", (6325,))
"""PI-RADS 4 - High (RADLEX RID50292)."""

PIRADS4High_RID50299: _Final[_Code] = _Code(
    "RADLEX", "RID50299", "PI-RADS 4 - High (lesion)", (6328,)
)
"""PI-RADS 4 - High (lesion) (RADLEX RID50299)."""

PIRADS4T2WIPZHigh: _Final[_Code] = _Code("RADLEX", "RID50305", "PI-RADS 4 - T2WI PZ High", (6329,))
"""PI-RADS 4 - T2WI PZ High (RADLEX RID50305)."""

PIRADS4T2WITZHigh: _Final[_Code] = _Code("RADLEX", "RID50311", "PI-RADS 4 - T2WI TZ High", (6330,))
"""PI-RADS 4 - T2WI TZ High (RADLEX RID50311)."""

PIRADS5DWIVeryHigh: _Final[_Code] = _Code(
    "RADLEX", "RID50318", "PI-RADS 5 - DWI Very high", (6331,)
)
"""PI-RADS 5 - DWI Very high (RADLEX RID50318)."""

PIRADS5T2WIPZVeryHigh: _Final[_Code] = _Code(
    "RADLEX", "RID50306", "PI-RADS 5 - T2WI PZ Very high", (6329,)
)
"""PI-RADS 5 - T2WI PZ Very high (RADLEX RID50306)."""

PIRADS5T2WITZVeryHigh: _Final[_Code] = _Code(
    "RADLEX", "RID50312", "PI-RADS 5 - T2WI TZ Very high", (6330,)
)
"""PI-RADS 5 - T2WI TZ Very high (RADLEX RID50312)."""

PIRADS5VeryHigh_RID50293: _Final[_Code] = _Code(
    "RADLEX", "RID50293", "PI-RADS 5 - Very high", (6325,)
)
"""PI-RADS 5 - Very high (RADLEX RID50293)."""

PIRADS5VeryHigh_RID50300: _Final[_Code] = _Code(
    "RADLEX", "RID50300", "PI-RADS 5 - Very high (lesion)", (6328,)
)
"""PI-RADS 5 - Very high (lesion) (RADLEX RID50300)."""

PIRADSDCEVe_RID50320: _Final[_Code] = _Code("RADLEX", "RID50320", "PI-RADS DCE -ve", (6332,))
"""PI-RADS DCE -ve (RADLEX RID50320)."""

PIRADSDCEVe_RID50321: _Final[_Code] = _Code("RADLEX", "RID50321", "PI-RADS DCE +ve", (6332,))
"""PI-RADS DCE +ve (RADLEX RID50321)."""

PIRADSXDCEInadequateOrAbsent: _Final[_Code] = _Code(
    "RADLEX", "RID50327", "PI-RADS X - DCE Inadequate or absent", (6332,)
)
"""PI-RADS X - DCE Inadequate or absent (RADLEX RID50327)."""

PIRADSXDWIInadequateOrAbsent: _Final[_Code] = _Code(
    "RADLEX", "RID50326", "PI-RADS X - DWI Inadequate or absent", (6331,)
)
"""PI-RADS X - DWI Inadequate or absent (RADLEX RID50326)."""

PIRADSXInadequateOrAbsent_RID50322: _Final[_Code] = _Code(
    "RADLEX", "RID50322", "PI-RADS X - Inadequate or absent", (6325,)
)
"""PI-RADS X - Inadequate or absent (RADLEX RID50322)."""

PIRADSXInadequateOrAbsent_RID50323: _Final[_Code] = _Code(
    "RADLEX", "RID50323", "PI-RADS X - Inadequate or absent (lesion)", (6328,)
)
"""PI-RADS X - Inadequate or absent (lesion) (RADLEX RID50323)."""

PIRADSXT2WIPZInadequateOrAbsent: _Final[_Code] = _Code(
    "RADLEX", "RID50324", "PI-RADS X - T2WI PZ Inadequate or absent", (6329,)
)
"""PI-RADS X - T2WI PZ Inadequate or absent (RADLEX RID50324)."""

PIRADSXT2WITZInadequateOrAbsent: _Final[_Code] = _Code(
    "RADLEX", "RID50325", "PI-RADS X - T2WI TZ Inadequate or absent", (6330,)
)
"""PI-RADS X - T2WI TZ Inadequate or absent (RADLEX RID50325)."""

ParallelImagingArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11464", "Parallel imaging artifact", (6316,)
)
"""Parallel imaging artifact (RADLEX RID11464)."""

PersistentDelayedPhase: _Final[_Code] = _Code(
    "RADLEX", "RID34331", "Persistent delayed phase", (6346,)
)
"""Persistent delayed phase (RADLEX RID34331)."""

PhaseWraparoundArtifact: _Final[_Code] = _Code(
    "RADLEX", "RID11395", "Phase wraparound artifact", (6316,)
)
"""Phase wraparound artifact (RADLEX RID11395)."""

PlateauDelayedPhase: _Final[_Code] = _Code("RADLEX", "RID34332", "Plateau delayed phase", (6346,))
"""Plateau delayed phase (RADLEX RID34332)."""

RestrictedDiffusion: _Final[_Code] = _Code("RADLEX", "RID43349", "Restricted diffusion", (6344,))
"""Restricted diffusion (RADLEX RID43349)."""

SignalCharacteristic: _Final[_Code] = _Code("RADLEX", "RID6049", "Signal characteristic", (6334,))
"""Signal characteristic (RADLEX RID6049)."""

Smearing: _Final[_Code] = _Code("RADLEX", "RID11424", "Smearing", (6316,))
"""Smearing (RADLEX RID11424)."""

SuboptimalPatientPositioning: _Final[_Code] = _Code(
    "RADLEX", "RID11281", "Suboptimal patient positioning", (6314,)
)
"""Suboptimal patient positioning (RADLEX RID11281)."""

T2Hyperintensity: _Final[_Code] = _Code("RADLEX", "RID39467", "T2 Hyperintensity", (6344,))
"""T2 Hyperintensity (RADLEX RID39467)."""

T2Hypointensity: _Final[_Code] = _Code("RADLEX", "RID49501", "T2 hypointensity", (6344,))
"""T2 hypointensity (RADLEX RID49501)."""

TissueMagneticSusceptibilityEffect: _Final[_Code] = _Code(
    "RADLEX", "RID11372", "Tissue magnetic susceptibility effect", (6316,)
)
"""Tissue magnetic susceptibility effect (RADLEX RID11372)."""

WashoutDelayedPhase: _Final[_Code] = _Code("RADLEX", "RID34333", "Washout delayed phase", (6346,))
"""Washout delayed phase (RADLEX RID34333)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ACRCategory1ActionableFinding,
    ACRCategory2ActionableFinding,
    ACRCategory3ActionableFinding,
    BariumSulfateSuspension,
    BeamHardeningArtifact,
    ChemicalShiftArtifact,
    DelayedPhase,
    DiagnosticQuality,
    DiffusionWeightedHypersensitivity,
    EarlyPhaseWashIn,
    EndorectalCoil,
    EnhancementPattern,
    ErasedCharcoalSign,
    FerromagneticImplantMagneticSusceptibilityEffect,
    Ghost,
    Heterogeneous,
    Hyperintense,
    Hypointense,
    IonicIodinatedContrastAgent,
    Isointense,
    Lenticular,
    LimitedQuality,
    MarkedlyHypointense,
    MotionRelatedArtifact,
    NMHeadPerfusionBrainPETCTAV45,
    NeurovascularBundleOfProstate,
    NonCircumscribedMargin,
    NonDiagnosticQuality,
    NonIonicIodinatedContrastAgent,
    NonUniformSignalIntensityArtifact,
    OrganizedChaos,
    PIRADS1DWIVeryLow,
    PIRADS1T2WIPZVeryLow,
    PIRADS1T2WITZVeryLow,
    PIRADS1VeryLow_RID50289,
    PIRADS1VeryLow_RID50296,
    PIRADS2DWILow,
    PIRADS2Low_RID50290,
    PIRADS2Low_RID50297,
    PIRADS2T2WIPZLow,
    PIRADS2T2WITZLow,
    PIRADS3DWIIntermediate,
    PIRADS3Intermediate_RID50291,
    PIRADS3Intermediate_RID50298,
    PIRADS3T2WIPZIntermediate,
    PIRADS3T2WITZIntermediate,
    PIRADS4DWIHigh,
    PIRADS4High_RID50292,
    PIRADS4High_RID50299,
    PIRADS4T2WIPZHigh,
    PIRADS4T2WITZHigh,
    PIRADS5DWIVeryHigh,
    PIRADS5T2WIPZVeryHigh,
    PIRADS5T2WITZVeryHigh,
    PIRADS5VeryHigh_RID50293,
    PIRADS5VeryHigh_RID50300,
    PIRADSDCEVe_RID50320,
    PIRADSDCEVe_RID50321,
    PIRADSXDCEInadequateOrAbsent,
    PIRADSXDWIInadequateOrAbsent,
    PIRADSXInadequateOrAbsent_RID50322,
    PIRADSXInadequateOrAbsent_RID50323,
    PIRADSXT2WIPZInadequateOrAbsent,
    PIRADSXT2WITZInadequateOrAbsent,
    ParallelImagingArtifact,
    PersistentDelayedPhase,
    PhaseWraparoundArtifact,
    PlateauDelayedPhase,
    RestrictedDiffusion,
    SignalCharacteristic,
    Smearing,
    SuboptimalPatientPositioning,
    T2Hyperintensity,
    T2Hypointensity,
    TissueMagneticSusceptibilityEffect,
    WashoutDelayedPhase,
)
"""Every code of the scheme in PS3.16, sorted by name."""

__scheme__: _Final[_CodingScheme] = _CodingScheme(
    designator=DESIGNATOR,
    name=NAME,
    uid=UID,
    uri=URI,
    retired=RETIRED,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
