"""CID 12243 Left Ventricle Finding Site.

Extensible, version 20040614, UID 1.2.840.10008.6.1.634.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12243
NAME: _Final[str] = "Left Ventricle Finding Site"
KEYWORD: _Final[str | None] = "LeftVentricleFindingSite"
UID: _Final[str | None] = "1.2.840.10008.6.1.634"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricleOutflowTract: _Final[_Code] = _Code(
    "SCT",
    "13418002",
    "Left Ventricle Outflow Tract",
    (3010, 3011, 3609, 3610, 3701, 12223, 12243, 12280, 12305),
)
"""Left Ventricle Outflow Tract (SCT 13418002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (LeftVentricleOutflowTract,)
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
