"""CID 6335 mpMRI Assessment Value.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1392.
Includes CID 6336, CID 6339, CID 6341, CID 6343, CID 6345.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6335
NAME: Final[str] = "mpMRI Assessment Value"
KEYWORD: Final[str | None] = "mpMRIAssessmentValue"
UID: Final[str | None] = "1.2.840.10008.6.1.1392"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210714"
INCLUDES: Final[tuple[int, ...]] = (6336, 6339, 6341, 6343, 6345)
EXTERNAL_SCHEME: Final[str | None] = None

FocalAbnormality: Final[Code] = Code("DCM", "Focal abnormality", "Focal abnormality", (6337,))
"""Focal abnormality (DCM Focal abnormality). Included from CID 6337."""

Focal: Final[Code] = Code("SCT", "87017008", "Focal", (6128, 6337))
"""Focal (SCT 87017008). Included from CID 6337."""

IndexLesion: Final[Code] = Code("NCIt", "C110961", "Index lesion", (6337,))
"""Index lesion (NCIt C110961). Included from CID 6337."""

Lesion: Final[Code] = Code("SCT", "52988006", "Lesion", (3487, 4266, 6337, 7159))
"""Lesion (SCT 52988006). Included from CID 6337."""

Mass: Final[Code] = Code("SCT", "4147007", "Mass", (6104, 6337, 7159))
"""Mass (SCT 4147007). Included from CID 6337."""

Nodule: Final[Code] = Code("SCT", "27925004", "Nodule", (6104, 6337, 7159))
"""Nodule (SCT 27925004). Included from CID 6337."""

NonFocalAbnormality: Final[Code] = Code(
    "DCM", "Non-focal abnormality", "Non-focal abnormality", (6337,)
)
"""Non-focal abnormality (DCM Non-focal abnormality). Included from CID 6337."""

Diffuse: Final[Code] = Code("SCT", "19648000", "Diffuse", (6128, 6337))
"""Diffuse (SCT 19648000). Included from CID 6337."""

Multifocal: Final[Code] = Code("SCT", "524008", "Multifocal", (6128, 6337))
"""Multifocal (SCT 524008). Included from CID 6337."""

Regional: Final[Code] = Code("SCT", "410674003", "Regional", (6337,))
"""Regional (SCT 410674003). Included from CID 6337."""

BenignProstateHyperplasia: Final[Code] = Code(
    "SCT", "444808002", "Benign Prostate Hyperplasia", (6313, 6338)
)
"""Benign Prostate Hyperplasia (SCT 444808002). Included from CID 6338."""

Hemorrhage: Final[Code] = Code("SCT", "50960005", "Hemorrhage", (3754, 6338, 7159))
"""Hemorrhage (SCT 50960005). Included from CID 6338."""

Cyst: Final[Code] = Code("SCT", "367643001", "Cyst", (6338, 7159))
"""Cyst (SCT 367643001). Included from CID 6338."""

PathologicCalcification: Final[Code] = Code(
    "SCT", "18115005", "Pathologic calcification", (3802, 6338)
)
"""Pathologic calcification (SCT 18115005). Included from CID 6338."""

Prostatitis: Final[Code] = Code("SCT", "9713002", "Prostatitis", (6313, 6338))
"""Prostatitis (SCT 9713002). Included from CID 6338."""

Atrophy: Final[Code] = Code("SCT", "13331008", "Atrophy", (6338,))
"""Atrophy (SCT 13331008). Included from CID 6338."""

Fibrosis: Final[Code] = Code("SCT", "112674009", "Fibrosis", (6338,))
"""Fibrosis (SCT 112674009). Included from CID 6338."""

Round: Final[Code] = Code("SCT", "42700002", "Round", (6005, 6119, 6340))
"""Round (SCT 42700002). Included from CID 6340."""

OvoidShape: Final[Code] = Code("SCT", "84360004", "Ovoid shape", (6005, 6340))
"""Ovoid shape (SCT 84360004). Included from CID 6340."""

Lenticular: Final[Code] = Code("RADLEX", "RID49495", "Lenticular", (6340,))
"""Lenticular (RADLEX RID49495). Included from CID 6340."""

Lobulated: Final[Code] = Code("DCM", "112135", "Lobulated", (6119, 6340))
"""Lobulated (DCM 112135). Included from CID 6340."""

DropShaped: Final[Code] = Code("SCT", "1312007", "Drop-shaped", (6340,))
"""Drop-shaped (SCT 1312007). Included from CID 6340."""

WedgeShaped: Final[Code] = Code("SCT", "20446002", "Wedge-shaped", (6340,))
"""Wedge-shaped (SCT 20446002). Included from CID 6340."""

Linear: Final[Code] = Code("DCM", "112150", "Linear", (6123, 6340))
"""Linear (DCM 112150). Included from CID 6340."""

Irregular: Final[Code] = Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001). Included from CID 6340."""

CircumscribedLesion: Final[Code] = Code("SCT", "129738007", "Circumscribed lesion", (6007, 6342))
"""Circumscribed lesion (SCT 129738007). Included from CID 6342."""

NonCircumscribedMargin: Final[Code] = Code(
    "RADLEX", "RID34355", "Non-circumscribed margin", (6342,)
)
"""Non-circumscribed margin (RADLEX RID34355). Included from CID 6342."""

IndistinctLesion: Final[Code] = Code("SCT", "129741003", "Indistinct lesion", (6007, 6342))
"""Indistinct lesion (SCT 129741003). Included from CID 6342."""

ObscuredLesion: Final[Code] = Code("SCT", "129740002", "Obscured lesion", (6007, 6342))
"""Obscured lesion (SCT 129740002). Included from CID 6342."""

SpiculatedLesion: Final[Code] = Code("SCT", "129742005", "Spiculated lesion", (6007, 6342))
"""Spiculated lesion (SCT 129742005). Included from CID 6342."""

Encapsulated: Final[Code] = Code("SCT", "59135002", "Encapsulated", (6342,))
"""Encapsulated (SCT 59135002). Included from CID 6342."""

ErasedCharcoalSign: Final[Code] = Code("RADLEX", "RID49497", "Erased charcoal sign", (6342,))
"""Erased charcoal sign (RADLEX RID49497). Included from CID 6342."""

PartiallyEncapsulated: Final[Code] = Code("DCM", "130593", "Partially encapsulated", (6342,))
"""Partially encapsulated (DCM 130593). Included from CID 6342."""

CompletelyEncapsulated: Final[Code] = Code("DCM", "130594", "Completely encapsulated", (6342,))
"""Completely encapsulated (DCM 130594). Included from CID 6342."""

Hyperintense: Final[Code] = Code("RADLEX", "RID35805", "Hyperintense", (6344,))
"""Hyperintense (RADLEX RID35805). Included from CID 6344."""

T2Hyperintensity: Final[Code] = Code("RADLEX", "RID39467", "T2 Hyperintensity", (6344,))
"""T2 Hyperintensity (RADLEX RID39467). Included from CID 6344."""

Isointense: Final[Code] = Code("RADLEX", "RID6053", "Isointense", (6344,))
"""Isointense (RADLEX RID6053). Included from CID 6344."""

Hypointense: Final[Code] = Code("RADLEX", "RID35804", "Hypointense", (6344,))
"""Hypointense (RADLEX RID35804). Included from CID 6344."""

MarkedlyHypointense: Final[Code] = Code("RADLEX", "RID49500", "Markedly hypointense", (6344,))
"""Markedly hypointense (RADLEX RID49500). Included from CID 6344."""

T2Hypointensity: Final[Code] = Code("RADLEX", "RID49501", "T2 hypointensity", (6344,))
"""T2 hypointensity (RADLEX RID49501). Included from CID 6344."""

RestrictedDiffusion: Final[Code] = Code("RADLEX", "RID43349", "Restricted diffusion", (6344,))
"""Restricted diffusion (RADLEX RID43349). Included from CID 6344."""

DiffusionWeightedHypersensitivity: Final[Code] = Code(
    "RADLEX", "RID39536", "Diffusion-weighted hypersensitivity", (6344,)
)
"""Diffusion-weighted hypersensitivity (RADLEX RID39536). Included from CID 6344."""

ADCHyperintense: Final[Code] = Code("DCM", "130595", "ADC Hyperintense", (6344,))
"""ADC Hyperintense (DCM 130595). Included from CID 6344."""

ADCHypointense: Final[Code] = Code("DCM", "130596", "ADC Hypointense", (6344,))
"""ADC Hypointense (DCM 130596). Included from CID 6344."""

OrganizedChaos: Final[Code] = Code("RADLEX", "RID49499", "Organized chaos", (6344,))
"""Organized chaos (RADLEX RID49499). Included from CID 6344."""

Heterogeneous: Final[Code] = Code("RADLEX", "RID6060", "Heterogeneous", (6344,))
"""Heterogeneous (RADLEX RID6060). Included from CID 6344."""

Homogeneous: Final[Code] = Code("DCM", "112160", "Homogeneous", (6131, 6344))
"""Homogeneous (DCM 112160). Included from CID 6344."""

EarlyPhaseWashIn: Final[Code] = Code("RADLEX", "RID49530", "Early phase wash-in", (6346,))
"""Early phase wash-in (RADLEX RID49530). Included from CID 6346."""

DelayedPhase: Final[Code] = Code("RADLEX", "RID11081", "Delayed phase", (6346,))
"""Delayed phase (RADLEX RID11081). Included from CID 6346."""

PersistentDelayedPhase: Final[Code] = Code(
    "RADLEX", "RID34331", "Persistent delayed phase", (6346,)
)
"""Persistent delayed phase (RADLEX RID34331). Included from CID 6346."""

PersistentDelayedPhaseType1Curve: Final[Code] = Code(
    "DCM", "130597", "Persistent delayed phase: Type 1 curve", (6346,)
)
"""Persistent delayed phase: Type 1 curve (DCM 130597). Included from CID 6346."""

PlateauDelayedPhase: Final[Code] = Code("RADLEX", "RID34332", "Plateau delayed phase", (6346,))
"""Plateau delayed phase (RADLEX RID34332). Included from CID 6346."""

PlateauDelayedPhaseType2Curve: Final[Code] = Code(
    "DCM", "130598", "Plateau delayed phase: Type 2 curve", (6346,)
)
"""Plateau delayed phase: Type 2 curve (DCM 130598). Included from CID 6346."""

WashoutDelayedPhase: Final[Code] = Code("RADLEX", "RID34333", "Washout delayed phase", (6346,))
"""Washout delayed phase (RADLEX RID34333). Included from CID 6346."""

WashoutDelayedPhaseType3Curve: Final[Code] = Code(
    "DCM", "130599", "Washout delayed phase: Type 3 curve", (6346,)
)
"""Washout delayed phase: Type 3 curve (DCM 130599). Included from CID 6346."""

PositiveDCE: Final[Code] = Code("DCM", "130600", "Positive DCE", (6346,))
"""Positive DCE (DCM 130600). Included from CID 6346."""

NegativeDCE: Final[Code] = Code("DCM", "130601", "Negative DCE", (6346,))
"""Negative DCE (DCM 130601). Included from CID 6346."""

LateContrastEnhancement: Final[Code] = Code("DCM", "122664", "Late Contrast Enhancement", (6346,))
"""Late Contrast Enhancement (DCM 122664). Included from CID 6346."""

EarlyContrastEnhancement: Final[Code] = Code("DCM", "130602", "Early Contrast Enhancement", (6346,))
"""Early Contrast Enhancement (DCM 130602). Included from CID 6346."""

DiffuseContrastEnhancement: Final[Code] = Code(
    "DCM", "130603", "Diffuse Contrast Enhancement", (6346,)
)
"""Diffuse Contrast Enhancement (DCM 130603). Included from CID 6346."""

FocalContrastEnhancement: Final[Code] = Code("DCM", "130604", "Focal Contrast Enhancement", (6346,))
"""Focal Contrast Enhancement (DCM 130604). Included from CID 6346."""

MEMBERS: Final[tuple[Code, ...]] = (
    FocalAbnormality,
    Focal,
    IndexLesion,
    Lesion,
    Mass,
    Nodule,
    NonFocalAbnormality,
    Diffuse,
    Multifocal,
    Regional,
    BenignProstateHyperplasia,
    Hemorrhage,
    Cyst,
    PathologicCalcification,
    Prostatitis,
    Atrophy,
    Fibrosis,
    Round,
    OvoidShape,
    Lenticular,
    Lobulated,
    DropShaped,
    WedgeShaped,
    Linear,
    Irregular,
    CircumscribedLesion,
    NonCircumscribedMargin,
    IndistinctLesion,
    ObscuredLesion,
    SpiculatedLesion,
    Encapsulated,
    ErasedCharcoalSign,
    PartiallyEncapsulated,
    CompletelyEncapsulated,
    Hyperintense,
    T2Hyperintensity,
    Isointense,
    Hypointense,
    MarkedlyHypointense,
    T2Hypointensity,
    RestrictedDiffusion,
    DiffusionWeightedHypersensitivity,
    ADCHyperintense,
    ADCHypointense,
    OrganizedChaos,
    Heterogeneous,
    Homogeneous,
    EarlyPhaseWashIn,
    DelayedPhase,
    PersistentDelayedPhase,
    PersistentDelayedPhaseType1Curve,
    PlateauDelayedPhase,
    PlateauDelayedPhaseType2Curve,
    WashoutDelayedPhase,
    WashoutDelayedPhaseType3Curve,
    PositiveDCE,
    NegativeDCE,
    LateContrastEnhancement,
    EarlyContrastEnhancement,
    DiffuseContrastEnhancement,
    FocalContrastEnhancement,
)
"""The resolved membership: own members, then those of the included groups, in order."""
