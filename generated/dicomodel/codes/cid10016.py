"""CID 10016 Anode Target Material.

Extensible, version 20190817, UID 1.2.840.10008.6.1.548.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10016
NAME: _Final[str] = "Anode Target Material"
KEYWORD: _Final[str | None] = "AnodeTargetMaterial"
UID: _Final[str | None] = "1.2.840.10008.6.1.548"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20190817"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Molybdenum: _Final[_Code] = _Code("SCT", "71128006", "Molybdenum", (10006, 10016))
"""Molybdenum (SCT 71128006)."""

Rhodium: _Final[_Code] = _Code("SCT", "59801003", "Rhodium", (10006, 10016))
"""Rhodium (SCT 59801003)."""

Tungsten: _Final[_Code] = _Code("SCT", "26194003", "Tungsten", (10016,))
"""Tungsten (SCT 26194003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Molybdenum, Rhodium, Tungsten)
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
