"""CID 7464 General Region of Interest Measurement Modifier.

Extensible, version 20121101, UID 1.2.840.10008.6.1.951.
Includes CID 3488.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7464
NAME: Final[str] = "General Region of Interest Measurement Modifier"
KEYWORD: Final[str | None] = "GeneralRegionOfInterestMeasurementModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.951"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20121101"
INCLUDES: Final[tuple[int, ...]] = (3488,)
EXTERNAL_SCHEME: Final[str | None] = None

StandardDeviation: Final[Code] = Code("SCT", "386136009", "Standard Deviation", (7464,))
"""Standard Deviation (SCT 386136009)."""

Total: Final[Code] = Code("SCT", "255619001", "Total", (7464,))
"""Total (SCT 255619001)."""

Median: Final[Code] = Code("SCT", "373099004", "Median", (226, 3627, 3676, 7464, 10072))
"""Median (SCT 373099004)."""

Mode: Final[Code] = Code("SCT", "373100007", "Mode", (3627, 7464, 10072))
"""Mode (SCT 373100007)."""

PeakValueWithinROI: Final[Code] = Code("DCM", "126031", "Peak Value Within ROI", (7464,))
"""Peak Value Within ROI (DCM 126031)."""

CoefficientOfVariance: Final[Code] = Code("UMLS", "C0681921", "Coefficient of Variance", (7464,))
"""Coefficient of Variance (UMLS C0681921)."""

Skewness: Final[Code] = Code("DCM", "126051", "Skewness", (7464,))
"""Skewness (DCM 126051)."""

Kurtosis: Final[Code] = Code("DCM", "126052", "Kurtosis", (7464,))
"""Kurtosis (DCM 126052)."""

Variance: Final[Code] = Code("UMLS", "C1711260", "Variance", (7464,))
"""Variance (UMLS C1711260)."""

RootMeanSquare: Final[Code] = Code("UMLS", "C2347976", "Root Mean Square", (7464,))
"""Root Mean Square (UMLS C2347976)."""

Maximum: Final[Code] = Code("SCT", "56851009", "Maximum", (3488, 12301))
"""Maximum (SCT 56851009). Included from CID 3488."""

Minimum: Final[Code] = Code("SCT", "255605001", "Minimum", (3488, 12301))
"""Minimum (SCT 255605001). Included from CID 3488."""

Mean: Final[Code] = Code("SCT", "373098007", "Mean", (226, 3488, 3627, 3676))
"""Mean (SCT 373098007). Included from CID 3488."""

MEMBERS: Final[tuple[Code, ...]] = (
    StandardDeviation,
    Total,
    Median,
    Mode,
    PeakValueWithinROI,
    CoefficientOfVariance,
    Skewness,
    Kurtosis,
    Variance,
    RootMeanSquare,
    Maximum,
    Minimum,
    Mean,
)
"""The resolved membership: own members, then those of the included groups, in order."""
