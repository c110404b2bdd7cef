"""CID 6064 Ultrasound Finding for Breast.

Extensible, version 20160314, UID 1.2.840.10008.6.1.393.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6064
NAME: Final[str] = "Ultrasound Finding for Breast"
KEYWORD: Final[str | None] = "UltrasoundFindingForBreast"
UID: Final[str | None] = "1.2.840.10008.6.1.393"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160314"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

UltrasoundScanNormal: Final[Code] = Code("SCT", "169254007", "Ultrasound scan normal", (6064,))
"""Ultrasound scan normal (SCT 169254007)."""

CystOfBreast: Final[Code] = Code("SCT", "399294002", "Cyst of breast", (6031, 6064))
"""Cyst of breast (SCT 399294002)."""

ComplexCyst: Final[Code] = Code("DCM", "111460", "Complex cyst", (6064,))
"""Complex cyst (DCM 111460)."""

IntracysticLesion: Final[Code] = Code("DCM", "111461", "Intracystic lesion", (6064,))
"""Intracystic lesion (DCM 111461)."""

MammaryDuctEctasia: Final[Code] = Code(
    "SCT", "22049009", "Mammary duct ectasia", (6031, 6057, 6064)
)
"""Mammary duct ectasia (SCT 22049009)."""

SolidMass: Final[Code] = Code("DCM", "111462", "Solid mass", (6064,))
"""Solid mass (DCM 111462)."""

LymphNode: Final[Code] = Code(
    "SCT", "59441001", "Lymph node", (645, 6031, 6064, 6149, 6348, 7166, 7600, 10044)
)
"""Lymph node (SCT 59441001)."""

SebaceousCystOfSkinOfBreast: Final[Code] = Code(
    "SCT", "76649007", "Sebaceous cyst of skin of breast", (6064,)
)
"""Sebaceous cyst of skin of breast (SCT 76649007)."""

ClusteredMicrocysts: Final[Code] = Code("DCM", "111129", "Clustered microcysts", (6064,))
"""Clustered microcysts (DCM 111129)."""

ComplicatedCyst: Final[Code] = Code("DCM", "111130", "Complicated cyst", (6064,))
"""Complicated cyst (DCM 111130)."""

ForeignBody: Final[Code] = Code("SCT", "19227008", "Foreign body", (6064, 6122, 7158))
"""Foreign body (SCT 19227008)."""

MEMBERS: Final[tuple[Code, ...]] = (
    UltrasoundScanNormal,
    CystOfBreast,
    ComplexCyst,
    IntracysticLesion,
    MammaryDuctEctasia,
    SolidMass,
    LymphNode,
    SebaceousCystOfSkinOfBreast,
    ClusteredMicrocysts,
    ComplicatedCyst,
    ForeignBody,
)
"""The resolved membership: own members, then those of the included groups, in order."""
