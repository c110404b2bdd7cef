"""CID 4232 Vitreous Status.

Extensible, version 20100623, UID 1.2.840.10008.6.1.878.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4232
NAME: Final[str] = "Vitreous Status"
KEYWORD: Final[str | None] = "VitreousStatus"
UID: Final[str | None] = "1.2.840.10008.6.1.878"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100623"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

GasInVitreousCavity: Final[Code] = Code("SCT", "247094004", "Gas in vitreous cavity", (4232,))
"""Gas in vitreous cavity (SCT 247094004)."""

PostVitrectomy: Final[Code] = Code("SCT", "232077005", "Post-Vitrectomy", (4232,))
"""Post-Vitrectomy (SCT 232077005)."""

SiliconeOil: Final[Code] = Code("SCT", "247095003", "Silicone Oil", (4232,))
"""Silicone Oil (SCT 247095003)."""

VitreousOnly: Final[Code] = Code("SCT", "372242005", "Vitreous Only", (4232,))
"""Vitreous Only (SCT 372242005)."""

MEMBERS: Final[tuple[Code, ...]] = (GasInVitreousCavity, PostVitrectomy, SiliconeOil, VitreousOnly)
"""The resolved membership: own members, then those of the included groups, in order."""
