"""CID 3230 ECG Finding.

Extensible, version 20230630, UID 1.2.840.10008.6.1.776.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3230
NAME: Final[str] = "ECG Finding"
KEYWORD: Final[str | None] = "ECGFinding"
UID: Final[str | None] = "1.2.840.10008.6.1.776"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20230630"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Normal: Final[Code] = Code("SCT", "164854000", "Normal", (3230, 3677))
"""Normal (SCT 164854000)."""

AtrialPrematureContraction: Final[Code] = Code(
    "SCT", "284470004", "Atrial premature contraction", (3230,)
)
"""Atrial premature contraction (SCT 284470004)."""

VentricularPrematureContraction: Final[Code] = Code(
    "SCT", "251175005", "Ventricular premature contraction", (3230,)
)
"""Ventricular premature contraction (SCT 251175005)."""

AtrialFibrillation: Final[Code] = Code("SCT", "49436004", "Atrial Fibrillation", (3230, 3700))
"""Atrial Fibrillation (SCT 49436004)."""

SupraventricularTachycardia: Final[Code] = Code(
    "SCT", "6456007", "Supraventricular Tachycardia", (3201, 3230, 12246)
)
"""Supraventricular Tachycardia (SCT 6456007)."""

NonSustainedVentricularTachycardia: Final[Code] = Code(
    "SCT", "66657009", "Non-sustained ventricular tachycardia", (3230,)
)
"""Non-sustained ventricular tachycardia (SCT 66657009)."""

VentricularTachycardia: Final[Code] = Code(
    "SCT", "25569003", "Ventricular tachycardia", (3230, 3234, 3700)
)
"""Ventricular tachycardia (SCT 25569003)."""

VentricularFibrillation: Final[Code] = Code(
    "SCT", "71908006", "Ventricular fibrillation", (3230, 3700)
)
"""Ventricular fibrillation (SCT 71908006)."""

IntraventricularConductionDisturbance: Final[Code] = Code(
    "SCT", "4554005", "Intraventricular conduction disturbance", (3230,)
)
"""Intraventricular conduction disturbance (SCT 4554005)."""

LeftBundleBranchBlock: Final[Code] = Code(
    "SCT", "63467002", "Left bundle branch block", (3201, 3205, 3230, 12246)
)
"""Left bundle branch block (SCT 63467002)."""

RightBundleBranchBlock: Final[Code] = Code("SCT", "59118001", "Right bundle branch block", (3230,))
"""Right bundle branch block (SCT 59118001)."""

IncompleteLeftBundleBranchBlock: Final[Code] = Code(
    "SCT", "251120003", "Incomplete Left bundle branch block", (3230,)
)
"""Incomplete Left bundle branch block (SCT 251120003)."""

IncompleteRightBundleBranchBlock: Final[Code] = Code(
    "SCT", "251124007", "Incomplete Right bundle branch block", (3230,)
)
"""Incomplete Right bundle branch block (SCT 251124007)."""

BifascicularBlock: Final[Code] = Code("SCT", "74021003", "Bifascicular Block", (3230,))
"""Bifascicular Block (SCT 74021003)."""

LeftAnteriorFascicularBlock: Final[Code] = Code(
    "SCT", "37760005", "Left anterior fascicular block", (3230,)
)
"""Left anterior fascicular block (SCT 37760005)."""

LeftPosteriorFascicularBlock: Final[Code] = Code(
    "SCT", "62026008", "Left posterior fascicular block", (3230,)
)
"""Left posterior fascicular block (SCT 62026008)."""

FirstDegreeAtrioventricularBlock: Final[Code] = Code(
    "SCT", "270492004", "First degree Atrioventricular block", (3230,)
)
"""First degree Atrioventricular block (SCT 270492004)."""

SecondDegreeAtrioventricularBlock: Final[Code] = Code(
    "SCT", "195042002", "Second degree Atrioventricular block", (3230,)
)
"""Second degree Atrioventricular block (SCT 195042002)."""

ThirdDegreeAtrioventricularBlock: Final[Code] = Code(
    "SCT", "27885002", "Third degree Atrioventricular block", (3230,)
)
"""Third degree Atrioventricular block (SCT 27885002)."""

VentricularPreExcitation: Final[Code] = Code(
    "SCT", "195060002", "Ventricular pre-excitation", (3230,)
)
"""Ventricular pre-excitation (SCT 195060002)."""

STDepression: Final[Code] = Code("SCT", "26141007", "ST depression", (3230, 3233))
"""ST depression (SCT 26141007)."""

STElevation: Final[Code] = Code("SCT", "76388001", "ST elevation", (3230, 3233))
"""ST elevation (SCT 76388001)."""

EarlyRepolarization: Final[Code] = Code("SCT", "428417006", "Early repolarization", (3230,))
"""Early repolarization (SCT 428417006)."""

NonspecificSTTAbnormality: Final[Code] = Code(
    "SCT", "428750005", "Nonspecific ST-T abnormality", (3230,)
)
"""Nonspecific ST-T abnormality (SCT 428750005)."""

SecondarySTTAbnormality: Final[Code] = Code(
    "SCT", "428549008", "Secondary ST-T abnormality", (3230,)
)
"""Secondary ST-T abnormality (SCT 428549008)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
