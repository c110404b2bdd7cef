"""CID 3806 Stenosis Shape.

Extensible, version 20051103, UID 1.2.840.10008.6.1.267.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3806
NAME: Final[str] = "Stenosis Shape"
KEYWORD: Final[str | None] = "StenosisShape"
UID: Final[str | None] = "1.2.840.10008.6.1.267"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20051103"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Concentric: Final[Code] = Code("SCT", "255465008", "concentric", (3491, 3806))
"""concentric (SCT 255465008)."""

Eccentric: Final[Code] = Code("SCT", "255380003", "eccentric", (3491, 3806))
"""eccentric (SCT 255380003)."""

MEMBERS: Final[tuple[Code, ...]] = (Concentric, Eccentric)
"""The resolved membership: own members, then those of the included groups, in order."""
