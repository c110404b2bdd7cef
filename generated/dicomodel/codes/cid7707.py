"""CID 7707 Spinal Cord Fiber.

Extensible, version 20150106, UID 1.2.840.10008.6.1.1019.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7707
NAME: _Final[str] = "Spinal Cord Fiber"
KEYWORD: _Final[str | None] = "SpinalCordFiber"
UID: _Final[str | None] = "1.2.840.10008.6.1.1019"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150106"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DorsalFuniculus: _Final[_Code] = _Code("SCT", "59752008", "dorsal funiculus", (7707,))
"""dorsal funiculus (SCT 59752008)."""

VentralFuniculus: _Final[_Code] = _Code("SCT", "31701002", "ventral funiculus", (7707,))
"""ventral funiculus (SCT 31701002)."""

LateralFuniculus: _Final[_Code] = _Code("SCT", "14892003", "lateral funiculus", (7707,))
"""lateral funiculus (SCT 14892003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (DorsalFuniculus, VentralFuniculus, LateralFuniculus)
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
