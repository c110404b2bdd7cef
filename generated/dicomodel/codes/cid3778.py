"""CID 3778 Stage.

Extensible, version 20081027, UID 1.2.840.10008.6.1.638.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3778
NAME: Final[str] = "Stage"
KEYWORD: Final[str | None] = "Stage"
UID: Final[str | None] = "1.2.840.10008.6.1.638"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20081027"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Stage0: Final[Code] = Code("SCT", "261613009", "Stage 0", (3778,))
"""Stage 0 (SCT 261613009)."""

Stage1: Final[Code] = Code("SCT", "258215001", "Stage 1", (3778,))
"""Stage 1 (SCT 258215001)."""

Stage2: Final[Code] = Code("SCT", "258219007", "Stage 2", (3778,))
"""Stage 2 (SCT 258219007)."""

Stage3: Final[Code] = Code("SCT", "258224005", "Stage 3", (3778,))
"""Stage 3 (SCT 258224005)."""

Stage4: Final[Code] = Code("SCT", "258228008", "Stage 4", (3778,))
"""Stage 4 (SCT 258228008)."""

Stage5: Final[Code] = Code("SCT", "261617005", "Stage 5", (3778,))
"""Stage 5 (SCT 261617005)."""

MEMBERS: Final[tuple[Code, ...]] = (Stage0, Stage1, Stage2, Stage3, Stage4, Stage5)
"""The resolved membership: own members, then those of the included groups, in order."""
