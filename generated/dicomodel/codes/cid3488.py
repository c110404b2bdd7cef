"""CID 3488 Min/Max/Mean.

Extensible, version 20040614, UID 1.2.840.10008.6.1.123.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3488
NAME: _Final[str] = "Min/Max/Mean"
KEYWORD: _Final[str | None] = "MinMaxMean"
UID: _Final[str | None] = "1.2.840.10008.6.1.123"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Maximum: _Final[_Code] = _Code("SCT", "56851009", "Maximum", (3488, 12301))
"""Maximum (SCT 56851009)."""

Minimum: _Final[_Code] = _Code("SCT", "255605001", "Minimum", (3488, 12301))
"""Minimum (SCT 255605001)."""

Mean: _Final[_Code] = _Code("SCT", "373098007", "Mean", (226, 3488, 3627, 3676))
"""Mean (SCT 373098007)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Maximum, Minimum, Mean)
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
