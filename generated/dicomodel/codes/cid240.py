"""CID 240 Present-Absent.

Non-extensible, version 20170914, UID 1.2.840.10008.6.1.35.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 240
NAME: _Final[str] = "Present-Absent"
KEYWORD: _Final[str | None] = "PresentAbsent"
UID: _Final[str | None] = "1.2.840.10008.6.1.35"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20170914"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Present: _Final[_Code] = _Code("SCT", "52101004", "Present", (240, 241))
"""Present (SCT 52101004)."""

Absent: _Final[_Code] = _Code("SCT", "272519000", "Absent", (240, 241))
"""Absent (SCT 272519000)."""

Undetermined: _Final[_Code] = _Code("SCT", "373068000", "Undetermined", (230, 240))
"""Undetermined (SCT 373068000)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Present, Absent, Undetermined)
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
