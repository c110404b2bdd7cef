"""CID 270 Observer Type.

Non-extensible, version 20040920, UID 1.2.840.10008.6.1.40.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 270
NAME: _Final[str] = "Observer Type"
KEYWORD: _Final[str | None] = "ObserverType"
UID: _Final[str | None] = "1.2.840.10008.6.1.40"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20040920"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Person: _Final[_Code] = _Code("DCM", "121006", "Person", (270,))
"""Person (DCM 121006)."""

Device: _Final[_Code] = _Code("DCM", "121007", "Device", (270,))
"""Device (DCM 121007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Person, Device)
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
