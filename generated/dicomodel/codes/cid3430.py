"""CID 3430 DateTime Qualifier.

Extensible, version 20030327, UID 1.2.840.10008.6.1.92.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3430
NAME: _Final[str] = "DateTime Qualifier"
KEYWORD: _Final[str | None] = "DateTimeQualifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.92"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DatetimeUnsynchronized: _Final[_Code] = _Code("DCM", "121136", "DateTime Unsynchronized", (3430,))
"""DateTime Unsynchronized (DCM 121136)."""

DatetimeEstimated: _Final[_Code] = _Code("DCM", "121137", "DateTime Estimated", (3430,))
"""DateTime Estimated (DCM 121137)."""

MEMBERS: _Final[tuple[_Code, ...]] = (DatetimeUnsynchronized, DatetimeEstimated)
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
