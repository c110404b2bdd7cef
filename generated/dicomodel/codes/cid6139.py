"""CID 6139 Non-lesion Modifier.

Extensible, version 20030108, UID 1.2.840.10008.6.1.459.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6139
NAME: _Final[str] = "Non-lesion Modifier"
KEYWORD: _Final[str | None] = "NonLesionModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.459"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Internal: _Final[_Code] = _Code("SCT", "260521003", "Internal", (2, 5, 6139))
"""Internal (SCT 260521003)."""

External: _Final[_Code] = _Code("SCT", "261074009", "External", (2, 5, 6139))
"""External (SCT 261074009)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Internal, External)
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
