"""CID 6119 Chest Border Shape.

Extensible, version 20030108, UID 1.2.840.10008.6.1.439.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6119
NAME: _Final[str] = "Chest Border Shape"
KEYWORD: _Final[str | None] = "ChestBorderShape"
UID: _Final[str | None] = "1.2.840.10008.6.1.439"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RoundShape: _Final[_Code] = _Code("SCT", "42700002", "Round shape", (6005, 6119, 6340))
"""Round shape (SCT 42700002)."""

Elliptic: _Final[_Code] = _Code("DCM", "112134", "Elliptic", (6119,))
"""Elliptic (DCM 112134)."""

Irregular: _Final[_Code] = _Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001)."""

Lobulated: _Final[_Code] = _Code("DCM", "112135", "Lobulated", (6119, 6340))
"""Lobulated (DCM 112135)."""

Spiculated: _Final[_Code] = _Code("DCM", "112136", "Spiculated", (6119,))
"""Spiculated (DCM 112136)."""

MEMBERS: _Final[tuple[_Code, ...]] = (RoundShape, Elliptic, Irregular, Lobulated, Spiculated)
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
