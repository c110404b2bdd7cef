"""CID 3230 ECG Finding.

Extensible, version 20230630, UID 1.2.840.10008.6.1.776.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3230
NAME: _Final[str] = "ECG Finding"
KEYWORD: _Final[str | None] = "ECGFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.776"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Normal: _Final[_Code] = _Code("SCT", "164854000", "Normal", (3230, 3677))
"""Normal (SCT 164854000)."""

AtrialPrematureContraction: _Final[_Code] = _Code(
    "SCT", "284470004", "Atrial premature contraction", (3230,)
)
"""Atrial premature contraction (SCT 284470004)."""

VentricularPrematureContraction: _Final[_Code] = _Code(
    "SCT", "251175005", "Ventricular premature contraction", (3230,)
)
"""Ventricular premature contraction (SCT 251175005)."""

AtrialFibrillation: _Final[_Code] = _Code("SCT", "49436004", "Atrial Fibrillation", (3230, 3700))
"""Atrial Fibrillation (SCT 49436004)."""

SupraventricularTachycardia: _Final[_Code] = _Code(
    "SCT", "6456007", "Supraventricular Tachycardia", (3201, 3230, 12246)
)
"""Supraventricular Tachycardia (SCT 6456007)."""

NonSustainedVentricularTachycardia: _Final[_Code] = _Code(
    "SCT", "66657009", "Non-sustained ventricular tachycardia", (3230,)
)
"""Non-sustained ventricular tachycardia (SCT 66657009)."""

VentricularTachycardia: _Final[_Code] = _Code(
    "SCT", "25569003", "Ventricular tachycardia", (3230, 3234, 3700)
)
"""Ventricular tachycardia (SCT 25569003)."""

VentricularFibrillation: _Final[_Code] = _Code(
    "SCT", "71908006", "Ventricular fibrillation", (3230, 3700)
)
"""Ventricular fibrillation (SCT 71908006)."""

IntraventricularConductionDisturbance: _Final[_Code] = _Code(
    "SCT", "4554005", "Intraventricular conduction disturbance", (3230,)
)
"""Intraventricular conduction disturbance (SCT 4554005)."""

LeftBundleBranchBlock: _Final[_Code] = _Code(
    "SCT", "63467002", "Left bundle branch block", (3201, 3205, 3230, 12246)
)
"""Left bundle branch block (SCT 63467002)."""

RightBundleBranchBlock: _Final[_Code] = _Code(
    "SCT", "59118001", "Right bundle branch block", (3230,)
)
"""Right bundle branch block (SCT 59118001)."""

IncompleteLeftBundleBranchBlock: _Final[_Code] = _Code(
    "SCT", "251120003", "Incomplete Left bundle branch block", (3230,)
)
"""Incomplete Left bundle branch block (SCT 251120003)."""

IncompleteRightBundleBranchBlock: _Final[_Code] = _Code(
    "SCT", "251124007", "Incomplete Right bundle branch block", (3230,)
)
"""Incomplete Right bundle branch block (SCT 251124007)."""

BifascicularBlock: _Final[_Code] = _Code("SCT", "74021003", "Bifascicular Block", (3230,))
"""Bifascicular Block (SCT 74021003)."""

LeftAnteriorFascicularBlock: _Final[_Code] = _Code(
    "SCT", "37760005", "Left anterior fascicular block", (3230,)
)
"""Left anterior fascicular block (SCT 37760005)."""

LeftPosteriorFascicularBlock: _Final[_Code] = _Code(
    "SCT", "62026008", "Left posterior fascicular block", (3230,)
)
"""Left posterior fascicular block (SCT 62026008)."""

FirstDegreeAtrioventricularBlock: _Final[_Code] = _Code(
    "SCT", "270492004", "First degree Atrioventricular block", (3230,)
)
"""First degree Atrioventricular block (SCT 270492004)."""

SecondDegreeAtrioventricularBlock: _Final[_Code] = _Code(
    "SCT", "195042002", "Second degree Atrioventricular block", (3230,)
)
"""Second degree Atrioventricular block (SCT 195042002)."""

ThirdDegreeAtrioventricularBlock: _Final[_Code] = _Code(
    "SCT", "27885002", "Third degree Atrioventricular block", (3230,)
)
"""Third degree Atrioventricular block (SCT 27885002)."""

VentricularPreExcitation: _Final[_Code] = _Code(
    "SCT", "195060002", "Ventricular pre-excitation", (3230,)
)
"""Ventricular pre-excitation (SCT 195060002)."""

STDepression: _Final[_Code] = _Code("SCT", "26141007", "ST depression", (3230, 3233))
"""ST depression (SCT 26141007)."""

STElevation: _Final[_Code] = _Code("SCT", "76388001", "ST elevation", (3230, 3233))
"""ST elevation (SCT 76388001)."""

EarlyRepolarization: _Final[_Code] = _Code("SCT", "428417006", "Early repolarization", (3230,))
"""Early repolarization (SCT 428417006)."""

NonspecificSTTAbnormality: _Final[_Code] = _Code(
    "SCT", "428750005", "Nonspecific ST-T abnormality", (3230,)
)
"""Nonspecific ST-T abnormality (SCT 428750005)."""

SecondarySTTAbnormality: _Final[_Code] = _Code(
    "SCT", "428549008", "Secondary ST-T abnormality", (3230,)
)
"""Secondary ST-T abnormality (SCT 428549008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Normal,
    AtrialPrematureContraction,
    VentricularPrematureContraction,
    AtrialFibrillation,
    SupraventricularTachycardia,
    NonSustainedVentricularTachycardia,
    VentricularTachycardia,
    VentricularFibrillation,
    IntraventricularConductionDisturbance,
    LeftBundleBranchBlock,
    RightBundleBranchBlock,
    IncompleteLeftBundleBranchBlock,
    IncompleteRightBundleBranchBlock,
    BifascicularBlock,
    LeftAnteriorFascicularBlock,
    LeftPosteriorFascicularBlock,
    FirstDegreeAtrioventricularBlock,
    SecondDegreeAtrioventricularBlock,
    ThirdDegreeAtrioventricularBlock,
    VentricularPreExcitation,
    STDepression,
    STElevation,
    EarlyRepolarization,
    NonspecificSTTAbnormality,
    SecondarySTTAbnormality,
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
