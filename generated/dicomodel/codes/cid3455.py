"""CID 3455 Index Method.

Extensible, version 20040614, UID 1.2.840.10008.6.1.101.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3455
NAME: Final[str] = "Index Method"
KEYWORD: Final[str | None] = "IndexMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.101"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20040614"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BSA: Final[Code] = Code("LN", "8277-6", "BSA", (3455,))
"""BSA (LN 8277-6)."""

BSA1Point219: Final[Code] = Code("DCM", "122572", "BSA^1.219", (3455,))
"""BSA^1.219 (DCM 122572)."""

MEMBERS: Final[tuple[Code, ...]] = (BSA, BSA1Point219)
"""The resolved membership: own members, then those of the included groups, in order."""
