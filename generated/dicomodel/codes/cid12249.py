"""CID 12249 Cardiac Ultrasound Fetal Summary Code.

Extensible, version 20100317, UID 1.2.840.10008.6.1.830.
Includes CID 12248.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12249
NAME: _Final[str] = "Cardiac Ultrasound Fetal Summary Code"
KEYWORD: _Final[str | None] = "CardiacUltrasoundFetalSummaryCode"
UID: _Final[str | None] = "1.2.840.10008.6.1.830"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = (12248,)
EXTERNAL_SCHEME: _Final[str | None] = None

EdemaOfFetalScalp: _Final[_Code] = _Code("SCT", "443168008", "Edema of fetal scalp", (12249,))
"""Edema of fetal scalp (SCT 443168008)."""

EdemaOfFetalChestWall: _Final[_Code] = _Code(
    "SCT", "443115002", "Edema of fetal chest wall", (12249,)
)
"""Edema of fetal chest wall (SCT 443115002)."""

CongenitalStenosisOfAorticValve: _Final[_Code] = _Code(
    "SCT", "18546004", "Congenital stenosis of aortic valve", (12248,)
)
"""Congenital stenosis of aortic valve (SCT 18546004). Included from CID 12248."""

AtrialSeptalDefect: _Final[_Code] = _Code(
    "SCT", "70142008", "Atrial Septal Defect", (3610, 3700, 3728, 6148, 12244, 12248, 12284)
)
"""Atrial Septal Defect (SCT 70142008). Included from CID 12248."""

AorticRegurgitation: _Final[_Code] = _Code("SCT", "60234000", "Aortic regurgitation", (12248,))
"""Aortic regurgitation (SCT 60234000). Included from CID 12248."""

AorticStenosis: _Final[_Code] = _Code("SCT", "60573004", "Aortic stenosis", (64, 3700, 3728, 12248))
"""Aortic stenosis (SCT 60573004). Included from CID 12248."""

Cardiomegaly: _Final[_Code] = _Code("SCT", "287272002", "Cardiomegaly", (12248,))
"""Cardiomegaly (SCT 287272002). Included from CID 12248."""

CoarctationOfTheAorta: _Final[_Code] = _Code(
    "SCT", "7305005", "Coarctation of the Aorta", (3610, 12248, 12291)
)
"""Coarctation of the Aorta (SCT 7305005). Included from CID 12248."""

CommonAtrioventricularCanal: _Final[_Code] = _Code(
    "SCT", "360481003", "Common atrioventricular canal", (12248,)
)
"""Common atrioventricular canal (SCT 360481003). Included from CID 12248."""

CompleteTranspositionOfGreatVessels: _Final[_Code] = _Code(
    "SCT", "26146002", "Complete transposition of great vessels", (12248,)
)
"""Complete transposition of great vessels (SCT 26146002). Included from CID 12248."""

Cyanosis: _Final[_Code] = _Code("SCT", "3415004", "Cyanosis", (12248,))
"""Cyanosis (SCT 3415004). Included from CID 12248."""

Dextrocardia: _Final[_Code] = _Code("SCT", "27637000", "Dextrocardia", (12248,))
"""Dextrocardia (SCT 27637000). Included from CID 12248."""

InterruptedAorticArch: _Final[_Code] = _Code(
    "SCT", "218728005", "Interrupted Aortic Arch", (12248,)
)
"""Interrupted Aortic Arch (SCT 218728005). Included from CID 12248."""

Mesocardia: _Final[_Code] = _Code("SCT", "16567006", "Mesocardia", (12248,))
"""Mesocardia (SCT 16567006). Included from CID 12248."""

AcuteFebrileMucocutaneousLymphNodeSyndrome: _Final[_Code] = _Code(
    "SCT", "75053002", "Acute febrile mucocutaneous lymph node syndrome", (12248,)
)
"""Acute febrile mucocutaneous lymph node syndrome (SCT 75053002). Included from CID 12248."""

MitralValveProlapse: _Final[_Code] = _Code(
    "SCT", "409712001", "Mitral valve prolapse", (3700, 3728, 12248)
)
"""Mitral valve prolapse (SCT 409712001). Included from CID 12248."""

MitralRegurgitation: _Final[_Code] = _Code(
    "SCT", "48724000", "Mitral regurgitation", (3700, 3728, 12248)
)
"""Mitral regurgitation (SCT 48724000). Included from CID 12248."""

MitralStenosis: _Final[_Code] = _Code("SCT", "79619009", "Mitral stenosis", (3700, 3728, 12248))
"""Mitral stenosis (SCT 79619009). Included from CID 12248."""

PartialAnomalousPulmonaryVenousConnection: _Final[_Code] = _Code(
    "SCT", "68237008", "Partial anomalous pulmonary venous connection", (12248,)
)
"""Partial anomalous pulmonary venous connection (SCT 68237008). Included from CID 12248."""

AtrialSeptalDefectWithEndocardialCushionDefectPartial: _Final[_Code] = _Code(
    "SCT", "60732002", "Atrial septal defect with endocardial cushion defect, partial", (12248,)
)
"""Atrial septal defect with endocardial cushion defect, partial (SCT 60732002). Included from CID 12248."""

PulmonicValveStenosis: _Final[_Code] = _Code("SCT", "56786000", "Pulmonic valve stenosis", (12248,))
"""Pulmonic valve stenosis (SCT 56786000). Included from CID 12248."""

RheumaticFever: _Final[_Code] = _Code("SCT", "58718002", "Rheumatic Fever", (12248,))
"""Rheumatic Fever (SCT 58718002). Included from CID 12248."""

TetralogyOfFallot: _Final[_Code] = _Code("SCT", "86299006", "Tetralogy of Fallot", (12248,))
"""Tetralogy of Fallot (SCT 86299006). Included from CID 12248."""

VentricularSeptalDefect: _Final[_Code] = _Code(
    "SCT", "30288003", "Ventricular Septal Defect", (3610, 3700, 3728, 12244, 12248, 12286)
)
"""Ventricular Septal Defect (SCT 30288003). Included from CID 12248."""

CorrectedTranspositionOfGreatVessels: _Final[_Code] = _Code(
    "SCT", "83799000", "Corrected transposition of great vessels", (12248,)
)
"""Corrected transposition of great vessels (SCT 83799000). Included from CID 12248."""

PulmonaryAtresiaWithIntactVentricularSeptum: _Final[_Code] = _Code(
    "SCT", "253590009", "Pulmonary atresia with intact ventricular septum", (12248,)
)
"""Pulmonary atresia with intact ventricular septum (SCT 253590009). Included from CID 12248."""

PulmonaryAtresiaWithVentricularSeptalDefect: _Final[_Code] = _Code(
    "SCT", "253591008", "Pulmonary atresia with ventricular septal defect", (12248,)
)
"""Pulmonary atresia with ventricular septal defect (SCT 253591008). Included from CID 12248."""

HypoplasticLeftHeartSyndrome: _Final[_Code] = _Code(
    "SCT", "62067003", "Hypoplastic left heart syndrome", (12248,)
)
"""Hypoplastic left heart syndrome (SCT 62067003). Included from CID 12248."""

FunctionalSingleVentricle: _Final[_Code] = _Code(
    "SCT", "443379009", "Functional Single Ventricle", (12248,)
)
"""Functional Single Ventricle (SCT 443379009). Included from CID 12248."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    EdemaOfFetalScalp,
    EdemaOfFetalChestWall,
    CongenitalStenosisOfAorticValve,
    AtrialSeptalDefect,
    AorticRegurgitation,
    AorticStenosis,
    Cardiomegaly,
    CoarctationOfTheAorta,
    CommonAtrioventricularCanal,
    CompleteTranspositionOfGreatVessels,
    Cyanosis,
    Dextrocardia,
    InterruptedAorticArch,
    Mesocardia,
    AcuteFebrileMucocutaneousLymphNodeSyndrome,
    MitralValveProlapse,
    MitralRegurgitation,
    MitralStenosis,
    PartialAnomalousPulmonaryVenousConnection,
    AtrialSeptalDefectWithEndocardialCushionDefectPartial,
    PulmonicValveStenosis,
    RheumaticFever,
    TetralogyOfFallot,
    VentricularSeptalDefect,
    CorrectedTranspositionOfGreatVessels,
    PulmonaryAtresiaWithIntactVentricularSeptum,
    PulmonaryAtresiaWithVentricularSeptalDefect,
    HypoplasticLeftHeartSyndrome,
    FunctionalSingleVentricle,
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
