"""CID 3082 Cardiology Measurement Unit (Retired).

no type given, UID 1.2.840.10008.6.1.50.
Retired.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3082
NAME: _Final[str] = "Cardiology Measurement Unit (Retired)"
KEYWORD: _Final[str | None] = None
UID: _Final[str | None] = "1.2.840.10008.6.1.50"
EXTENSIBLE: _Final[bool | None] = None
VERSION: _Final[str | None] = None
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MEMBERS: _Final[tuple[_Code, ...]] = ()
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
