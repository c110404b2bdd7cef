"""CID 252 S-M-L Size Descriptor.

Extensible, version 20080927, UID 1.2.840.10008.6.1.735.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 252
NAME: _Final[str] = "S-M-L Size Descriptor"
KEYWORD: _Final[str | None] = "SMLSizeDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.735"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Small: _Final[_Code] = _Code("SCT", "255507004", "Small", (252, 6118))
"""Small (SCT 255507004)."""

Medium: _Final[_Code] = _Code("SCT", "255508009", "Medium", (252, 6118))
"""Medium (SCT 255508009)."""

Large: _Final[_Code] = _Code("SCT", "255509001", "Large", (252, 6118))
"""Large (SCT 255509001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Small, Medium, Large)
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
