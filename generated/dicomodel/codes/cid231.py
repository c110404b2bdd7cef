"""CID 231 Yes-No Only.

Non-extensible, version 20151110, UID 1.2.840.10008.6.1.1064.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 231
NAME: _Final[str] = "Yes-No Only"
KEYWORD: _Final[str | None] = "YesNoOnly"
UID: _Final[str | None] = "1.2.840.10008.6.1.1064"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Yes: _Final[_Code] = _Code("SCT", "373066001", "Yes", (230, 231, 10072))
"""Yes (SCT 373066001)."""

No: _Final[_Code] = _Code("SCT", "373067005", "No", (230, 231))
"""No (SCT 373067005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Yes, No)
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
