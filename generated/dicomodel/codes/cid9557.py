"""CID 9557 Tomotherapeutic Dosimeter Unit.

Non-extensible, version 20200117, UID 1.2.840.10008.6.1.1308.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9557
NAME: _Final[str] = "Tomotherapeutic Dosimeter Unit"
KEYWORD: _Final[str | None] = "TomotherapeuticDosimeterUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.1308"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20200117"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

S: _Final[_Code] = _Code("UCUM", "s", "s", (7181, 7183, 9557))
"""s (UCUM s)."""

MonitorUnits: _Final[_Code] = _Code("UCUM", "{MU}", "Monitor Units", (9552, 9557, 9559))
"""Monitor Units (UCUM {MU})."""

MEMBERS: _Final[tuple[_Code, ...]] = (S, MonitorUnits)
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
