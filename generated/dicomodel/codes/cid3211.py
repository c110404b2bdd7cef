"""CID 3211 BP Response.

Extensible, version 20080927, UID 1.2.840.10008.6.1.766.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3211
NAME: _Final[str] = "BP Response"
KEYWORD: _Final[str | None] = "BPResponse"
UID: _Final[str | None] = "1.2.840.10008.6.1.766"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Normal: _Final[_Code] = _Code("SCT", "17621005", "normal", (222, 242, 3119, 3210, 3211, 7165, 7169))
"""normal (SCT 17621005)."""

Hypotensive: _Final[_Code] = _Code("SCT", "45007003", "Hypotensive", (60, 3211))
"""Hypotensive (SCT 45007003)."""

Hypertensive: _Final[_Code] = _Code(
    "SCT", "38341003", "Hypertensive", (60, 3201, 3211, 3640, 12246)
)
"""Hypertensive (SCT 38341003)."""

Blunted: _Final[_Code] = _Code("SCT", "428247006", "blunted", (3210, 3211))
"""blunted (SCT 428247006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Normal, Hypotensive, Hypertensive, Blunted)
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
