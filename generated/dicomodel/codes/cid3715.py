"""CID 3715 Lesion Margin.

Extensible, version 20050614, UID 1.2.840.10008.6.1.216.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3715
NAME: _Final[str] = "Lesion Margin"
KEYWORD: _Final[str | None] = "LesionMargin"
UID: _Final[str | None] = "1.2.840.10008.6.1.216"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20050614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Smooth: _Final[_Code] = _Code("SCT", "82280004", "Smooth", (3715,))
"""Smooth (SCT 82280004)."""

Irregular: _Final[_Code] = _Code("SCT", "49608001", "Irregular", (3715, 6005, 6119, 6340, 6342))
"""Irregular (SCT 49608001)."""

MultipleIrregularities: _Final[_Code] = _Code(
    "SCT", "371922008", "Multiple Irregularities", (3715,)
)
"""Multiple Irregularities (SCT 371922008)."""

Ulcerative: _Final[_Code] = _Code("SCT", "255321001", "Ulcerative", (3715,))
"""Ulcerative (SCT 255321001)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Smooth, Irregular, MultipleIrregularities, Ulcerative)
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
