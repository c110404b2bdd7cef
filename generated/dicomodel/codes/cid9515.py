"""CID 9515 RT Patient Support Device.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1225.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9515
NAME: _Final[str] = "RT Patient Support Device"
KEYWORD: _Final[str | None] = "RTPatientSupportDevice"
UID: _Final[str | None] = "1.2.840.10008.6.1.1225"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210906"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Table: _Final[_Code] = _Code("SCT", "86407004", "Table", (7158, 9515))
"""Table (SCT 86407004)."""

Chair: _Final[_Code] = _Code("SCT", "706699008", "Chair", (9515,))
"""Chair (SCT 706699008)."""

Stretcher: _Final[_Code] = _Code("SCT", "89149003", "Stretcher", (9515,))
"""Stretcher (SCT 89149003)."""

Wall: _Final[_Code] = _Code("SCT", "224727009", "Wall", (9515,))
"""Wall (SCT 224727009)."""

Floor: _Final[_Code] = _Code("SCT", "709280007", "Floor", (9515,))
"""Floor (SCT 709280007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Table, Chair, Stretcher, Wall, Floor)
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
