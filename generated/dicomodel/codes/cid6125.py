"""CID 6125 General Chest Location.

Extensible, version 20030108, UID 1.2.840.10008.6.1.445.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6125
NAME: _Final[str] = "General Chest Location"
KEYWORD: _Final[str | None] = "GeneralChestLocation"
UID: _Final[str | None] = "1.2.840.10008.6.1.445"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030108"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Central: _Final[_Code] = _Code("SCT", "26216008", "Central", (2, 5, 212, 4005, 6125))
"""Central (SCT 26216008)."""

Peripheral: _Final[_Code] = _Code("SCT", "14414005", "Peripheral", (2, 5, 6125))
"""Peripheral (SCT 14414005)."""

Apical: _Final[_Code] = _Code("SCT", "43674008", "Apical", (2, 5, 6125))
"""Apical (SCT 43674008)."""

Basal: _Final[_Code] = _Code("SCT", "57195005", "Basal", (2, 6125))
"""Basal (SCT 57195005)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Central, Peripheral, Apical, Basal)
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
