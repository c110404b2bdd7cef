"""CID 8132 Magnification Selection.

Extensible, version 20120605, UID 1.2.840.10008.6.1.949.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 8132
NAME: _Final[str] = "Magnification Selection"
KEYWORD: _Final[str | None] = "MagnificationSelection"
UID: _Final[str | None] = "1.2.840.10008.6.1.949"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20120605"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V5X: _Final[_Code] = _Code("DCM", "112715", "5X", (8132,))
"""5X (DCM 112715)."""

V10X: _Final[_Code] = _Code("DCM", "112716", "10X", (8132,))
"""10X (DCM 112716)."""

V20X: _Final[_Code] = _Code("DCM", "112717", "20X", (8132,))
"""20X (DCM 112717)."""

V40X: _Final[_Code] = _Code("DCM", "112718", "40X", (8132,))
"""40X (DCM 112718)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_5X: _Final[_Code] = V5X
_10X: _Final[_Code] = V10X
_20X: _Final[_Code] = V20X
_40X: _Final[_Code] = V40X

MEMBERS: _Final[tuple[_Code, ...]] = (V5X, V10X, V20X, V40X)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
