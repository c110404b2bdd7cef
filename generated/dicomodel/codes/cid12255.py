"""CID 12255 Cardiac Ultrasound Myocardium Measurement.

Extensible, version 20100317, UID 1.2.840.10008.6.1.836.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 12255
NAME: _Final[str] = "Cardiac Ultrasound Myocardium Measurement"
KEYWORD: _Final[str | None] = "CardiacUltrasoundMyocardiumMeasurement"
UID: _Final[str | None] = "1.2.840.10008.6.1.836"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20100317"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

WallMass: _Final[_Code] = _Code("DCM", "122447", "Wall Mass", (12255,))
"""Wall Mass (DCM 122447)."""

MyocardialPerformanceIndexTei: _Final[_Code] = _Code(
    "LN", "59099-2", "Myocardial Performance Index (Tei)", (12255, 12304)
)
"""Myocardial Performance Index (Tei) (LN 59099-2)."""

EndocardialArea: _Final[_Code] = _Code("LN", "59094-3", "Endocardial Area", (12255,))
"""Endocardial Area (LN 59094-3)."""

EpicardialArea: _Final[_Code] = _Code("LN", "59093-5", "Epicardial Area", (12255, 12304))
"""Epicardial Area (LN 59093-5)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    WallMass,
    MyocardialPerformanceIndexTei,
    EndocardialArea,
    EpicardialArea,
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
