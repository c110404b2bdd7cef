"""CID 12237 Echocardiography Anatomic Site Modifier.

Extensible, version 20030918, UID 1.2.840.10008.6.1.628.
Includes CID 12219.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12237
NAME: Final[str] = "Echocardiography Anatomic Site Modifier"
KEYWORD: Final[str | None] = "EchocardiographyAnatomicSiteModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.628"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030918"
INCLUDES: Final[tuple[int, ...]] = (12219,)
EXTERNAL_SCHEME: Final[str | None] = None

RightUpperSegment: Final[Code] = Code("SCT", "255499006", "Right Upper Segment", (12219,))
"""Right Upper Segment (SCT 255499006). Included from CID 12219."""

RightLowerSegment: Final[Code] = Code("SCT", "255496004", "Right Lower Segment", (12219,))
"""Right Lower Segment (SCT 255496004). Included from CID 12219."""

LeftUpperSegment: Final[Code] = Code("SCT", "255482005", "Left Upper Segment", (12219,))
"""Left Upper Segment (SCT 255482005). Included from CID 12219."""

LeftLowerSegment: Final[Code] = Code("SCT", "264068005", "Left Lower Segment", (12219,))
"""Left Lower Segment (SCT 264068005). Included from CID 12219."""

MEMBERS: Final[tuple[Code, ...]] = (
    RightUpperSegment,
    RightLowerSegment,
    LeftUpperSegment,
    LeftLowerSegment,
)
"""The resolved membership: own members, then those of the included groups, in order."""
