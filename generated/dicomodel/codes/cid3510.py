"""CID 3510 Catheter Size Unit.

Extensible, version 20030327, UID 1.2.840.10008.6.1.135.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
