"""CID 7460 Linear Measurement Unit.

Extensible, version 20020904, UID 1.2.840.10008.6.1.521.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7460
NAME: _Final[str] = "Linear Measurement Unit"
KEYWORD: _Final[str | None] = "LinearMeasurementUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.521"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Centimeter: _Final[_Code] = _Code("UCUM", "cm", "centimeter", (7063, 7460))
"""centimeter (UCUM cm)."""

Millimeter: _Final[_Code] = _Code("UCUM", "mm", "millimeter", (3510, 4267, 7063, 7460))
"""millimeter (UCUM mm)."""

Micrometer: _Final[_Code] = _Code("UCUM", "um", "micrometer", (4260, 4267, 7063, 7460))
"""micrometer (UCUM um)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Centimeter, Millimeter, Micrometer)
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
