"""CID 68 Imaging Agent Administration Pharmaceutical Presentation Unit.

Extensible, version 20181115, UID 1.2.840.10008.6.1.1258.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 68
NAME: Final[str] = "Imaging Agent Administration Pharmaceutical Presentation Unit"
KEYWORD: Final[str | None] = "ImagingAgentAdministrationPharmaceuticalPresentationUnit"
UID: Final[str | None] = "1.2.840.10008.6.1.1258"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181115"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Syringe: Final[Code] = Code("SCT", "733020007", "Syringe", (68,))
"""Syringe (SCT 733020007)."""

Cartridge: Final[Code] = Code("SCT", "706440002", "Cartridge", (68,))
"""Cartridge (SCT 706440002)."""

ParenteralEnteralSolutionBag: Final[Code] = Code(
    "SCT", "464557001", "Parenteral/enteral solution bag", (68,)
)
"""Parenteral/enteral solution bag (SCT 464557001)."""

Bottle: Final[Code] = Code("SCT", "68276009", "Bottle", (68, 69))
"""Bottle (SCT 68276009)."""

MEMBERS: Final[tuple[Code, ...]] = (Syringe, Cartridge, ParenteralEnteralSolutionBag, Bottle)
"""The resolved membership: own members, then those of the included groups, in order."""
