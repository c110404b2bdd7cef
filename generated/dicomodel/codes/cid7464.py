"""CID 7464 General Region of Interest Measurement Modifier.

Extensible, version 20121101, UID 1.2.840.10008.6.1.951.
Includes CID 3488.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7464
NAME: _Final[str] = "General Region of Interest Measurement Modifier"
KEYWORD: _Final[str | None] = "GeneralRegionOfInterestMeasurementModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.951"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20121101"
INCLUDES: _Final[tuple[int, ...]] = (3488,)
EXTERNAL_SCHEME: _Final[str | None] = None

StandardDeviation: _Final[_Code] = _Code("SCT", "386136009", "Standard Deviation", (7464,))
"""Standard Deviation (SCT 386136009)."""

Total: _Final[_Code] = _Code("SCT", "255619001", "Total", (7464,))
"""Total (SCT 255619001)."""

Median: _Final[_Code] = _Code("SCT", "373099004", "Median", (226, 3627, 3676, 7464, 10072))
"""Median (SCT 373099004)."""

Mode: _Final[_Code] = _Code("SCT", "373100007", "Mode", (3627, 7464, 10072))
"""Mode (SCT 373100007)."""

PeakValueWithinROI: _Final[_Code] = _Code("DCM", "126031", "Peak Value Within ROI", (7464,))
"""Peak Value Within ROI (DCM 126031)."""

CoefficientOfVariance: _Final[_Code] = _Code("UMLS", "C0681921", "Coefficient of Variance", (7464,))
"""Coefficient of Variance (UMLS C0681921)."""

Skewness: _Final[_Code] = _Code("DCM", "126051", "Skewness", (7464,))
"""Skewness (DCM 126051)."""

Kurtosis: _Final[_Code] = _Code("DCM", "126052", "Kurtosis", (7464,))
"""Kurtosis (DCM 126052)."""

Variance: _Final[_Code] = _Code("UMLS", "C1711260", "Variance", (7464,))
"""Variance (UMLS C1711260)."""

RootMeanSquare: _Final[_Code] = _Code("UMLS", "C2347976", "Root Mean Square", (7464,))
"""Root Mean Square (UMLS C2347976)."""

Maximum: _Final[_Code] = _Code("SCT", "56851009", "Maximum", (3488, 12301))
"""Maximum (SCT 56851009). Included from CID 3488."""

Minimum: _Final[_Code] = _Code("SCT", "255605001", "Minimum", (3488, 12301))
"""Minimum (SCT 255605001). Included from CID 3488."""

Mean: _Final[_Code] = _Code("SCT", "373098007", "Mean", (226, 3488, 3627, 3676))
"""Mean (SCT 373098007). Included from CID 3488."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
