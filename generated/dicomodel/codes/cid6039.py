"""CID 6039 Nipple Characteristic.

Extensible, version 20240611, UID 1.2.840.10008.6.1.369.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6039
NAME: _Final[str] = "Nipple Characteristic"
KEYWORD: _Final[str | None] = "NippleCharacteristic"
UID: _Final[str | None] = "1.2.840.10008.6.1.369"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20240611"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NormalShape: _Final[_Code] = _Code("SCT", "31842008", "Normal shape", (6039,))
"""Normal shape (SCT 31842008)."""

NippleRetraction: _Final[_Code] = _Code("SCT", "271955004", "Nipple retraction", (6039, 6056))
"""Nipple retraction (SCT 271955004)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NormalShape, NippleRetraction)
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
