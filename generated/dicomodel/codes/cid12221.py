"""CID 12221 Flow Direction.

Extensible, version 20100317, UID 1.2.840.10008.6.1.613.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12221
NAME: Final[str] = "Flow Direction"
KEYWORD: Final[str | None] = "FlowDirection"
UID: Final[str | None] = "1.2.840.10008.6.1.613"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20100317"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AntegradeFlow: Final[Code] = Code("SCT", "263677008", "Antegrade Flow", (12221, 12306))
"""Antegrade Flow (SCT 263677008)."""

RetrogradeFlow: Final[Code] = Code("SCT", "312004007", "Retrograde Flow", (12221, 12306))
"""Retrograde Flow (SCT 312004007)."""

RegurgitantFlow: Final[Code] = Code("SCT", "397417004", "Regurgitant Flow", (12221,))
"""Regurgitant Flow (SCT 397417004)."""

LeftToRightCardiovascularShunt: Final[Code] = Code(
    "SCT", "66130006", "Left to right cardiovascular shunt", (12221,)
)
"""Left to right cardiovascular shunt (SCT 66130006)."""

RightToLeftCardiovascularShunt: Final[Code] = Code(
    "SCT", "79692001", "Right to left cardiovascular shunt", (12221,)
)
"""Right to left cardiovascular shunt (SCT 79692001)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AntegradeFlow,
    RetrogradeFlow,
    RegurgitantFlow,
    LeftToRightCardiovascularShunt,
    RightToLeftCardiovascularShunt,
)
"""The resolved membership: own members, then those of the included groups, in order."""
