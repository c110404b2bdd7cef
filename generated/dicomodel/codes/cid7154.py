"""CID 7154 Abdominal Segmentation Type.

Extensible, version 20220922, UID 1.2.840.10008.6.1.500.
Includes CID 7171.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7154
NAME: _Final[str] = "Abdominal Segmentation Type"
KEYWORD: _Final[str | None] = "AbdominalSegmentationType"
UID: _Final[str | None] = "1.2.840.10008.6.1.500"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220922"
INCLUDES: _Final[tuple[int, ...]] = (7171,)
EXTERNAL_SCHEME: _Final[str | None] = None

Abdomen: _Final[_Code] = _Code("SCT", "818981001", "Abdomen", (4031, 7154, 7483, 12020))
"""Abdomen (SCT 818981001)."""

AbdominopelvicCavity: _Final[_Code] = _Code(
    "SCT", "818987002", "Abdominopelvic cavity", (4040, 7154)
)
"""Abdominopelvic cavity (SCT 818987002)."""

AbdominalWallMuscle: _Final[_Code] = _Code("SCT", "1142228004", "Abdominal wall muscle", (7154,))
"""Abdominal wall muscle (SCT 1142228004)."""

AdrenalGland: _Final[_Code] = _Code(
    "SCT", "23451007", "Adrenal gland", (1005, 4030, 6204, 7154, 10044)
)
"""Adrenal gland (SCT 23451007)."""

AbdominalAorta: _Final[_Code] = _Code(
    "SCT", "7832008", "Abdominal aorta", (3010, 3606, 4030, 7154, 12112, 12291)
)
"""Abdominal aorta (SCT 7832008)."""

BileDuct: _Final[_Code] = _Code("SCT", "28273000", "Bile Duct", (4031, 4040, 7154))
"""Bile Duct (SCT 28273000)."""

BiliaryTract: _Final[_Code] = _Code("SCT", "34707002", "Biliary tract", (4031, 4040, 7154))
"""Biliary tract (SCT 34707002)."""

Gallbladder: _Final[_Code] = _Code("SCT", "28231008", "Gallbladder", (4031, 4040, 7154, 10044))
"""Gallbladder (SCT 28231008)."""

InferiorVenaCava: _Final[_Code] = _Code(
    "SCT", "64131007", "Inferior vena cava", (3010, 3607, 6117, 6204, 7154, 12114, 12282, 12305)
)
"""Inferior vena cava (SCT 64131007)."""

Kidney: _Final[_Code] = _Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007)."""

Liver: _Final[_Code] = _Code(
    "SCT", "10200004", "Liver", (644, 1005, 4030, 6204, 7154, 10044, 12321)
)
"""Liver (SCT 10200004)."""

LumenOfGallbladder: _Final[_Code] = _Code("FMA", "17891", "Lumen of gallbladder", (7154,))
"""Lumen of gallbladder (FMA 17891)."""

Omentum: _Final[_Code] = _Code("SCT", "27398004", "Omentum", (4, 7154))
"""Omentum (SCT 27398004)."""

Pancreas: _Final[_Code] = _Code(
    "SCT", "15776009", "Pancreas", (645, 1005, 4031, 7154, 10044, 12321)
)
"""Pancreas (SCT 15776009)."""

PancreaticDuct: _Final[_Code] = _Code("SCT", "69930009", "Pancreatic duct", (4031, 4040, 7154))
"""Pancreatic duct (SCT 69930009)."""

PancreaticDuctAndBileDuctSystems: _Final[_Code] = _Code(
    "SCT", "110621006", "Pancreatic duct and bile duct systems", (4031, 4040, 7154)
)
"""Pancreatic duct and bile duct systems (SCT 110621006)."""

PeritonealCavity: _Final[_Code] = _Code("SCT", "83670000", "Peritoneal cavity", (7154,))
"""Peritoneal cavity (SCT 83670000)."""

Peritioneum: _Final[_Code] = _Code("SCT", "15425007", "Peritioneum", (7154,))
"""Peritioneum (SCT 15425007)."""

RetroperitonealSpace: _Final[_Code] = _Code("SCT", "82849001", "Retroperitoneal space", (4, 7154))
"""Retroperitoneal space (SCT 82849001)."""

SkinOfAbdomen: _Final[_Code] = _Code("SCT", "75093004", "Skin of abdomen", (4029, 7154))
"""Skin of abdomen (SCT 75093004)."""

SmallIntestine: _Final[_Code] = _Code("SCT", "30315005", "Small Intestine", (4031, 7154, 10044))
"""Small Intestine (SCT 30315005)."""

Spleen: _Final[_Code] = _Code("SCT", "78961009", "Spleen", (4030, 6204, 7154, 10044, 12321))
"""Spleen (SCT 78961009)."""

UrinarySystem: _Final[_Code] = _Code("SCT", "122489005", "Urinary system", (7154,))
"""Urinary system (SCT 122489005)."""

WallOfGallbladder: _Final[_Code] = _Code("FMA", "14657", "Wall of gallbladder", (7154,))
"""Wall of gallbladder (FMA 14657)."""

CouinaudHepaticSegmentI: _Final[_Code] = _Code(
    "SCT", "71133005", "Couinaud hepatic segment I", (7170,)
)
"""Couinaud hepatic segment I (SCT 71133005). Included from CID 7170."""

CouinaudHepaticSegmentII: _Final[_Code] = _Code(
    "SCT", "277956007", "Couinaud hepatic segment II", (7170,)
)
"""Couinaud hepatic segment II (SCT 277956007). Included from CID 7170."""

CouinaudHepaticSegmentIII: _Final[_Code] = _Code(
    "SCT", "277957003", "Couinaud hepatic segment III", (7170,)
)
"""Couinaud hepatic segment III (SCT 277957003). Included from CID 7170."""

CouinaudHepaticSegmentIV: _Final[_Code] = _Code(
    "SCT", "277958008", "Couinaud hepatic segment IV", (7170,)
)
"""Couinaud hepatic segment IV (SCT 277958008). Included from CID 7170."""

CouinaudHepaticSegmentV: _Final[_Code] = _Code(
    "SCT", "277959000", "Couinaud hepatic segment V", (7170,)
)
"""Couinaud hepatic segment V (SCT 277959000). Included from CID 7170."""

CouinaudHepaticSegmentVI: _Final[_Code] = _Code(
    "SCT", "277960005", "Couinaud hepatic segment VI", (7170,)
)
"""Couinaud hepatic segment VI (SCT 277960005). Included from CID 7170."""

CouinaudHepaticSegmentVII: _Final[_Code] = _Code(
    "SCT", "277961009", "Couinaud hepatic segment VII", (7170,)
)
"""Couinaud hepatic segment VII (SCT 277961009). Included from CID 7170."""

CouinaudHepaticSegmentVIII: _Final[_Code] = _Code(
    "SCT", "277962002", "Couinaud hepatic segment VIII", (7170,)
)
"""Couinaud hepatic segment VIII (SCT 277962002). Included from CID 7170."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Abdomen,
    AbdominopelvicCavity,
    AbdominalWallMuscle,
    AdrenalGland,
    AbdominalAorta,
    BileDuct,
    BiliaryTract,
    Gallbladder,
    InferiorVenaCava,
    Kidney,
    Liver,
    LumenOfGallbladder,
    Omentum,
    Pancreas,
    PancreaticDuct,
    PancreaticDuctAndBileDuctSystems,
    PeritonealCavity,
    Peritioneum,
    RetroperitonealSpace,
    SkinOfAbdomen,
    SmallIntestine,
    Spleen,
    UrinarySystem,
    WallOfGallbladder,
    CouinaudHepaticSegmentI,
    CouinaudHepaticSegmentII,
    CouinaudHepaticSegmentIII,
    CouinaudHepaticSegmentIV,
    CouinaudHepaticSegmentV,
    CouinaudHepaticSegmentVI,
    CouinaudHepaticSegmentVII,
    CouinaudHepaticSegmentVIII,
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
