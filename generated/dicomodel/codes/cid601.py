"""CID 601 Biosafety Level.

Extensible, version 20151110, UID 1.2.840.10008.6.1.1065.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 601
NAME: _Final[str] = "Biosafety Level"
KEYWORD: _Final[str | None] = "BiosafetyLevel"
UID: _Final[str | None] = "1.2.840.10008.6.1.1065"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20151110"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BiosafetyLevel1: _Final[_Code] = _Code("SCT", "409600007", "Biosafety level 1", (601,))
"""Biosafety level 1 (SCT 409600007)."""

BiosafetyLevel2: _Final[_Code] = _Code("SCT", "409603009", "Biosafety level 2", (601,))
"""Biosafety level 2 (SCT 409603009)."""

BiosafetyLevel3: _Final[_Code] = _Code("SCT", "409604003", "Biosafety level 3", (601,))
"""Biosafety level 3 (SCT 409604003)."""

BiosafetyLevel4: _Final[_Code] = _Code("SCT", "409605002", "Biosafety level 4", (601,))
"""Biosafety level 4 (SCT 409605002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BiosafetyLevel1,
    BiosafetyLevel2,
    BiosafetyLevel3,
    BiosafetyLevel4,
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
