"""CID 3642 Degree Finding.

Extensible, version 20040920, UID 1.2.840.10008.6.1.178.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3642
NAME: _Final[str] = "Degree Finding"
KEYWORD: _Final[str | None] = "DegreeFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.178"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040920"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Decreased: _Final[_Code] = _Code("SCT", "1250004", "Decreased", (3642,))
"""Decreased (SCT 1250004)."""

Elevated: _Final[_Code] = _Code("SCT", "75540009", "Elevated", (75, 3642))
"""Elevated (SCT 75540009)."""

SeverelyElevated: _Final[_Code] = _Code("SCT", "260360000", "Severely Elevated", (3642,))
"""Severely Elevated (SCT 260360000)."""

NormalRange: _Final[_Code] = _Code("SCT", "260395002", "Normal Range", (3642,))
"""Normal Range (SCT 260395002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Decreased, Elevated, SeverelyElevated, NormalRange)
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
