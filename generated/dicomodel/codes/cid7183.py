"""CID 7183 Abstract Multi-dimensional Image Model Dimension Unit.

Extensible, version 20100825, UID 1.2.840.10008.6.1.920.
Includes CID 7460.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7183
NAME: _Final[str] = "Abstract Multi-dimensional Image Model Dimension Unit"
KEYWORD: _Final[str | None] = "AbstractMultiDimensionalImageModelDimensionUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.920"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100825"
INCLUDES: _Final[tuple[int, ...]] = (7460,)
EXTERNAL_SCHEME: _Final[str | None] = None

Millisecond: _Final[_Code] = _Code("UCUM", "ms", "Millisecond", (7181, 7183))
"""Millisecond (UCUM ms)."""

Second: _Final[_Code] = _Code("UCUM", "s", "Second", (7181, 7183, 9557))
"""Second (UCUM s)."""

Degree: _Final[_Code] = _Code("UCUM", "deg", "Degree", (7183,))
"""Degree (UCUM deg)."""

Radian: _Final[_Code] = _Code("UCUM", "rad", "Radian", (7183,))
"""Radian (UCUM rad)."""

Centimeter: _Final[_Code] = _Code("UCUM", "cm", "centimeter", (7063, 7460))
"""centimeter (UCUM cm). Included from CID 7460."""

Millimeter: _Final[_Code] = _Code("UCUM", "mm", "millimeter", (3510, 4267, 7063, 7460))
"""millimeter (UCUM mm). Included from CID 7460."""

Micrometer: _Final[_Code] = _Code("UCUM", "um", "micrometer", (4260, 4267, 7063, 7460))
"""micrometer (UCUM um). Included from CID 7460."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Millisecond,
    Second,
    Degree,
    Radian,
    Centimeter,
    Millimeter,
    Micrometer,
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
