"""CID 7473 General Area Calculation Method.

Extensible, version 20070827, UID 1.2.840.10008.6.1.527.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7473
NAME: _Final[str] = "General Area Calculation Method"
KEYWORD: _Final[str | None] = "GeneralAreaCalculationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.527"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20070827"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AreaOfClosedIrregularPolygon: _Final[_Code] = _Code(
    "DCM", "122501", "Area of closed irregular polygon", (7473,)
)
"""Area of closed irregular polygon (DCM 122501)."""

AreaOfAClosedNURBS: _Final[_Code] = _Code("DCM", "122502", "Area of a closed NURBS", (7473,))
"""Area of a closed NURBS (DCM 122502)."""

MEMBERS: _Final[tuple[_Code, ...]] = (AreaOfClosedIrregularPolygon, AreaOfAClosedNURBS)
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
