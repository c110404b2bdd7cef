"""CID 7704 Limbic System Tract.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1016.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7704
NAME: _Final[str] = "Limbic System Tract"
KEYWORD: _Final[str | None] = "LimbicSystemTract"
UID: _Final[str | None] = "1.2.840.10008.6.1.1016"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150106"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Cingulum: _Final[_Code] = _Code("SCT", "37035000", "cingulum", (7153, 7704))
"""cingulum (SCT 37035000)."""

Fornix: _Final[_Code] = _Code("SCT", "87463005", "fornix", (7153, 7704))
"""fornix (SCT 87463005)."""

StriaTerminalis: _Final[_Code] = _Code("NEU", "286", "stria terminalis", (7704,))
"""stria terminalis (NEU 286)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Cingulum, Fornix, StriaTerminalis)
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
