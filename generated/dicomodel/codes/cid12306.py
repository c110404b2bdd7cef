"""CID 12306 Echo Flow Direction.

Non-extensible, version 20161109, UID 1.2.840.10008.6.1.1147.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12306
NAME: Final[str] = "Echo Flow Direction"
KEYWORD: Final[str | None] = "EchoFlowDirection"
UID: Final[str | None] = "1.2.840.10008.6.1.1147"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20161109"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AntegradeDirection: Final[Code] = Code("SCT", "263677008", "Antegrade Direction", (12221, 12306))
"""Antegrade Direction (SCT 263677008)."""

RetrogradeDirection: Final[Code] = Code("SCT", "312004007", "Retrograde Direction", (12221, 12306))
"""Retrograde Direction (SCT 312004007)."""

MEMBERS: Final[tuple[Code, ...]] = (AntegradeDirection, RetrogradeDirection)
"""The resolved membership: own members, then those of the included groups, in order."""
