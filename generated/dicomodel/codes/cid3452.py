"""CID 3452 Calibration Method.

Extensible, version 20040614, UID 1.2.840.10008.6.1.99.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3452
NAME: _Final[str] = "Calibration Method"
KEYWORD: _Final[str | None] = "CalibrationMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.99"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20040614"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

GeometricIsocenter: _Final[_Code] = _Code("DCM", "122486", "Geometric Isocenter", (3452,))
"""Geometric Isocenter (DCM 122486)."""

GeometricNonIsocenter: _Final[_Code] = _Code("DCM", "122487", "Geometric Non-Isocenter", (3452,))
"""Geometric Non-Isocenter (DCM 122487)."""

CalibrationObjectUsed: _Final[_Code] = _Code("DCM", "122488", "Calibration Object Used", (3452,))
"""Calibration Object Used (DCM 122488)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    GeometricIsocenter,
    GeometricNonIsocenter,
    CalibrationObjectUsed,
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
