"""CID 3627 Measurement Type.

Extensible, version 20060613, UID 1.2.840.10008.6.1.172.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3627
NAME: Final[str] = "Measurement Type"
KEYWORD: Final[str | None] = "MeasurementType"
UID: Final[str | None] = "1.2.840.10008.6.1.172"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20060613"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BestValue: Final[Code] = Code("SCT", "371912002", "Best value", (3627,))
"""Best value (SCT 371912002)."""

Mean: Final[Code] = Code("SCT", "373098007", "Mean", (226, 3488, 3627, 3676))
"""Mean (SCT 373098007)."""

Median: Final[Code] = Code("SCT", "373099004", "Median", (226, 3627, 3676, 7464, 10072))
"""Median (SCT 373099004)."""

Mode: Final[Code] = Code("SCT", "373100007", "Mode", (3627, 7464, 10072))
"""Mode (SCT 373100007)."""

PointSourceMeasurement: Final[Code] = Code("SCT", "371913007", "Point source measurement", (3627,))
"""Point source measurement (SCT 371913007)."""

PeakToPeak: Final[Code] = Code("SCT", "371914001", "Peak to peak", (3627,))
"""Peak to peak (SCT 371914001)."""

VisualEstimation: Final[Code] = Code("SCT", "258083009", "Visual estimation", (3627,))
"""Visual estimation (SCT 258083009)."""

Estimated: Final[Code] = Code("SCT", "414135002", "Estimated", (3627, 3745, 6140, 10009))
"""Estimated (SCT 414135002)."""

Calculated: Final[Code] = Code("SCT", "258090004", "Calculated", (3627, 3745, 10009))
"""Calculated (SCT 258090004)."""

Measured: Final[Code] = Code("SCT", "258104002", "Measured", (3627, 10009))
"""Measured (SCT 258104002)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
