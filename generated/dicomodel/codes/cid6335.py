"""CID 6335 mpMRI Assessment Value.

Extensible, version 20210714, UID 1.2.840.10008.6.1.1392.
Includes CID 6336, CID 6339, CID 6341, CID 6343, CID 6345.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6335
NAME: _Final[str] = "mpMRI Assessment Value"
KEYWORD: _Final[str | None] = "mpMRIAssessmentValue"
UID: _Final[str | None] = "1.2.840.10008.6.1.1392"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210714"
INCLUDES: _Final[tuple[int, ...]] = (6336, 6339, 6341, 6343, 6345)
EXTERNAL_SCHEME: _Final[str | None] = None

FocalAbnormality: _Final[_Code] = _Code("DCM", "130591", "Focal abnormality", (6337,))
"""Focal abnormality (DCM 130591). Included from CID 6337."""

Focal: _Final[_Code] = _Code("SCT", "87017008", "Focal", (6128, 6337))
"""Focal (SCT 87017008). Included from CID 6337."""

IndexLesion: _Final[_Code] = _Code("NCIt", "C110961", "Index lesion", (6337,))
"""Index lesion (NCIt C110961). Included from CID 6337."""

Lesion: _Final[_Code] = _Code("SCT", "52988006", "Lesion", (3487, 4266, 6337, 7159))
"""Lesion (SCT 52988006). Included from CID 6337."""

Mass: _Final[_Code] = _Code("SCT", "4147007", "Mass", (6104, 6337, 7159))
"""Mass (SCT 4147007). Included from CID 6337."""

Nodule: _Final[_Code] = _Code("SCT", "27925004", "Nodule", (6104, 6337, 7159))
"""Nodule (SCT 27925004). Included from CID 6337."""

NonFocalAbnormality: _Final[_Code] = _Code("DCM", "130592", "Non-focal abnormality", (6337,))
"""Non-focal abnormality (DCM 130592). Included from CID 6337."""

Diffuse: _Final[_Code] = _Code("SCT", "19648000", "Diffuse", (6128, 6337))
"""Diffuse (SCT 19648000). Included from CID 6337."""

Multifocal: _Final[_Code] = _Code("SCT", "524008", "Multifocal", (6128, 6337))
"""Multifocal (SCT 524008). Included from CID 6337."""

Regional: _Final[_Code] = _Code("SCT", "410674003", "Regional", (6337,))
"""Regional (SCT 410674003). Included from CID 6337."""

BenignProstateHyperplasia: _Final[_Code] = _Code(
    "SCT", "444808002", "Benign Prostate Hyperplasia", (6313, 6338)
)
"""Benign Prostate Hyperplasia (SCT 444808002). Included from CID 6338."""

Hemorrhage: _Final[_Code] = _Code("SCT", "50960005", "Hemorrhage", (3754, 6338, 7159))
"""Hemorrhage (SCT 50960005). Included from CID 6338."""

Cyst: _Final[_Code] = _Code("SCT", "367643001", "Cyst", (6338, 7159))
"""Cyst (SCT 367643001). Included from CID 6338."""

PathologicCalcification: _Final[_Code] = _Code(
    "SCT", "18115005", "Pathologic calcification", (3802, 6338)
)
"""Pathologic calcification (SCT 18115005). Included from CID 6338."""

Prostatitis: _Final[_Code] = _Code("SCT", "9713002", "Prostatitis", (6313, 6338))
"""Prostatitis (SCT 9713002). Included from CID 6338."""

Atrophy: _Final[_Code] = _Code("SCT", "13331008", "Atrophy", (6338,))
"""Atrophy (SCT 13331008). Included from CID 6338."""

Fibrosis: _Final[_Code] = _Code("SCT", "112674009", "Fibrosis", (6338,))
"""Fibrosis (SCT 112674009). Included from CID 6338."""

Round: _Final[_Code] = _Code("SCT", "42700002", "Round", (6005, 6119, 6340))
"""Round (SCT 42700002). Included from CID 6340."""

OvoidShape: _Final[_Code] = _Code("SCT", "84360004", "Ovoid shape", (6005, 6340))
"""Ovoid shape (SCT 84360004). Included from CID 6340."""

Lenticular: _Final[_Code] = _Code("RADLEX", "RID49495", "Lenticular", (6340,))
"""Lenticular (RADLEX RID49495). Included from CID 6340."""

Lobulated: _Final[_Code] = _Code("DCM", "112135", "Lobulated", (6119, 6340))
"""Lobulated (DCM 112135). Included from CID 6340."""

DropShaped: _Final[_Code] = _Code("SCT", "1312007", "Drop-shaped", (6340,))
"""Drop-shaped (SCT 1312007). Included from CID 6340."""

WedgeShaped: _Final[_Code] = _Code("SCT", "20446002", "Wedge-shaped", (6340,))
"""Wedge-shaped (SCT 20446002). Included from CID 6340."""

Linear: _Final[_Code] = _Code("DCM", "112150", "Linear", (6123, 6340))
"""Linear (DCM 112150). Included from CID 6340."""

Irregular: _Final[_Code] = _Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001). Included from CID 6340."""

CircumscribedLesion: _Final[_Code] = _Code("SCT", "129738007", "Circumscribed lesion", (6007, 6342))
"""Circumscribed lesion (SCT 129738007). Included from CID 6342."""

NonCircumscribedMargin: _Final[_Code] = _Code(
    "RADLEX", "RID34355", "Non-circumscribed margin", (6342,)
)
"""Non-circumscribed margin (RADLEX RID34355). Included from CID 6342."""

IndistinctLesion: _Final[_Code] = _Code("SCT", "129741003", "Indistinct lesion", (6007, 6342))
"""Indistinct lesion (SCT 129741003). Included from CID 6342."""

ObscuredLesion: _Final[_Code] = _Code("SCT", "129740002", "Obscured lesion", (6007, 6342))
"""Obscured lesion (SCT 129740002). Included from CID 6342."""

SpiculatedLesion: _Final[_Code] = _Code("SCT", "129742005", "Spiculated lesion", (6007, 6342))
"""Spiculated lesion (SCT 129742005). Included from CID 6342."""

Encapsulated: _Final[_Code] = _Code("SCT", "59135002", "Encapsulated", (6342,))
"""Encapsulated (SCT 59135002). Included from CID 6342."""

ErasedCharcoalSign: _Final[_Code] = _Code("RADLEX", "RID49497", "Erased charcoal sign", (6342,))
"""Erased charcoal sign (RADLEX RID49497). Included from CID 6342."""

PartiallyEncapsulated: _Final[_Code] = _Code("DCM", "130593", "Partially encapsulated", (6342,))
"""Partially encapsulated (DCM 130593). Included from CID 6342."""

CompletelyEncapsulated: _Final[_Code] = _Code("DCM", "130594", "Completely encapsulated", (6342,))
"""Completely encapsulated (DCM 130594). Included from CID 6342."""

Hyperintense: _Final[_Code] = _Code("RADLEX", "RID35805", "Hyperintense", (6344,))
"""Hyperintense (RADLEX RID35805). Included from CID 6344."""

T2Hyperintensity: _Final[_Code] = _Code("RADLEX", "RID39467", "T2 Hyperintensity", (6344,))
"""T2 Hyperintensity (RADLEX RID39467). Included from CID 6344."""

Isointense: _Final[_Code] = _Code("RADLEX", "RID6053", "Isointense", (6344,))
"""Isointense (RADLEX RID6053). Included from CID 6344."""

Hypointense: _Final[_Code] = _Code("RADLEX", "RID35804", "Hypointense", (6344,))
"""Hypointense (RADLEX RID35804). Included from CID 6344."""

MarkedlyHypointense: _Final[_Code] = _Code("RADLEX", "RID49500", "Markedly hypointense", (6344,))
"""Markedly hypointense (RADLEX RID49500). Included from CID 6344."""

T2Hypointensity: _Final[_Code] = _Code("RADLEX", "RID49501", "T2 hypointensity", (6344,))
"""T2 hypointensity (RADLEX RID49501). Included from CID 6344."""

RestrictedDiffusion: _Final[_Code] = _Code("RADLEX", "RID43349", "Restricted diffusion", (6344,))
"""Restricted diffusion (RADLEX RID43349). Included from CID 6344."""

DiffusionWeightedHypersensitivity: _Final[_Code] = _Code(
    "RADLEX", "RID39536", "Diffusion-weighted hypersensitivity", (6344,)
)
"""Diffusion-weighted hypersensitivity (RADLEX RID39536). Included from CID 6344."""

ADCHyperintense: _Final[_Code] = _Code("DCM", "130595", "ADC Hyperintense", (6344,))
"""ADC Hyperintense (DCM 130595). Included from CID 6344."""

ADCHypointense: _Final[_Code] = _Code("DCM", "130596", "ADC Hypointense", (6344,))
"""ADC Hypointense (DCM 130596). Included from CID 6344."""

OrganizedChaos: _Final[_Code] = _Code("RADLEX", "RID49499", "Organized chaos", (6344,))
"""Organized chaos (RADLEX RID49499). Included from CID 6344."""

Heterogeneous: _Final[_Code] = _Code("RADLEX", "RID6060", "Heterogeneous", (6344,))
"""Heterogeneous (RADLEX RID6060). Included from CID 6344."""

Homogeneous: _Final[_Code] = _Code("DCM", "112160", "Homogeneous", (6131, 6344))
"""Homogeneous (DCM 112160). Included from CID 6344."""

EarlyPhaseWashIn: _Final[_Code] = _Code("RADLEX", "RID49530", "Early phase wash-in", (6346,))
"""Early phase wash-in (RADLEX RID49530). Included from CID 6346."""

DelayedPhase: _Final[_Code] = _Code("RADLEX", "RID11081", "Delayed phase", (6346,))
"""Delayed phase (RADLEX RID11081). Included from CID 6346."""

PersistentDelayedPhase: _Final[_Code] = _Code(
    "RADLEX", "RID34331", "Persistent delayed phase", (6346,)
)
"""Persistent delayed phase (RADLEX RID34331). Included from CID 6346."""

PersistentDelayedPhaseType1Curve: _Final[_Code] = _Code(
    "DCM", "130597", "Persistent delayed phase: Type 1 curve", (6346,)
)
"""Persistent delayed phase: Type 1 curve (DCM 130597). Included from CID 6346."""

PlateauDelayedPhase: _Final[_Code] = _Code("RADLEX", "RID34332", "Plateau delayed phase", (6346,))
"""Plateau delayed phase (RADLEX RID34332). Included from CID 6346."""

PlateauDelayedPhaseType2Curve: _Final[_Code] = _Code(
    "DCM", "130598", "Plateau delayed phase: Type 2 curve", (6346,)
)
"""Plateau delayed phase: Type 2 curve (DCM 130598). Included from CID 6346."""

WashoutDelayedPhase: _Final[_Code] = _Code("RADLEX", "RID34333", "Washout delayed phase", (6346,))
"""Washout delayed phase (RADLEX RID34333). Included from CID 6346."""

WashoutDelayedPhaseType3Curve: _Final[_Code] = _Code(
    "DCM", "130599", "Washout delayed phase: Type 3 curve", (6346,)
)
"""Washout delayed phase: Type 3 curve (DCM 130599). Included from CID 6346."""

PositiveDCE: _Final[_Code] = _Code("DCM", "130600", "Positive DCE", (6346,))
"""Positive DCE (DCM 130600). Included from CID 6346."""

NegativeDCE: _Final[_Code] = _Code("DCM", "130601", "Negative DCE", (6346,))
"""Negative DCE (DCM 130601). Included from CID 6346."""

LateContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "122664", "Late Contrast Enhancement", (6346,)
)
"""Late Contrast Enhancement (DCM 122664). Included from CID 6346."""

EarlyContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "130602", "Early Contrast Enhancement", (6346,)
)
"""Early Contrast Enhancement (DCM 130602). Included from CID 6346."""

DiffuseContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "130603", "Diffuse Contrast Enhancement", (6346,)
)
"""Diffuse Contrast Enhancement (DCM 130603). Included from CID 6346."""

FocalContrastEnhancement: _Final[_Code] = _Code(
    "DCM", "130604", "Focal Contrast Enhancement", (6346,)
)
"""Focal Contrast Enhancement (DCM 130604). Included from CID 6346."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
