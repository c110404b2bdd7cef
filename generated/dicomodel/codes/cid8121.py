"""CID 8121 Microscopy Lens Type.

Extensible, version 20100824, UID 1.2.840.10008.6.1.898.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8121
NAME: Final[str] = "Microscopy Lens Type"
KEYWORD: Final[str | None] = "MicroscopyLensType"
UID: Final[str | None] = "1.2.840.10008.6.1.898"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100824"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HighPowerNonImmersionLens: Final[Code] = Code(
    "SCT", "445621001", "High power non-immersion lens", (8121,)
)
"""High power non-immersion lens (SCT 445621001)."""

OilImmersionLens: Final[Code] = Code("SCT", "445622008", "Oil immersion lens", (8121,))
"""Oil immersion lens (SCT 445622008)."""

SlideOverviewLens: Final[Code] = Code("SCT", "445601002", "Slide overview lens", (8121,))
"""Slide overview lens (SCT 445601002)."""

MEMBERS: Final[tuple[Code, ...]] = (HighPowerNonImmersionLens, OilImmersionLens, SlideOverviewLens)
"""The resolved membership: own members, then those of the included groups, in order."""
