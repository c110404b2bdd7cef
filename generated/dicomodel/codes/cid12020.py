"""CID 12020 Fetal Biometry Anatomic Site.

Extensible, version 20200704, UID 1.2.840.10008.6.1.1005.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12020
NAME: Final[str] = "Fetal Biometry Anatomic Site"
KEYWORD: Final[str | None] = "FetalBiometryAnatomicSite"
UID: Final[str | None] = "1.2.840.10008.6.1.1005"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200704"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Abdomen: Final[Code] = Code("SCT", "818981001", "Abdomen", (4031, 7154, 7483, 12020))
"""Abdomen (SCT 818981001)."""

Cerebellum: Final[Code] = Code("SCT", "113305005", "Cerebellum", (4030, 7140, 7153, 12020, 12022))
"""Cerebellum (SCT 113305005)."""

CisternaMagna: Final[Code] = Code("SCT", "54165005", "Cisterna Magna", (12020, 12022))
"""Cisterna Magna (SCT 54165005)."""

Femur: Final[Code] = Code("SCT", "71341001", "Femur", (4031, 7304, 7483, 12020, 12021))
"""Femur (SCT 71341001)."""

Foot: Final[Code] = Code("SCT", "56459004", "Foot", (1006, 4031, 12020))
"""Foot (SCT 56459004)."""

Kidney: Final[Code] = Code(
    "SCT", "64033007", "Kidney", (4, 645, 1005, 4030, 4040, 6204, 7154, 10044, 12020, 12321)
)
"""Kidney (SCT 64033007)."""

Skull: Final[Code] = Code("SCT", "89546000", "Skull", (1002, 4028, 4031, 7304, 7483, 12020))
"""Skull (SCT 89546000)."""

Thorax: Final[Code] = Code("SCT", "816094009", "Thorax", (4, 4031, 7155, 7483, 12020))
"""Thorax (SCT 816094009)."""

Trunk: Final[Code] = Code("SCT", "22943007", "Trunk", (12020,))
"""Trunk (SCT 22943007)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Abdomen,
    Cerebellum,
    CisternaMagna,
    Femur,
    Foot,
    Kidney,
    Skull,
    Thorax,
    Trunk,
)
"""The resolved membership: own members, then those of the included groups, in order."""
