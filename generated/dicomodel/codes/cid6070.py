"""CID 6070 Bloom-Richardson Histologic Grade.

Extensible, version 20040112, UID 1.2.840.10008.6.1.399.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 6070
NAME: _Final[str] = "Bloom-Richardson Histologic Grade"
KEYWORD: _Final[str | None] = "BloomRichardsonHistologicGrade"
UID: _Final[str | None] = "1.2.840.10008.6.1.399"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040112"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Grade1WellDifferentiated: _Final[_Code] = _Code(
    "SCT", "54102005", "Grade 1: well differentiated", (6070,)
)
"""Grade 1: well differentiated (SCT 54102005)."""

Grade2ModeratelyDifferentiated: _Final[_Code] = _Code(
    "SCT", "1663004", "Grade 2: moderately differentiated", (6070,)
)
"""Grade 2: moderately differentiated (SCT 1663004)."""

Grade3PoorlyDifferentiated: _Final[_Code] = _Code(
    "SCT", "61026006", "Grade 3: poorly differentiated", (6070,)
)
"""Grade 3: poorly differentiated (SCT 61026006)."""

Grade4Undifferentiated: _Final[_Code] = _Code(
    "SCT", "258245003", "Grade 4: undifferentiated", (6070,)
)
"""Grade 4: undifferentiated (SCT 258245003)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Grade1WellDifferentiated,
    Grade2ModeratelyDifferentiated,
    Grade3PoorlyDifferentiated,
    Grade4Undifferentiated,
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
