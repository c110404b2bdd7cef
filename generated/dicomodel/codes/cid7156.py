"""CID 7156 Vascular Segmentation Type.

Extensible, version 20210328, UID 1.2.840.10008.6.1.502.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7156
NAME: Final[str] = "Vascular Segmentation Type"
KEYWORD: Final[str | None] = "VascularSegmentationType"
UID: Final[str | None] = "1.2.840.10008.6.1.502"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210328"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Adventitia: Final[Code] = Code("SCT", "30180000", "Adventitia", (7156,))
"""Adventitia (SCT 30180000)."""

CardiovascularSystem: Final[Code] = Code("SCT", "113257007", "Cardiovascular system", (7156,))
"""Cardiovascular system (SCT 113257007)."""

Intima: Final[Code] = Code("SCT", "87483006", "Intima", (7156,))
"""Intima (SCT 87483006)."""

Lumen: Final[Code] = Code("SCT", "91747007", "Lumen", (4040, 7156))
"""Lumen (SCT 91747007)."""

Media: Final[Code] = Code("SCT", "61695000", "Media", (7156,))
"""Media (SCT 61695000)."""

SystemicArtery: Final[Code] = Code("SCT", "281159003", "Systemic artery", (7156,))
"""Systemic artery (SCT 281159003)."""

SystemicVein: Final[Code] = Code("SCT", "360592004", "Systemic vein", (7156,))
"""Systemic vein (SCT 360592004)."""

Thrombus: Final[Code] = Code("SCT", "396339007", "Thrombus", (3495, 3712, 3810, 7156))
"""Thrombus (SCT 396339007)."""

VascularSclerosis: Final[Code] = Code("SCT", "107671003", "Vascular sclerosis", (3810, 7156))
"""Vascular sclerosis (SCT 107671003)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Adventitia,
    CardiovascularSystem,
    Intima,
    Lumen,
    Media,
    SystemicArtery,
    SystemicVein,
    Thrombus,
    VascularSclerosis,
)
"""The resolved membership: own members, then those of the included groups, in order."""
