"""CID 3723 MI Type.

Extensible, version 20070827, UID 1.2.840.10008.6.1.224.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3723
NAME: _Final[str] = "MI Type"
KEYWORD: _Final[str | None] = "MIType"
UID: _Final[str | None] = "1.2.840.10008.6.1.224"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

NonSTElevationMyocardialInfarction: _Final[_Code] = _Code(
    "SCT", "401314000", "Non ST Elevation Myocardial Infarction", (3723,)
)
"""Non ST Elevation Myocardial Infarction (SCT 401314000)."""

STElevationMyocardialInfarction: _Final[_Code] = _Code(
    "SCT", "401303003", "ST Elevation Myocardial Infarction", (3723,)
)
"""ST Elevation Myocardial Infarction (SCT 401303003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    NonSTElevationMyocardialInfarction,
    STElevationMyocardialInfarction,
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
