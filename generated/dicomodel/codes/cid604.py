"""CID 604 Device Reuse.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1069.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 604
NAME: _Final[str] = "Device Reuse"
KEYWORD: _Final[str | None] = "DeviceReuse"
UID: _Final[str | None] = "1.2.840.10008.6.1.1069"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Unused: _Final[_Code] = _Code("DCM", "127177", "Unused", (604,))
"""Unused (DCM 127177)."""

Reused: _Final[_Code] = _Code("DCM", "127178", "Reused", (604,))
"""Reused (DCM 127178)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Unused, Reused)
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
