"""CID 7490 Research Animal Source Registry.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1063.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7490
NAME: Final[str] = "Research Animal Source Registry"
KEYWORD: Final[str | None] = "ResearchAnimalSourceRegistry"
UID: Final[str | None] = "1.2.840.10008.6.1.1063"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20151110"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ILCR: Final[Code] = Code("DCM", "126850", "ILCR", (7490,))
"""ILCR (DCM 126850)."""

MEMBERS: Final[tuple[Code, ...]] = (ILCR,)
"""The resolved membership: own members, then those of the included groups, in order."""
