"""CID 3627 Measurement Type.

Extensible, version 20060613, UID 1.2.840.10008.6.1.172.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3627
NAME: _Final[str] = "Measurement Type"
KEYWORD: _Final[str | None] = "MeasurementType"
UID: _Final[str | None] = "1.2.840.10008.6.1.172"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20060613"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BestValue: _Final[_Code] = _Code("SCT", "371912002", "Best value", (3627,))
"""Best value (SCT 371912002)."""

Mean: _Final[_Code] = _Code("SCT", "373098007", "Mean", (226, 3488, 3627, 3676))
"""Mean (SCT 373098007)."""

Median: _Final[_Code] = _Code("SCT", "373099004", "Median", (226, 3627, 3676, 7464, 10072))
"""Median (SCT 373099004)."""

Mode: _Final[_Code] = _Code("SCT", "373100007", "Mode", (3627, 7464, 10072))
"""Mode (SCT 373100007)."""

PointSourceMeasurement: _Final[_Code] = _Code(
    "SCT", "371913007", "Point source measurement", (3627,)
)
"""Point source measurement (SCT 371913007)."""

PeakToPeak: _Final[_Code] = _Code("SCT", "371914001", "Peak to peak", (3627,))
"""Peak to peak (SCT 371914001)."""

VisualEstimation: _Final[_Code] = _Code("SCT", "258083009", "Visual estimation", (3627,))
"""Visual estimation (SCT 258083009)."""

Estimated: _Final[_Code] = _Code("SCT", "414135002", "Estimated", (3627, 3745, 6140, 10009))
"""Estimated (SCT 414135002)."""

Calculated: _Final[_Code] = _Code("SCT", "258090004", "Calculated", (3627, 3745, 10009))
"""Calculated (SCT 258090004)."""

Measured: _Final[_Code] = _Code("SCT", "258104002", "Measured", (3627, 10009))
"""Measured (SCT 258104002)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BestValue,
    Mean,
    Median,
    Mode,
    PointSourceMeasurement,
    PeakToPeak,
    VisualEstimation,
    Estimated,
    Calculated,
    Measured,
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
