"""CID 3814 Stent Composition.

Extensible, version 20051103, UID 1.2.840.10008.6.1.273.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3814
NAME: Final[str] = "Stent Composition"
KEYWORD: Final[str | None] = "StentComposition"
UID: Final[str | None] = "1.2.840.10008.6.1.273"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MetalStent: Final[Code] = Code("SCT", "257363003", "metal stent", (3814,))
"""metal stent (SCT 257363003)."""

PlasticStent: Final[Code] = Code("SCT", "257362008", "plastic stent", (3814,))
"""plastic stent (SCT 257362008)."""

MEMBERS: Final[tuple[Code, ...]] = (MetalStent, PlasticStent)
"""The resolved membership: own members, then those of the included groups, in order."""
