"""CID 12123 Carotid Ratio.

Extensible, version 20030327, UID 1.2.840.10008.6.1.589.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12123
NAME: Final[str] = "Carotid Ratio"
KEYWORD: Final[str | None] = "CarotidRatio"
UID: Final[str | None] = "1.2.840.10008.6.1.589"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20030327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ICACCAVelocityRatio: Final[Code] = Code("LN", "33868-1", "ICA/CCA velocity ratio", (12123,))
"""ICA/CCA velocity ratio (LN 33868-1)."""

MEMBERS: Final[tuple[Code, ...]] = (ICACCAVelocityRatio,)
"""The resolved membership: own members, then those of the included groups, in order."""
