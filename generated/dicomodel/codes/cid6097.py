"""CID 6097 Side of Family.

Extensible, version 20040112, UID 1.2.840.10008.6.1.419.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

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
