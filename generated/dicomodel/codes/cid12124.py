"""CID 12124 Renal Ratio.

Extensible, version 20030327, UID 1.2.840.10008.6.1.590.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12124
NAME: Final[str] = "Renal Ratio"
KEYWORD: Final[str | None] = "RenalRatio"
UID: Final[str | None] = "1.2.840.10008.6.1.590"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RenalArteryAortaVelocityRatio: Final[Code] = Code(
    "LN", "33869-9", "Renal Artery/Aorta velocity ratio", (12124,)
)
"""Renal Artery/Aorta velocity ratio (LN 33869-9)."""

MEMBERS: Final[tuple[Code, ...]] = (RenalArteryAortaVelocityRatio,)
"""The resolved membership: own members, then those of the included groups, in order."""
