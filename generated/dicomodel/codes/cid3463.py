"""CID 3463 Ventricle Identification.

Extensible, version 20080927, UID 1.2.840.10008.6.1.786.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3463
NAME: _Final[str] = "Ventricle Identification"
KEYWORD: _Final[str | None] = "VentricleIdentification"
UID: _Final[str | None] = "1.2.840.10008.6.1.786"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20080927"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LeftVentricle: _Final[_Code] = _Code(
    "SCT",
    "87878005",
    "Left Ventricle",
    (3010, 3011, 3462, 3463, 3609, 7152, 12223, 12287, 12288, 12305),
)
"""Left Ventricle (SCT 87878005)."""

RightVentricle: _Final[_Code] = _Code(
    "SCT", "53085002", "Right Ventricle", (3010, 3011, 3462, 3463, 3609, 7152, 12287, 12288, 12305)
)
"""Right Ventricle (SCT 53085002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (LeftVentricle, RightVentricle)
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
