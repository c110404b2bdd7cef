"""CID 6097 Side of Family.

Extensible, version 20040112, UID 1.2.840.10008.6.1.419.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 6097
NAME: _Final[str] = "Side of Family"
KEYWORD: _Final[str | None] = "SideOfFamily"
UID: _Final[str | None] = "1.2.840.10008.6.1.419"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Maternal: _Final[_Code] = _Code("DCM", "111541", "Maternal", (6097,))
"""Maternal (DCM 111541)."""

Paternal: _Final[_Code] = _Code("SCT", "224944003", "Paternal", (6097,))
"""Paternal (SCT 224944003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Maternal, Paternal)
"""The resolved membership: own members, then those of the included groups, in order."""
