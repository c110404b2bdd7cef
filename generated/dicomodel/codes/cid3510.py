"""CID 3510 Catheter Size Unit.

Extensible, version 20030327, UID 1.2.840.10008.6.1.135.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 3510
NAME: _Final[str] = "Catheter Size Unit"
KEYWORD: _Final[str | None] = "CatheterSizeUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.135"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

French: _Final[_Code] = _Code("UCUM", "[Ch]", "french", (3510,))
"""french (UCUM [Ch])."""

mm: _Final[_Code] = _Code("UCUM", "mm", "mm", (3510, 4267, 7063, 7460))
"""mm (UCUM mm)."""

MEMBERS: _Final[tuple[_Code, ...]] = (French, mm)
"""The resolved membership: own members, then those of the included groups, in order."""
