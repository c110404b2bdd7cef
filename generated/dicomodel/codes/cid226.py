"""CID 226 Population Statistical Descriptor.

Extensible, version 20210903, UID 1.2.840.10008.6.1.31.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 226
NAME: _Final[str] = "Population Statistical Descriptor"
KEYWORD: _Final[str | None] = "PopulationStatisticalDescriptor"
UID: _Final[str | None] = "1.2.840.10008.6.1.31"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20210903"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V95thPercentileValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371889001", "95th Percentile Value of population", (226,)
)
"""95th Percentile Value of population (SCT 371889001)."""

V90thPercentileValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371887004", "90th Percentile Value of population", (226,)
)
"""90th Percentile Value of population (SCT 371887004)."""

V1SigmaUpperValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371917008", "1 Sigma Upper Value of population", (226,)
)
"""1 Sigma Upper Value of population (SCT 371917008)."""

V2SigmaUpperValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371920000", "2 Sigma Upper Value of population", (226,)
)
"""2 Sigma Upper Value of population (SCT 371920000)."""

MeanValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "373098007", "Mean Value of population", (226, 3488, 3627, 3676)
)
"""Mean Value of population (SCT 373098007)."""

MedianValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "373099004", "Median Value of population", (226, 3627, 3676, 7464, 10072)
)
"""Median Value of population (SCT 373099004)."""

V10thPercentileValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371890005", "10th Percentile Value of population", (226,)
)
"""10th Percentile Value of population (SCT 371890005)."""

V5thPercentileValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371888009", "5th Percentile Value of population", (226,)
)
"""5th Percentile Value of population (SCT 371888009)."""

V1SigmaLowerValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371919006", "1 Sigma Lower Value of population", (226,)
)
"""1 Sigma Lower Value of population (SCT 371919006)."""

V2SigmaLowerValueOfPopulation: _Final[_Code] = _Code(
    "SCT", "371918003", "2 Sigma Lower Value of population", (226,)
)
"""2 Sigma Lower Value of population (SCT 371918003)."""

StandardDeviationOfPopulation: _Final[_Code] = _Code(
    "DCM", "121414", "Standard deviation of population", (226,)
)
"""Standard deviation of population (DCM 121414)."""

V2SigmaDeviationOfPopulation: _Final[_Code] = _Code(
    "DCM", "121417", "2 Sigma deviation of population", (226,)
)
"""2 Sigma deviation of population (DCM 121417)."""

InterquartileRangeOfPopulation: _Final[_Code] = _Code(
    "DCM", "130614", "Interquartile Range of population", (226,)
)
"""Interquartile Range of population (DCM 130614)."""

InterquartileRangeToMedianRatioOfPopulation: _Final[_Code] = _Code(
    "DCM", "130615", "Interquartile Range to Median ratio of population", (226,)
)
"""Interquartile Range to Median ratio of population (DCM 130615)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_95thPercentileValueOfPopulation: _Final[_Code] = V95thPercentileValueOfPopulation
_90thPercentileValueOfPopulation: _Final[_Code] = V90thPercentileValueOfPopulation
_1SigmaUpperValueOfPopulation: _Final[_Code] = V1SigmaUpperValueOfPopulation
_2SigmaUpperValueOfPopulation: _Final[_Code] = V2SigmaUpperValueOfPopulation
_10thPercentileValueOfPopulation: _Final[_Code] = V10thPercentileValueOfPopulation
_5thPercentileValueOfPopulation: _Final[_Code] = V5thPercentileValueOfPopulation
_1SigmaLowerValueOfPopulation: _Final[_Code] = V1SigmaLowerValueOfPopulation
_2SigmaLowerValueOfPopulation: _Final[_Code] = V2SigmaLowerValueOfPopulation
_2SigmaDeviationOfPopulation: _Final[_Code] = V2SigmaDeviationOfPopulation

MEMBERS: _Final[tuple[_Code, ...]] = (
    V95thPercentileValueOfPopulation,
    V90thPercentileValueOfPopulation,
    V1SigmaUpperValueOfPopulation,
    V2SigmaUpperValueOfPopulation,
    MeanValueOfPopulation,
    MedianValueOfPopulation,
    V10thPercentileValueOfPopulation,
    V5thPercentileValueOfPopulation,
    V1SigmaLowerValueOfPopulation,
    V2SigmaLowerValueOfPopulation,
    StandardDeviationOfPopulation,
    V2SigmaDeviationOfPopulation,
    InterquartileRangeOfPopulation,
    InterquartileRangeToMedianRatioOfPopulation,
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
