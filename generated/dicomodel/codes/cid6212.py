"""CID 6212 Calculated Value for Colon Finding.

Extensible, version 20090402, UID 1.2.840.10008.6.1.799.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6212
NAME: _Final[str] = "Calculated Value for Colon Finding"
KEYWORD: _Final[str | None] = "CalculatedValueForColonFinding"
UID: _Final[str | None] = "1.2.840.10008.6.1.799"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20090402"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

PolypStalkLength: _Final[_Code] = _Code("SCT", "395511002", "Polyp stalk length", (6212,))
"""Polyp stalk length (SCT 395511002)."""

PolypSizeLargestDimension: _Final[_Code] = _Code(
    "SCT", "373197004", "Polyp size, largest dimension", (6212,)
)
"""Polyp size, largest dimension (SCT 373197004)."""

PolypStalkWidth: _Final[_Code] = _Code("DCM", "112232", "Polyp stalk width", (6212,))
"""Polyp stalk width (DCM 112232)."""

DistanceFromAnus: _Final[_Code] = _Code("DCM", "112233", "Distance from anus", (6212,))
"""Distance from anus (DCM 112233)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    PolypStalkLength,
    PolypSizeLargestDimension,
    PolypStalkWidth,
    DistanceFromAnus,
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
