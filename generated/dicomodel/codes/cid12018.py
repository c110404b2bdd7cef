"""CID 12018 OB-GYN Summary.

Extensible, version 20030130, UID 1.2.840.10008.6.1.566.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12018
NAME: _Final[str] = "OB-GYN Summary"
KEYWORD: _Final[str | None] = "OBGYNSummary"
UID: _Final[str | None] = "1.2.840.10008.6.1.566"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030130"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NumberOfFetusesByUS: _Final[_Code] = _Code("LN", "11878-6", "Number of Fetuses by US", (12018,))
"""Number of Fetuses by US (LN 11878-6)."""

GestationalAgeByOvulationDate: _Final[_Code] = _Code(
    "LN", "11886-9", "Gestational Age by ovulation date", (12018,)
)
"""Gestational Age by ovulation date (LN 11886-9)."""

MEMBERS: _Final[tuple[_Code, ...]] = (NumberOfFetusesByUS, GestationalAgeByOvulationDate)
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
