"""CID 7461 Area Measurement Unit.

Extensible, version 20020904, UID 1.2.840.10008.6.1.522.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7461
NAME: _Final[str] = "Area Measurement Unit"
KEYWORD: _Final[str | None] = "AreaMeasurementUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.522"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SquareCentimeter: _Final[_Code] = _Code("UCUM", "cm2", "square centimeter", (84, 7461))
"""square centimeter (UCUM cm2)."""

SquareMillimeter: _Final[_Code] = _Code("UCUM", "mm2", "square millimeter", (7461,))
"""square millimeter (UCUM mm2)."""

SquareMicrometer: _Final[_Code] = _Code("UCUM", "um2", "square micrometer", (7461,))
"""square micrometer (UCUM um2)."""

MEMBERS: _Final[tuple[_Code, ...]] = (SquareCentimeter, SquareMillimeter, SquareMicrometer)
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
