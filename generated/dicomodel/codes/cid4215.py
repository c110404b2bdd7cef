"""CID 4215 Ophthalmic Vertical Direction.

Extensible, version 20080124, UID 1.2.840.10008.6.1.801.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4215
NAME: _Final[str] = "Ophthalmic Vertical Direction"
KEYWORD: _Final[str | None] = "OphthalmicVerticalDirection"
UID: _Final[str | None] = "1.2.840.10008.6.1.801"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080124"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Up: _Final[_Code] = _Code("SCT", "255532002", "Up", (4215,))
"""Up (SCT 255532002)."""

Down: _Final[_Code] = _Code("SCT", "255518004", "Down", (4215,))
"""Down (SCT 255518004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Up, Down)
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
