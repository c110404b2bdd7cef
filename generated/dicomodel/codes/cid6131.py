"""CID 6131 Chest Texture Descriptor.

Extensible, version 20030108, UID 1.2.840.10008.6.1.451.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6131
NAME: _Final[str] = "Chest Texture Descriptor"
KEYWORD: _Final[str | None] = "ChestTextureDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.451"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Homogeneous: _Final[_Code] = _Code("DCM", "112160", "Homogeneous", (6131, 6344))
"""Homogeneous (DCM 112160)."""

Inhomogeneous: _Final[_Code] = _Code("DCM", "112161", "Inhomogeneous", (6131,))
"""Inhomogeneous (DCM 112161)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Homogeneous, Inhomogeneous)
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
