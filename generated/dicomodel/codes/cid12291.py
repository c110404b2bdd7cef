"""CID 12291 Cardiac Ultrasound Aorta Finding Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.871.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12291
NAME: _Final[str] = "Cardiac Ultrasound Aorta Finding Site"
KEYWORD: _Final[str | None] = "CardiacUltrasoundAortaFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.871"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RootOfAorta: _Final[_Code] = _Code("SCT", "8128003", "Root of Aorta", (12289, 12291, 12305))
"""Root of Aorta (SCT 8128003)."""

StructureSinusOfValsalva: _Final[_Code] = _Code(
    "SCT", "81128002", "Structure Sinus of Valsalva", (12291,)
)
"""Structure Sinus of Valsalva (SCT 81128002)."""

LeftSinusOfValsalva: _Final[_Code] = _Code("SCT", "36371001", "Left Sinus of Valsalva", (12291,))
"""Left Sinus of Valsalva (SCT 36371001)."""

RightSinusOfValsalva: _Final[_Code] = _Code("SCT", "89093001", "Right Sinus of Valsalva", (12291,))
"""Right Sinus of Valsalva (SCT 89093001)."""

NonCoronarySinus: _Final[_Code] = _Code("SCT", "24865005", "Non-coronary Sinus", (12291,))
"""Non-coronary Sinus (SCT 24865005)."""

AorticSinotubularJunction: _Final[_Code] = _Code(
    "SCT", "443167003", "Aortic Sinotubular Junction", (12291, 12305)
)
"""Aortic Sinotubular Junction (SCT 443167003)."""

AscendingAorta: _Final[_Code] = _Code(
    "SCT", "54247002", "Ascending Aorta", (3010, 3606, 6117, 12291, 12305)
)
"""Ascending Aorta (SCT 54247002)."""

AorticArch: _Final[_Code] = _Code(
    "SCT", "57034009", "Aortic Arch", (1004, 3010, 3606, 4030, 6117, 12291)
)
"""Aortic Arch (SCT 57034009)."""

AorticIsthmus: _Final[_Code] = _Code("SCT", "88593004", "Aortic Isthmus", (6117, 12291))
"""Aortic Isthmus (SCT 88593004)."""

CoarctationOfAorta: _Final[_Code] = _Code(
    "SCT", "7305005", "Coarctation of Aorta", (3610, 12248, 12291)
)
"""Coarctation of Aorta (SCT 7305005)."""

ThoracicAorta: _Final[_Code] = _Code(
    "SCT", "113262008", "Thoracic Aorta", (3010, 3606, 4030, 12291)
)
"""Thoracic Aorta (SCT 113262008)."""

AbdominalAorta: _Final[_Code] = _Code(
    "SCT", "7832008", "Abdominal Aorta", (3010, 3606, 4030, 7154, 12112, 12291)
)
"""Abdominal Aorta (SCT 7832008)."""

SupraRenalAorta: _Final[_Code] = _Code("SCT", "1918003", "Supra Renal Aorta", (12112, 12291))
"""Supra Renal Aorta (SCT 1918003)."""

InfraRenalAorta: _Final[_Code] = _Code("SCT", "28205006", "Infra-Renal Aorta", (12112, 12291))
"""Infra-Renal Aorta (SCT 28205006)."""

InnominateArtery: _Final[_Code] = _Code(
    "SCT", "12691009", "Innominate Artery", (3010, 3606, 6117, 12107, 12291)
)
"""Innominate Artery (SCT 12691009)."""

RightCommonCarotidArtery: _Final[_Code] = _Code(
    "SCT", "65355003", "Right Common Carotid Artery", (12291,)
)
"""Right Common Carotid Artery (SCT 65355003)."""

RightSubclavianArtery: _Final[_Code] = _Code("SCT", "29700009", "Right Subclavian Artery", (12291,))
"""Right Subclavian Artery (SCT 29700009)."""

LeftCommonCarotidArtery: _Final[_Code] = _Code(
    "SCT", "113263003", "Left Common Carotid Artery", (12291,)
)
"""Left Common Carotid Artery (SCT 113263003)."""

LeftSubclavianArtery: _Final[_Code] = _Code("SCT", "85235006", "Left Subclavian Artery", (12291,))
"""Left Subclavian Artery (SCT 85235006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RootOfAorta,
    StructureSinusOfValsalva,
    LeftSinusOfValsalva,
    RightSinusOfValsalva,
    NonCoronarySinus,
    AorticSinotubularJunction,
    AscendingAorta,
    AorticArch,
    AorticIsthmus,
    CoarctationOfAorta,
    ThoracicAorta,
    AbdominalAorta,
    SupraRenalAorta,
    InfraRenalAorta,
    InnominateArtery,
    RightCommonCarotidArtery,
    RightSubclavianArtery,
    LeftCommonCarotidArtery,
    LeftSubclavianArtery,
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
