"""CID 4040 Endoscopy Anatomic Region.

Extensible, version 20210120, UID 1.2.840.10008.6.1.311.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4040
NAME: Final[str] = "Endoscopy Anatomic Region"
KEYWORD: Final[str | None] = "EndoscopyAnatomicRegion"
UID: Final[str | None] = "1.2.840.10008.6.1.311"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210120"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AnusRectumAndSigmoidColon: Final[Code] = Code(
    "SCT", "110612005", "Anus, rectum and sigmoid colon", (4040,)
)
"""Anus, rectum and sigmoid colon (SCT 110612005)."""

BileDuct: Final[Code] = Code("SCT", "28273000", "Bile duct", (4031, 4040, 7154))
"""Bile duct (SCT 28273000)."""

BiliaryTract: Final[Code] = Code("SCT", "34707002", "Biliary tract", (4031, 4040, 7154))
"""Biliary tract (SCT 34707002)."""

Bladder: Final[Code] = Code(
    "SCT", "89837001", "Bladder", (645, 4031, 4040, 6204, 7160, 7483, 10044)
)
"""Bladder (SCT 89837001)."""

BladderAndUrethra: Final[Code] = Code("SCT", "110837003", "Bladder and urethra", (4040,))
"""Bladder and urethra (SCT 110837003)."""

Bronchus: Final[Code] = Code("SCT", "955009", "Bronchus", (4031, 4040, 6111, 6129, 7155))
"""Bronchus (SCT 955009)."""

Cervix: Final[Code] = Code("SCT", "71252005", "Cervix", (645, 4040, 6204, 7160, 12023))
"""Cervix (SCT 71252005)."""

CommonBileDuct: Final[Code] = Code("SCT", "79741001", "Common bile duct", (4031, 4040))
"""Common bile duct (SCT 79741001)."""

EsophagusStomachAndDuodenum: Final[Code] = Code(
    "SCT", "110861005", "Esophagus, stomach and duodenum", (4031, 4040)
)
"""Esophagus, stomach and duodenum (SCT 110861005)."""

ExternalAuditoryCanal: Final[Code] = Code(
    "SCT", "84301002", "External auditory canal", (1002, 4040)
)
"""External auditory canal (SCT 84301002)."""

Gallbladder: Final[Code] = Code("SCT", "28231008", "Gallbladder", (4031, 4040, 7154, 10044))
"""Gallbladder (SCT 28231008)."""

InguinalRegion: Final[Code] = Code("SCT", "26893007", "Inguinal region", (4040,))
"""Inguinal region (SCT 26893007)."""

IntraAbdominopelvic: Final[Code] = Code("SCT", "818987002", "Intra-abdominopelvic", (4040, 7154))
"""Intra-abdominopelvic (SCT 818987002)."""

IntraPelvic: Final[Code] = Code("SCT", "816989007", "Intra-pelvic", (4040, 7160))
"""Intra-pelvic (SCT 816989007)."""

IntraThoracic: Final[Code] = Code("SCT", "43799004", "Intra-thoracic", (4040, 7155))
"""Intra-thoracic (SCT 43799004)."""

Joint: Final[Code] = Code("SCT", "39352004", "Joint", (4040,))
"""Joint (SCT 39352004)."""

Kidney: Final[Code] = Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007)."""

Knee: Final[Code] = Code("SCT", "72696002", "Knee", (4031, 4040, 7304))
"""Knee (SCT 72696002)."""

LargeIntestine: Final[Code] = Code("SCT", "14742008", "Large intestine", (4031, 4040))
"""Large intestine (SCT 14742008)."""

Larynx: Final[Code] = Code("SCT", "4596009", "Larynx", (645, 4028, 4031, 4040, 7601))
"""Larynx (SCT 4596009)."""

LumenOfBloodVessel: Final[Code] = Code("SCT", "91747007", "Lumen of blood vessel", (4040, 7156))
"""Lumen of blood vessel (SCT 91747007)."""

Mediastinum: Final[Code] = Code("SCT", "72410000", "Mediastinum", (4031, 4040, 6100, 6129, 7155))
"""Mediastinum (SCT 72410000)."""

Nasopharynx: Final[Code] = Code("SCT", "360955006", "Nasopharynx", (4040,))
"""Nasopharynx (SCT 360955006)."""

PancreaticDuct: Final[Code] = Code("SCT", "69930009", "Pancreatic duct", (4031, 4040, 7154))
"""Pancreatic duct (SCT 69930009)."""

PancreaticDuctAndBileDuctSystems: Final[Code] = Code(
    "SCT", "110621006", "Pancreatic duct and bile duct systems", (4031, 4040, 7154)
)
"""Pancreatic duct and bile duct systems (SCT 110621006)."""

ParanasalSinus: Final[Code] = Code(
    "SCT", "2095001", "Paranasal sinus", (4028, 4031, 4040, 7483, 7601)
)
"""Paranasal sinus (SCT 2095001)."""

Pharynx: Final[Code] = Code("SCT", "54066008", "Pharynx", (4040,))
"""Pharynx (SCT 54066008)."""

PharynxAndLarynx: Final[Code] = Code("SCT", "312535008", "Pharynx and larynx", (4040,))
"""Pharynx and larynx (SCT 312535008)."""

Rectum: Final[Code] = Code(
    "SCT", "34402009", "Rectum", (4, 645, 4031, 4040, 6204, 6210, 6348, 7160)
)
"""Rectum (SCT 34402009)."""

Shoulder: Final[Code] = Code("SCT", "16982005", "Shoulder", (1004, 4031, 4040, 7304, 7483))
"""Shoulder (SCT 16982005)."""

SigmoidColon: Final[Code] = Code("SCT", "60184004", "Sigmoid colon", (4040, 6210))
"""Sigmoid colon (SCT 60184004)."""

Spine: Final[Code] = Code("SCT", "421060004", "Spine", (4031, 4040, 6114))
"""Spine (SCT 421060004)."""

TracheaAndBronchus: Final[Code] = Code("SCT", "110726009", "Trachea and bronchus", (4040,))
"""Trachea and bronchus (SCT 110726009)."""

UpperUrinaryTract: Final[Code] = Code("SCT", "431491007", "Upper urinary tract", (4031, 4040))
"""Upper urinary tract (SCT 431491007)."""

Ureter: Final[Code] = Code("SCT", "87953007", "Ureter", (4, 4031, 4040))
"""Ureter (SCT 87953007)."""

UterusAndFallopianTubes: Final[Code] = Code(
    "SCT", "110639002", "Uterus and fallopian tubes", (4031, 4040)
)
"""Uterus and fallopian tubes (SCT 110639002)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
