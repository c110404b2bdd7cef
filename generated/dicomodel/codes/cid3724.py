"""CID 3724 Smoking History.

Extensible, version 20070827, UID 1.2.840.10008.6.1.225.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3724
NAME: _Final[str] = "Smoking History"
KEYWORD: _Final[str | None] = "SmokingHistory"
UID: _Final[str | None] = "1.2.840.10008.6.1.225"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NoHistoryOfSmoking: _Final[_Code] = _Code("SCT", "266919005", "No History of Smoking", (3724,))
"""No History of Smoking (SCT 266919005)."""

CurrentSmoker: _Final[_Code] = _Code("SCT", "77176002", "Current Smoker", (3724,))
"""Current Smoker (SCT 77176002)."""

FormerSmoker: _Final[_Code] = _Code("SCT", "8517006", "Former Smoker", (3724,))
"""Former Smoker (SCT 8517006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NoHistoryOfSmoking, CurrentSmoker, FormerSmoker)
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
