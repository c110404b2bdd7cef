"""CID 8132 Magnification Selection.

Extensible, version 20120605, UID 1.2.840.10008.6.1.949.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 8132
NAME: _Final[str] = "Magnification Selection"
KEYWORD: _Final[str | None] = "MagnificationSelection"
UID: _Final[str | None] = "1.2.840.10008.6.1.949"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20120605"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

_5X: _Final[_Code] = _Code("DCM", "112715", "5X", (8132,))
"""5X (DCM 112715)."""

_10X: _Final[_Code] = _Code("DCM", "112716", "10X", (8132,))
"""10X (DCM 112716)."""

_20X: _Final[_Code] = _Code("DCM", "112717", "20X", (8132,))
"""20X (DCM 112717)."""

_40X: _Final[_Code] = _Code("DCM", "112718", "40X", (8132,))
"""40X (DCM 112718)."""

MEMBERS: _Final[tuple[_Code, ...]] = (_5X, _10X, _20X, _40X)
"""The resolved membership: own members, then those of the included groups, in order."""
