"""CID 3500 Pressure Unit.

Non-extensible, version 20030327, UID 1.2.840.10008.6.1.132.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3500
NAME: _Final[str] = "Pressure Unit"
KEYWORD: _Final[str | None] = "PressureUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.132"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Mmhg: _Final[_Code] = _Code("UCUM", "mm[Hg]", "mmHg", (3500,))
"""mmHg (UCUM mm[Hg])."""

Kpa: _Final[_Code] = _Code("UCUM", "kPa", "kPa", (3500,))
"""kPa (UCUM kPa)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Mmhg, Kpa)
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
