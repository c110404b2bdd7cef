"""CID 4401 Fitzpatrick Skin Type.

Extensible, version 20201115, UID 1.2.840.10008.6.1.1346.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4401
NAME: Final[str] = "Fitzpatrick Skin Type"
KEYWORD: Final[str | None] = "FitzpatrickSkinType"
UID: Final[str | None] = "1.2.840.10008.6.1.1346"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20201115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

FitzpatrickSkinTypeI: Final[Code] = Code("LN", "C74569", "Fitzpatrick Skin Type I", (4401,))
"""Fitzpatrick Skin Type I (LN C74569)."""

FitzpatrickSkinTypeII: Final[Code] = Code("LN", "C74570", "Fitzpatrick Skin Type II", (4401,))
"""Fitzpatrick Skin Type II (LN C74570)."""

FitzpatrickSkinTypeIII: Final[Code] = Code("LN", "C74571", "Fitzpatrick Skin Type III", (4401,))
"""Fitzpatrick Skin Type III (LN C74571)."""

FitzpatrickSkinTypeIV: Final[Code] = Code("LN", "C74572", "Fitzpatrick Skin Type IV", (4401,))
"""Fitzpatrick Skin Type IV (LN C74572)."""

FitzpatrickSkinTypeV: Final[Code] = Code("LN", "C74573", "Fitzpatrick Skin Type V", (4401,))
"""Fitzpatrick Skin Type V (LN C74573)."""

FitzpatrickSkinTypeVI: Final[Code] = Code("LN", "C74574", "Fitzpatrick Skin Type VI", (4401,))
"""Fitzpatrick Skin Type VI (LN C74574)."""

MEMBERS: Final[tuple[Code, ...]] = (
    FitzpatrickSkinTypeI,
    FitzpatrickSkinTypeII,
    FitzpatrickSkinTypeIII,
    FitzpatrickSkinTypeIV,
    FitzpatrickSkinTypeV,
    FitzpatrickSkinTypeVI,
)
"""The resolved membership: own members, then those of the included groups, in order."""
