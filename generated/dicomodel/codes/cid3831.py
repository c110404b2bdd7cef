"""CID 3831 Stenosis Length.

Extensible, version 20051103, UID 1.2.840.10008.6.1.282.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 3831
NAME: _Final[str] = "Stenosis Length"
KEYWORD: _Final[str | None] = "StenosisLength"
UID: _Final[str | None] = "1.2.840.10008.6.1.282"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Long: _Final[_Code] = _Code("SCT", "255511005", "long", (3831,))
"""long (SCT 255511005)."""

Short: _Final[_Code] = _Code("SCT", "367450005", "short", (3831,))
"""short (SCT 367450005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Long, Short)
"""The resolved membership: own members, then those of the included groups, in order."""
