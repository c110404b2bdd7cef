"""CID 7490 Research Animal Source Registry.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1063.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 7490
NAME: _Final[str] = "Research Animal Source Registry"
KEYWORD: _Final[str | None] = "ResearchAnimalSourceRegistry"
UID: _Final[str | None] = "1.2.840.10008.6.1.1063"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ILCR: _Final[_Code] = _Code("DCM", "126850", "ILCR", (7490,))
"""ILCR (DCM 126850)."""

MEMBERS: _Final[tuple[_Code, ...]] = (ILCR,)
"""The resolved membership: own members, then those of the included groups, in order."""
