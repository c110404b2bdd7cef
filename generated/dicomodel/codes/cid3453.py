"""CID 3453 Cardiac Volume Method.

Extensible, version 20040614, UID 1.2.840.10008.6.1.100.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3453
NAME: _Final[str] = "Cardiac Volume Method"
KEYWORD: _Final[str | None] = "CardiacVolumeMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.100"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AreaLengthKennedy: _Final[_Code] = _Code("DCM", "122558", "Area Length Kennedy", (3453,))
"""Area Length Kennedy (DCM 122558)."""

AreaLengthDodge: _Final[_Code] = _Code("DCM", "122559", "Area Length Dodge", (3453,))
"""Area Length Dodge (DCM 122559)."""

AreaLengthWynne: _Final[_Code] = _Code("DCM", "122560", "Area Length Wynne", (3453,))
"""Area Length Wynne (DCM 122560)."""

MultipleSlices: _Final[_Code] = _Code("DCM", "122562", "Multiple Slices", (3453,))
"""Multiple Slices (DCM 122562)."""

Boak: _Final[_Code] = _Code("DCM", "122563", "Boak", (3453,))
"""Boak (DCM 122563)."""

TSPyramid: _Final[_Code] = _Code("DCM", "122564", "TS Pyramid", (3453,))
"""TS Pyramid (DCM 122564)."""

TwoChamber: _Final[_Code] = _Code("DCM", "122565", "Two Chamber", (3453,))
"""Two Chamber (DCM 122565)."""

Parallelepiped: _Final[_Code] = _Code("DCM", "122566", "Parallelepiped", (3453,))
"""Parallelepiped (DCM 122566)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    AreaLengthKennedy,
    AreaLengthDodge,
    AreaLengthWynne,
    MultipleSlices,
    Boak,
    TSPyramid,
    TwoChamber,
    Parallelepiped,
)
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
