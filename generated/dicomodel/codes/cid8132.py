"""CID 8132 Magnification Selection.

Extensible, version 20120605, UID 1.2.840.10008.6.1.949.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 8132
NAME: Final[str] = "Magnification Selection"
KEYWORD: Final[str | None] = "MagnificationSelection"
UID: Final[str | None] = "1.2.840.10008.6.1.949"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20120605"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

_5X: Final[Code] = Code("DCM", "112715", "5X", (8132,))
"""5X (DCM 112715)."""

_10X: Final[Code] = Code("DCM", "112716", "10X", (8132,))
"""10X (DCM 112716)."""

_20X: Final[Code] = Code("DCM", "112717", "20X", (8132,))
"""20X (DCM 112717)."""

_40X: Final[Code] = Code("DCM", "112718", "40X", (8132,))
"""40X (DCM 112718)."""

MEMBERS: Final[tuple[Code, ...]] = (_5X, _10X, _20X, _40X)
"""The resolved membership: own members, then those of the included groups, in order."""
