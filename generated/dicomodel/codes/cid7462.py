"""CID 7462 Volume Measurement Unit.

Extensible, version 20020904, UID 1.2.840.10008.6.1.523.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7462
NAME: _Final[str] = "Volume Measurement Unit"
KEYWORD: _Final[str | None] = "VolumeMeasurementUnit"
UID: _Final[str | None] = "1.2.840.10008.6.1.523"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20020904"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CubicDecimeter: _Final[_Code] = _Code("UCUM", "dm3", "cubic decimeter", (7462,))
"""cubic decimeter (UCUM dm3)."""

CubicCentimeter: _Final[_Code] = _Code("UCUM", "cm3", "cubic centimeter", (7462,))
"""cubic centimeter (UCUM cm3)."""

CubicMillimeter: _Final[_Code] = _Code("UCUM", "mm3", "cubic millimeter", (7462,))
"""cubic millimeter (UCUM mm3)."""

CubicMicrometer: _Final[_Code] = _Code("UCUM", "um3", "cubic micrometer", (7462,))
"""cubic micrometer (UCUM um3)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CubicDecimeter,
    CubicCentimeter,
    CubicMillimeter,
    CubicMicrometer,
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
