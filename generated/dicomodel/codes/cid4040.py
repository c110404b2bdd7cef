"""CID 4040 Endoscopy Anatomic Region.

Extensible, version 20210120, UID 1.2.840.10008.6.1.311.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4040
NAME: _Final[str] = "Endoscopy Anatomic Region"
KEYWORD: _Final[str | None] = "EndoscopyAnatomicRegion"
UID: _Final[str | None] = "1.2.840.10008.6.1.311"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210120"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AnusRectumAndSigmoidColon: _Final[_Code] = _Code(
    "SCT", "110612005", "Anus, rectum and sigmoid colon", (4040,)
)
"""Anus, rectum and sigmoid colon (SCT 110612005)."""

BileDuct: _Final[_Code] = _Code("SCT", "28273000", "Bile duct", (4031, 4040, 7154))
"""Bile duct (SCT 28273000)."""

BiliaryTract: _Final[_Code] = _Code("SCT", "34707002", "Biliary tract", (4031, 4040, 7154))
"""Biliary tract (SCT 34707002)."""

Bladder: _Final[_Code] = _Code(
    "SCT", "89837001", "Bladder", (645, 4031, 4040, 6204, 7160, 7483, 10044)
)
"""Bladder (SCT 89837001)."""

BladderAndUrethra: _Final[_Code] = _Code("SCT", "110837003", "Bladder and urethra", (4040,))
"""Bladder and urethra (SCT 110837003)."""

Bronchus: _Final[_Code] = _Code("SCT", "955009", "Bronchus", (4031, 4040, 6111, 6129, 7155))
"""Bronchus (SCT 955009)."""

Cervix: _Final[_Code] = _Code("SCT", "71252005", "Cervix", (645, 4040, 6204, 7160, 12023))
"""Cervix (SCT 71252005)."""

CommonBileDuct: _Final[_Code] = _Code("SCT", "79741001", "Common bile duct", (4031, 4040))
"""Common bile duct (SCT 79741001)."""

EsophagusStomachAndDuodenum: _Final[_Code] = _Code(
    "SCT", "110861005", "Esophagus, stomach and duodenum", (4031, 4040)
)
"""Esophagus, stomach and duodenum (SCT 110861005)."""

ExternalAuditoryCanal: _Final[_Code] = _Code(
    "SCT", "84301002", "External auditory canal", (1002, 4040)
)
"""External auditory canal (SCT 84301002)."""

Gallbladder: _Final[_Code] = _Code("SCT", "28231008", "Gallbladder", (4031, 4040, 7154, 10044))
"""Gallbladder (SCT 28231008)."""

InguinalRegion: _Final[_Code] = _Code("SCT", "26893007", "Inguinal region", (4040,))
"""Inguinal region (SCT 26893007)."""

IntraAbdominopelvic: _Final[_Code] = _Code("SCT", "818987002", "Intra-abdominopelvic", (4040, 7154))
"""Intra-abdominopelvic (SCT 818987002)."""

IntraPelvic: _Final[_Code] = _Code("SCT", "816989007", "Intra-pelvic", (4040, 7160))
"""Intra-pelvic (SCT 816989007)."""

IntraThoracic: _Final[_Code] = _Code("SCT", "43799004", "Intra-thoracic", (4040, 7155))
"""Intra-thoracic (SCT 43799004)."""

Joint: _Final[_Code] = _Code("SCT", "39352004", "Joint", (4040,))
"""Joint (SCT 39352004)."""

Kidney: _Final[_Code] = _Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007)."""

Knee: _Final[_Code] = _Code("SCT", "72696002", "Knee", (4031, 4040, 7304))
"""Knee (SCT 72696002)."""

LargeIntestine: _Final[_Code] = _Code("SCT", "14742008", "Large intestine", (4031, 4040))
"""Large intestine (SCT 14742008)."""

Larynx: _Final[_Code] = _Code("SCT", "4596009", "Larynx", (645, 4028, 4031, 4040, 7601))
"""Larynx (SCT 4596009)."""

LumenOfBloodVessel: _Final[_Code] = _Code("SCT", "91747007", "Lumen of blood vessel", (4040, 7156))
"""Lumen of blood vessel (SCT 91747007)."""

Mediastinum: _Final[_Code] = _Code("SCT", "72410000", "Mediastinum", (4031, 4040, 6100, 6129, 7155))
"""Mediastinum (SCT 72410000)."""

Nasopharynx: _Final[_Code] = _Code("SCT", "360955006", "Nasopharynx", (4040,))
"""Nasopharynx (SCT 360955006)."""

PancreaticDuct: _Final[_Code] = _Code("SCT", "69930009", "Pancreatic duct", (4031, 4040, 7154))
"""Pancreatic duct (SCT 69930009)."""

PancreaticDuctAndBileDuctSystems: _Final[_Code] = _Code(
    "SCT", "110621006", "Pancreatic duct and bile duct systems", (4031, 4040, 7154)
)
"""Pancreatic duct and bile duct systems (SCT 110621006)."""

ParanasalSinus: _Final[_Code] = _Code(
    "SCT", "2095001", "Paranasal sinus", (4028, 4031, 4040, 7483, 7601)
)
"""Paranasal sinus (SCT 2095001)."""

Pharynx: _Final[_Code] = _Code("SCT", "54066008", "Pharynx", (4040,))
"""Pharynx (SCT 54066008)."""

PharynxAndLarynx: _Final[_Code] = _Code("SCT", "312535008", "Pharynx and larynx", (4040,))
"""Pharynx and larynx (SCT 312535008)."""

Rectum: _Final[_Code] = _Code(
    "SCT", "34402009", "Rectum", (4, 645, 4031, 4040, 6204, 6210, 6348, 7160)
)
"""Rectum (SCT 34402009)."""

Shoulder: _Final[_Code] = _Code("SCT", "16982005", "Shoulder", (1004, 4031, 4040, 7304, 7483))
"""Shoulder (SCT 16982005)."""

SigmoidColon: _Final[_Code] = _Code("SCT", "60184004", "Sigmoid colon", (4040, 6210))
"""Sigmoid colon (SCT 60184004)."""

Spine: _Final[_Code] = _Code("SCT", "421060004", "Spine", (4031, 4040, 6114))
"""Spine (SCT 421060004)."""

TracheaAndBronchus: _Final[_Code] = _Code("SCT", "110726009", "Trachea and bronchus", (4040,))
"""Trachea and bronchus (SCT 110726009)."""

UpperUrinaryTract: _Final[_Code] = _Code("SCT", "431491007", "Upper urinary tract", (4031, 4040))
"""Upper urinary tract (SCT 431491007)."""

Ureter: _Final[_Code] = _Code("SCT", "87953007", "Ureter", (4, 4031, 4040))
"""Ureter (SCT 87953007)."""

UterusAndFallopianTubes: _Final[_Code] = _Code(
    "SCT", "110639002", "Uterus and fallopian tubes", (4031, 4040)
)
"""Uterus and fallopian tubes (SCT 110639002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AnusRectumAndSigmoidColon,
    BileDuct,
    BiliaryTract,
    Bladder,
    BladderAndUrethra,
    Bronchus,
    Cervix,
    CommonBileDuct,
    EsophagusStomachAndDuodenum,
    ExternalAuditoryCanal,
    Gallbladder,
    InguinalRegion,
    IntraAbdominopelvic,
    IntraPelvic,
    IntraThoracic,
    Joint,
    Kidney,
    Knee,
    LargeIntestine,
    Larynx,
    LumenOfBloodVessel,
    Mediastinum,
    Nasopharynx,
    PancreaticDuct,
    PancreaticDuctAndBileDuctSystems,
    ParanasalSinus,
    Pharynx,
    PharynxAndLarynx,
    Rectum,
    Shoulder,
    SigmoidColon,
    Spine,
    TracheaAndBronchus,
    UpperUrinaryTract,
    Ureter,
    UterusAndFallopianTubes,
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
