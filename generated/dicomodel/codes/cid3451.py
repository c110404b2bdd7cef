"""CID 3451 Calibration Object.

Extensible, version 20040614, UID 1.2.840.10008.6.1.98.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3451
NAME: _Final[str] = "Calibration Object"
KEYWORD: _Final[str | None] = "CalibrationObject"
UID: _Final[str | None] = "1.2.840.10008.6.1.98"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Catheter: _Final[_Code] = _Code(
    "SCT", "19923001", "Catheter", (8, 69, 3451, 6203, 6401, 6404, 7112)
)
"""Catheter (SCT 19923001)."""

MeasuringRuler: _Final[_Code] = _Code("SCT", "102304005", "Measuring Ruler", (8, 3451))
"""Measuring Ruler (SCT 102304005)."""

Sphere: _Final[_Code] = _Code("DCM", "122485", "Sphere", (8, 3451, 7112))
"""Sphere (DCM 122485)."""

MEMBERS: _Final[tuple[_Code, ...]] = (Catheter, MeasuringRuler, Sphere)
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
