"""CID 10072 Reported Value Type.

Non-extensible, version 20210328, UID 1.2.840.10008.6.1.1362.
Includes CID 3488.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 10072
NAME: _Final[str] = "Reported Value Type"
KEYWORD: _Final[str | None] = "ReportedValueType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1362"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20210328"
INCLUDES: _Final[tuple[int, ...]] = (3488,)
EXTERNAL_SCHEME: _Final[str | None] = None

Yes: _Final[_Code] = _Code("SCT", "373066001", "Yes", (230, 231, 10072))
"""Yes (SCT 373066001)."""

Median: _Final[_Code] = _Code("SCT", "373099004", "Median", (226, 3627, 3676, 7464, 10072))
"""Median (SCT 373099004)."""

Mode: _Final[_Code] = _Code("SCT", "373100007", "Mode", (3627, 7464, 10072))
"""Mode (SCT 373100007)."""

Nominal: _Final[_Code] = _Code("SCT", "117362005", "Nominal", (10072,))
"""Nominal (SCT 117362005)."""

Maximum: _Final[_Code] = _Code("SCT", "56851009", "Maximum", (3488, 12301))
"""Maximum (SCT 56851009). Included from CID 3488."""

Minimum: _Final[_Code] = _Code("SCT", "255605001", "Minimum", (3488, 12301))
"""Minimum (SCT 255605001). Included from CID 3488."""

Mean: _Final[_Code] = _Code("SCT", "373098007", "Mean", (226, 3488, 3627, 3676))
"""Mean (SCT 373098007). Included from CID 3488."""

MEMBERS: _Final[tuple[_Code, ...]] = (Yes, Median, Mode, Nominal, Maximum, Minimum, Mean)
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
