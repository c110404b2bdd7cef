"""CID 3747 Percutaneous Closure.

Extensible, version 20030327, UID 1.2.840.10008.6.1.244.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3747
NAME: _Final[str] = "Percutaneous Closure"
KEYWORD: _Final[str | None] = "PercutaneousClosure"
UID: _Final[str | None] = "1.2.840.10008.6.1.244"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NoClosureDeviceUsedAtPercutaneousEntry: _Final[_Code] = _Code(
    "NCDR", "75-0", "No closure device used at percutaneous entry", (3747,)
)
"""No closure device used at percutaneous entry (NCDR 75-0)."""

PercutaneousEntryClosedBySuture: _Final[_Code] = _Code(
    "NCDR", "75-1", "Percutaneous entry closed by suture", (3747,)
)
"""Percutaneous entry closed by suture (NCDR 75-1)."""

PercutaneousEntryClosedBySealant: _Final[_Code] = _Code(
    "NCDR", "75-2", "Percutaneous entry closed by sealant", (3747,)
)
"""Percutaneous entry closed by sealant (NCDR 75-2)."""

PercutaneousEntryClosedByOtherMechanism: _Final[_Code] = _Code(
    "NCDR", "75-3", "Percutaneous entry closed by other mechanism", (3747,)
)
"""Percutaneous entry closed by other mechanism (NCDR 75-3)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NoClosureDeviceUsedAtPercutaneousEntry,
    PercutaneousEntryClosedBySuture,
    PercutaneousEntryClosedBySealant,
    PercutaneousEntryClosedByOtherMechanism,
)
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
