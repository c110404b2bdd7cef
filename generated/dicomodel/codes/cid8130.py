"""CID 8130 Staining Protocol.

Extensible, version 20230630, UID 1.2.840.10008.6.1.944.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8130
NAME: _Final[str] = "Staining Protocol"
KEYWORD: _Final[str | None] = "StainingProtocol"
UID: _Final[str | None] = "1.2.840.10008.6.1.944"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Staining: _Final[_Code] = _Code("SCT", "127790008", "Staining", (8111, 8130))
"""Staining (SCT 127790008)."""

HematoxylinAndEosinStainMethod: _Final[_Code] = _Code(
    "SCT", "104210008", "Hematoxylin and eosin stain method", (8130,)
)
"""Hematoxylin and eosin stain method (SCT 104210008)."""

AcidFastStainMethod: _Final[_Code] = _Code("SCT", "67122001", "Acid fast stain method", (8130,))
"""Acid fast stain method (SCT 67122001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Staining, HematoxylinAndEosinStainMethod, AcidFastStainMethod)
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
