"""CID 10044 Radiosensitive Organ.

Extensible, version 20170914, UID 1.2.840.10008.6.1.976.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10044
NAME: _Final[str] = "Radiosensitive Organ"
KEYWORD: _Final[str | None] = "RadiosensitiveOrgan"
UID: _Final[str | None] = "1.2.840.10008.6.1.976"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AdrenalGland: _Final[_Code] = _Code(
    "SCT", "23451007", "Adrenal gland", (1005, 4030, 6204, 7154, 10044)
)
"""Adrenal gland (SCT 23451007)."""

Bladder: _Final[_Code] = _Code(
    "SCT", "89837001", "Bladder", (645, 4031, 4040, 6204, 7160, 7483, 10044)
)
"""Bladder (SCT 89837001)."""

Brain: _Final[_Code] = _Code("SCT", "12738006", "Brain", (644, 645, 4030, 7153, 10044))
"""Brain (SCT 12738006)."""

Breast: _Final[_Code] = _Code("SCT", "76752008", "Breast", (645, 4013, 4031, 10044, 12321))
"""Breast (SCT 76752008)."""

BoneMarrow: _Final[_Code] = _Code("SCT", "14016003", "Bone Marrow", (644, 10044))
"""Bone Marrow (SCT 14016003)."""

BoneSurface: _Final[_Code] = _Code("SCT", "425647002", "Bone Surface", (10044,))
"""Bone Surface (SCT 425647002)."""

Colon: _Final[_Code] = _Code("SCT", "71854001", "Colon", (645, 4031, 7483, 10044))
"""Colon (SCT 71854001)."""

Esophagus: _Final[_Code] = _Code("SCT", "32849002", "Esophagus", (4, 4031, 6149, 7155, 7483, 10044))
"""Esophagus (SCT 32849002)."""

EyeLenses: _Final[_Code] = _Code("SCT", "78076003", "Eye lenses", (4209, 4211, 10044))
"""Eye lenses (SCT 78076003)."""

Gallbladder: _Final[_Code] = _Code("SCT", "28231008", "Gallbladder", (4031, 4040, 7154, 10044))
"""Gallbladder (SCT 28231008)."""

Heart: _Final[_Code] = _Code("SCT", "80891009", "Heart", (4, 1004, 4031, 6100, 6149, 7152, 10044))
"""Heart (SCT 80891009)."""

Kidney: _Final[_Code] = _Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007)."""

Liver: _Final[_Code] = _Code(
    "SCT", "10200004", "Liver", (644, 1005, 4030, 6204, 7154, 10044, 12321)
)
"""Liver (SCT 10200004)."""

Lung: _Final[_Code] = _Code(
    "SCT", "39607008", "Lung", (4, 645, 1004, 6100, 6129, 6204, 7155, 10044)
)
"""Lung (SCT 39607008)."""

LymphNode: _Final[_Code] = _Code(
    "SCT", "59441001", "Lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph node (SCT 59441001)."""

Muscle: _Final[_Code] = _Code("SCT", "71616004", "Muscle", (6100, 6204, 10044))
"""Muscle (SCT 71616004)."""

OralMucosa: _Final[_Code] = _Code("SCT", "113277000", "Oral mucosa", (4029, 10044))
"""Oral mucosa (SCT 113277000)."""

Ovary: _Final[_Code] = _Code("SCT", "15497006", "Ovary", (4, 645, 6204, 7160, 10044))
"""Ovary (SCT 15497006)."""

Pancreas: _Final[_Code] = _Code(
    "SCT", "15776009", "Pancreas", (645, 1005, 4031, 7154, 10044, 12321)
)
"""Pancreas (SCT 15776009)."""

Prostate: _Final[_Code] = _Code(
    "SCT", "41216001", "Prostate", (645, 4031, 6204, 6300, 7160, 10044, 12321)
)
"""Prostate (SCT 41216001)."""

SalivaryGlands: _Final[_Code] = _Code(
    "SCT", "385294005", "Salivary Glands", (645, 4028, 7601, 10044)
)
"""Salivary Glands (SCT 385294005)."""

Skin: _Final[_Code] = _Code("SCT", "39937001", "Skin", (645, 4029, 7166, 10044))
"""Skin (SCT 39937001)."""

SmallIntestine: _Final[_Code] = _Code("SCT", "30315005", "Small intestine", (4031, 7154, 10044))
"""Small intestine (SCT 30315005)."""

Spleen: _Final[_Code] = _Code("SCT", "78961009", "Spleen", (4030, 6204, 7154, 10044, 12321))
"""Spleen (SCT 78961009)."""

Stomach: _Final[_Code] = _Code("SCT", "69695003", "Stomach", (4031, 10044))
"""Stomach (SCT 69695003)."""

Testis: _Final[_Code] = _Code("SCT", "40689003", "Testis", (4030, 6204, 7160, 10044, 12321))
"""Testis (SCT 40689003)."""

Thymus: _Final[_Code] = _Code("SCT", "9875009", "Thymus", (4030, 6149, 7155, 10044))
"""Thymus (SCT 9875009)."""

Thyroid: _Final[_Code] = _Code("SCT", "69748006", "Thyroid", (645, 4030, 6149, 10044, 12321))
"""Thyroid (SCT 69748006)."""

Uterus: _Final[_Code] = _Code("SCT", "35039007", "Uterus", (645, 4030, 6204, 7160, 10044, 12023))
"""Uterus (SCT 35039007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AdrenalGland,
    Bladder,
    Brain,
    Breast,
    BoneMarrow,
    BoneSurface,
    Colon,
    Esophagus,
    EyeLenses,
    Gallbladder,
    Heart,
    Kidney,
    Liver,
    Lung,
    LymphNode,
    Muscle,
    OralMucosa,
    Ovary,
    Pancreas,
    Prostate,
    SalivaryGlands,
    Skin,
    SmallIntestine,
    Spleen,
    Stomach,
    Testis,
    Thymus,
    Thyroid,
    Uterus,
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
