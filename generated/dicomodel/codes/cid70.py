"""CID 70 Flush.

Extensible, version 20200310, UID 1.2.840.10008.6.1.1260.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 70
NAME: _Final[str] = "Flush"
KEYWORD: _Final[str | None] = "Flush"
UID: _Final[str | None] = "1.2.840.10008.6.1.1260"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200310"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Dextran: _Final[_Code] = _Code("SCT", "13132007", "Dextran", (10, 70))
"""Dextran (SCT 13132007)."""

Saline: _Final[_Code] = _Code("SCT", "373757009", "Saline", (70,))
"""Saline (SCT 373757009)."""

LactatedRingerS: _Final[_Code] = _Code("MSH", "D000077325", "Lactated Ringer's", (70,))
"""Lactated Ringer's (MSH D000077325)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Dextran, Saline, LactatedRingerS)
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
