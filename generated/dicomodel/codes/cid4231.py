"""CID 4231 Lens Status.

Extensible, version 20230630, UID 1.2.840.10008.6.1.877.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4231
NAME: _Final[str] = "Lens Status"
KEYWORD: _Final[str | None] = "LensStatus"
UID: _Final[str | None] = "1.2.840.10008.6.1.877"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20230630"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Aphakic: _Final[_Code] = _Code("SCT", "24010005", "Aphakic", (4231,))
"""Aphakic (SCT 24010005)."""

CrystallineLens: _Final[_Code] = _Code("SCT", "247049005", "Crystalline lens", (4231,))
"""Crystalline lens (SCT 247049005)."""

PhakicIOL: _Final[_Code] = _Code("SCT", "397559001", "Phakic IOL", (4231,))
"""Phakic IOL (SCT 397559001)."""

PiggybackIOL: _Final[_Code] = _Code("SCT", "370951003", "Piggyback IOL", (4231,))
"""Piggyback IOL (SCT 370951003)."""

Pseudophakia: _Final[_Code] = _Code("SCT", "309523001", "Pseudophakia", (4231,))
"""Pseudophakia (SCT 309523001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Aphakic,
    CrystallineLens,
    PhakicIOL,
    PiggybackIOL,
    Pseudophakia,
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
