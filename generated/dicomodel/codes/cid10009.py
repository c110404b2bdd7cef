"""CID 10009 Measured/Calculated.

Extensible, version 20051101, UID 1.2.840.10008.6.1.542.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10009
NAME: _Final[str] = "Measured/Calculated"
KEYWORD: _Final[str | None] = "MeasuredCalculated"
UID: _Final[str | None] = "1.2.840.10008.6.1.542"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20051101"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Measured: _Final[_Code] = _Code("SCT", "258104002", "Measured", (3627, 10009))
"""Measured (SCT 258104002)."""

Calculated: _Final[_Code] = _Code("SCT", "258090004", "Calculated", (3627, 3745, 10009))
"""Calculated (SCT 258090004)."""

Estimated: _Final[_Code] = _Code("SCT", "414135002", "Estimated", (3627, 3745, 6140, 10009))
"""Estimated (SCT 414135002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Measured, Calculated, Estimated)
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
