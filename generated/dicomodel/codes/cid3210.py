"""CID 3210 Speed of Response.

Extensible, version 20080927, UID 1.2.840.10008.6.1.765.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3210
NAME: _Final[str] = "Speed of Response"
KEYWORD: _Final[str | None] = "ResponseSpeed"
UID: _Final[str | None] = "1.2.840.10008.6.1.765"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Normal: _Final[_Code] = _Code("SCT", "17621005", "normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""normal (SCT 17621005)."""

Accentuated: _Final[_Code] = _Code("SCT", "428691001", "accentuated", (3210,))
"""accentuated (SCT 428691001)."""

Blunted: _Final[_Code] = _Code("SCT", "428247006", "blunted", (3210, 3211))
"""blunted (SCT 428247006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Normal, Accentuated, Blunted)
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
