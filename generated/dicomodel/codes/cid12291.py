"""CID 12291 Cardiac Ultrasound Aorta Finding Site.

Extensible, version 20170914, UID 1.2.840.10008.6.1.871.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12291
NAME: Final[str] = "Cardiac Ultrasound Aorta Finding Site"
KEYWORD: Final[str | None] = "CardiacUltrasoundAortaFindingSite"
UID: Final[str | None] = "1.2.840.10008.6.1.871"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170914"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RootOfAorta: Final[Code] = Code("SCT", "8128003", "Root of Aorta", (12289, 12291, 12305))
"""Root of Aorta (SCT 8128003)."""

StructureSinusOfValsalva: Final[Code] = Code(
    "SCT", "81128002", "Structure Sinus of Valsalva", (12291,)
)
"""Structure Sinus of Valsalva (SCT 81128002)."""

LeftSinusOfValsalva: Final[Code] = Code("SCT", "36371001", "Left Sinus of Valsalva", (12291,))
"""Left Sinus of Valsalva (SCT 36371001)."""

RightSinusOfValsalva: Final[Code] = Code("SCT", "89093001", "Right Sinus of Valsalva", (12291,))
"""Right Sinus of Valsalva (SCT 89093001)."""

NonCoronarySinus: Final[Code] = Code("SCT", "24865005", "Non-coronary Sinus", (12291,))
"""Non-coronary Sinus (SCT 24865005)."""

AorticSinotubularJunction: Final[Code] = Code(
    "SCT", "443167003", "Aortic Sinotubular Junction", (12291, 12305)
)
"""Aortic Sinotubular Junction (SCT 443167003)."""

AscendingAorta: Final[Code] = Code(
    "SCT", "54247002", "Ascending Aorta", (3010, 3606, 6117, 12291, 12305)
)
"""Ascending Aorta (SCT 54247002)."""

AorticArch: Final[Code] = Code(
    "SCT", "57034009", "Aortic Arch", (1004, 3010, 3606, 4030, 6117, 12291)
)
"""Aortic Arch (SCT 57034009)."""

AorticIsthmus: Final[Code] = Code("SCT", "88593004", "Aortic Isthmus", (6117, 12291))
"""Aortic Isthmus (SCT 88593004)."""

CoarctationOfAorta: Final[Code] = Code(
    "SCT", "7305005", "Coarctation of Aorta", (3610, 12248, 12291)
)
"""Coarctation of Aorta (SCT 7305005)."""

ThoracicAorta: Final[Code] = Code("SCT", "113262008", "Thoracic Aorta", (3010, 3606, 4030, 12291))
"""Thoracic Aorta (SCT 113262008)."""

AbdominalAorta: Final[Code] = Code(
    "SCT", "7832008", "Abdominal Aorta", (3010, 3606, 4030, 7154, 12112, 12291)
)
"""Abdominal Aorta (SCT 7832008)."""

SupraRenalAorta: Final[Code] = Code("SCT", "1918003", "Supra Renal Aorta", (12112, 12291))
"""Supra Renal Aorta (SCT 1918003)."""

InfraRenalAorta: Final[Code] = Code("SCT", "28205006", "Infra-Renal Aorta", (12112, 12291))
"""Infra-Renal Aorta (SCT 28205006)."""

InnominateArtery: Final[Code] = Code(
    "SCT", "12691009", "Innominate Artery", (3010, 3606, 6117, 12107, 12291)
)
"""Innominate Artery (SCT 12691009)."""

RightCommonCarotidArtery: Final[Code] = Code(
    "SCT", "65355003", "Right Common Carotid Artery", (12291,)
)
"""Right Common Carotid Artery (SCT 65355003)."""

RightSubclavianArtery: Final[Code] = Code("SCT", "29700009", "Right Subclavian Artery", (12291,))
"""Right Subclavian Artery (SCT 29700009)."""

LeftCommonCarotidArtery: Final[Code] = Code(
    "SCT", "113263003", "Left Common Carotid Artery", (12291,)
)
"""Left Common Carotid Artery (SCT 113263003)."""

LeftSubclavianArtery: Final[Code] = Code("SCT", "85235006", "Left Subclavian Artery", (12291,))
"""Left Subclavian Artery (SCT 85235006)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
