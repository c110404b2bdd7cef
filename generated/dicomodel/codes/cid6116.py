"""CID 6116 Muscular Anatomy.

Extensible, version 20170914, UID 1.2.840.10008.6.1.436.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6116
NAME: _Final[str] = "Muscular Anatomy"
KEYWORD: _Final[str | None] = "MuscularAnatomy"
UID: _Final[str | None] = "1.2.840.10008.6.1.436"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ChordaeTendineaeCordis: _Final[_Code] = _Code(
    "SCT", "102298001", "Chordae tendineae cordis", (6116,)
)
"""Chordae tendineae cordis (SCT 102298001)."""

DeltoidMuscle: _Final[_Code] = _Code("SCT", "35259002", "Deltoid muscle", (6116,))
"""Deltoid muscle (SCT 35259002)."""

Diaphragm: _Final[_Code] = _Code("SCT", "5798000", "Diaphragm", (1004, 6116, 7155))
"""Diaphragm (SCT 5798000)."""

ErectorSpinaeMuscle: _Final[_Code] = _Code("SCT", "44947003", "Erector spinae muscle", (6116,))
"""Erector spinae muscle (SCT 44947003)."""

ExternalIntercostalMuscle: _Final[_Code] = _Code(
    "SCT", "53967007", "External intercostal muscle", (6116,)
)
"""External intercostal muscle (SCT 53967007)."""

IliocostalisMuscle: _Final[_Code] = _Code("SCT", "57651003", "Iliocostalis muscle", (6116,))
"""Iliocostalis muscle (SCT 57651003)."""

InfraspinatusMuscle: _Final[_Code] = _Code("SCT", "72573008", "Infraspinatus muscle", (6116,))
"""Infraspinatus muscle (SCT 72573008)."""

InnermostIntercostalMuscles: _Final[_Code] = _Code(
    "SCT", "24062007", "Innermost intercostal muscles", (6116,)
)
"""Innermost intercostal muscles (SCT 24062007)."""

InteratrialSeptum: _Final[_Code] = _Code("SCT", "58095006", "Interatrial septum", (6116, 12284))
"""Interatrial septum (SCT 58095006)."""

InternalIntercostalMuscle: _Final[_Code] = _Code(
    "SCT", "41313007", "Internal intercostal muscle", (6116,)
)
"""Internal intercostal muscle (SCT 41313007)."""

InterventricularSeptum: _Final[_Code] = _Code(
    "SCT", "589001", "Interventricular septum", (6116, 12286, 12305)
)
"""Interventricular septum (SCT 589001)."""

LatissimusDorsiMuscle: _Final[_Code] = _Code("SCT", "15665001", "Latissimus dorsi muscle", (6116,))
"""Latissimus dorsi muscle (SCT 15665001)."""

LevatoresCostarumMuscles: _Final[_Code] = _Code(
    "SCT", "73930003", "Levatores costarum muscles", (6116,)
)
"""Levatores costarum muscles (SCT 73930003)."""

LongissimusMuscle: _Final[_Code] = _Code("SCT", "88340001", "Longissimus muscle", (6116,))
"""Longissimus muscle (SCT 88340001)."""

PectoralisMajorMuscle: _Final[_Code] = _Code("SCT", "60005003", "Pectoralis major muscle", (6116,))
"""Pectoralis major muscle (SCT 60005003)."""

PectoralisMinorMuscle: _Final[_Code] = _Code("SCT", "18686000", "Pectoralis minor muscle", (6116,))
"""Pectoralis minor muscle (SCT 18686000)."""

ScalenousAnteriorMuscle: _Final[_Code] = _Code(
    "SCT", "50755001", "Scalenous anterior muscle", (6116,)
)
"""Scalenous anterior muscle (SCT 50755001)."""

SerratusAnteriorMuscle: _Final[_Code] = _Code(
    "SCT", "18346003", "Serratus anterior muscle", (6116,)
)
"""Serratus anterior muscle (SCT 18346003)."""

SpinalisMuscle: _Final[_Code] = _Code("SCT", "4317002", "Spinalis muscle", (6116,))
"""Spinalis muscle (SCT 4317002)."""

SternocleidomastoidMuscle: _Final[_Code] = _Code(
    "SCT", "22823000", "Sternocleidomastoid muscle", (6116,)
)
"""Sternocleidomastoid muscle (SCT 22823000)."""

SubcostalMuscle: _Final[_Code] = _Code("SCT", "64658001", "Subcostal muscle", (6116,))
"""Subcostal muscle (SCT 64658001)."""

SubscapularisMuscle: _Final[_Code] = _Code("SCT", "90588001", "Subscapularis muscle", (6116,))
"""Subscapularis muscle (SCT 90588001)."""

SupraspinatusMuscle: _Final[_Code] = _Code("SCT", "6423006", "Supraspinatus muscle", (6116,))
"""Supraspinatus muscle (SCT 6423006)."""

TeresMajorMuscle: _Final[_Code] = _Code("SCT", "1193009", "Teres major muscle", (6116,))
"""Teres major muscle (SCT 1193009)."""

TeresMinorMuscle: _Final[_Code] = _Code("SCT", "51159009", "Teres minor muscle", (6116,))
"""Teres minor muscle (SCT 51159009)."""

TrabeculaeCarnae: _Final[_Code] = _Code("SCT", "118755002", "Trabeculae carnae", (6116,))
"""Trabeculae carnae (SCT 118755002)."""

TransversusThoracis: _Final[_Code] = _Code("SCT", "88454005", "Transversus thoracis", (6116,))
"""Transversus thoracis (SCT 88454005)."""

TrapeziusMuscle: _Final[_Code] = _Code("SCT", "31764008", "Trapezius muscle", (6116, 6149))
"""Trapezius muscle (SCT 31764008)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ChordaeTendineaeCordis,
    DeltoidMuscle,
    Diaphragm,
    ErectorSpinaeMuscle,
    ExternalIntercostalMuscle,
    IliocostalisMuscle,
    InfraspinatusMuscle,
    InnermostIntercostalMuscles,
    InteratrialSeptum,
    InternalIntercostalMuscle,
    InterventricularSeptum,
    LatissimusDorsiMuscle,
    LevatoresCostarumMuscles,
    LongissimusMuscle,
    PectoralisMajorMuscle,
    PectoralisMinorMuscle,
    ScalenousAnteriorMuscle,
    SerratusAnteriorMuscle,
    SpinalisMuscle,
    SternocleidomastoidMuscle,
    SubcostalMuscle,
    SubscapularisMuscle,
    SupraspinatusMuscle,
    TeresMajorMuscle,
    TeresMinorMuscle,
    TrabeculaeCarnae,
    TransversusThoracis,
    TrapeziusMuscle,
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
