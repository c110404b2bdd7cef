"""CID 3681 ECG Lead Noise Modifier (Retired).

no type given.
Retired.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3681
NAME: Final[str] = "ECG Lead Noise Modifier (Retired)"
KEYWORD: Final[str | None] = None
UID: Final[str | None] = None
EXTENSIBLE: Final[bool | None] = None
VERSION: Final[str | None] = None
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MEMBERS: Final[tuple[Code, ...]] = ()
"""The resolved membership: own members, then those of the included groups, in order."""
