"""CID 3806 Stenosis Shape.

Extensible, version 20051103, UID 1.2.840.10008.6.1.267.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3806
NAME: _Final[str] = "Stenosis Shape"
KEYWORD: _Final[str | None] = "StenosisShape"
UID: _Final[str | None] = "1.2.840.10008.6.1.267"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051103"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Concentric: _Final[_Code] = _Code("SCT", "255465008", "concentric", (3491, 3806))
"""concentric (SCT 255465008)."""

Eccentric: _Final[_Code] = _Code("SCT", "255380003", "eccentric", (3491, 3806))
"""eccentric (SCT 255380003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Concentric, Eccentric)
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
