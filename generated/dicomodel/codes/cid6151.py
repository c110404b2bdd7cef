"""CID 6151 Background Echotexture.

Extensible, version 20050822, UID 1.2.840.10008.6.1.466.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 6151
NAME: Final[str] = "Background Echotexture"
KEYWORD: Final[str | None] = "BackgroundEchotexture"
UID: Final[str | None] = "1.2.840.10008.6.1.466"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20050822"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HomogeneousFatEchotexture: Final[Code] = Code(
    "DCM", "111351", "Homogeneous fat echotexture", (6151,)
)
"""Homogeneous fat echotexture (DCM 111351)."""

HomogeneousFibroglandularEchotexture: Final[Code] = Code(
    "DCM", "111352", "Homogeneous fibroglandular echotexture", (6151,)
)
"""Homogeneous fibroglandular echotexture (DCM 111352)."""

HeterogeneousEchotexture: Final[Code] = Code("DCM", "111353", "Heterogeneous echotexture", (6151,))
"""Heterogeneous echotexture (DCM 111353)."""

MEMBERS: Final[tuple[Code, ...]] = (
    HomogeneousFatEchotexture,
    HomogeneousFibroglandularEchotexture,
    HeterogeneousEchotexture,
)
"""The resolved membership: own members, then those of the included groups, in order."""
