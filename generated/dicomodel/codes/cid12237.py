"""CID 12237 Echocardiography Anatomic Site Modifier.

Extensible, version 20030918, UID 1.2.840.10008.6.1.628.
Includes CID 12219.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12237
NAME: _Final[str] = "Echocardiography Anatomic Site Modifier"
KEYWORD: _Final[str | None] = "EchocardiographyAnatomicSiteModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.628"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030918"
INCLUDES: _Final[tuple[int, ...]] = (12219,)
EXTERNAL_SCHEME: _Final[str | None] = None

RightUpperSegment: _Final[_Code] = _Code("SCT", "255499006", "Right Upper Segment", (12219,))
"""Right Upper Segment (SCT 255499006). Included from CID 12219."""

RightLowerSegment: _Final[_Code] = _Code("SCT", "255496004", "Right Lower Segment", (12219,))
"""Right Lower Segment (SCT 255496004). Included from CID 12219."""

LeftUpperSegment: _Final[_Code] = _Code("SCT", "255482005", "Left Upper Segment", (12219,))
"""Left Upper Segment (SCT 255482005). Included from CID 12219."""

LeftLowerSegment: _Final[_Code] = _Code("SCT", "264068005", "Left Lower Segment", (12219,))
"""Left Lower Segment (SCT 264068005). Included from CID 12219."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RightUpperSegment,
    RightLowerSegment,
    LeftUpperSegment,
    LeftLowerSegment,
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
