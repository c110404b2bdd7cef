"""CID 226 Population Statistical Descriptor.

Extensible, version 20210903, UID 1.2.840.10008.6.1.31.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 226
NAME: Final[str] = "Population Statistical Descriptor"
KEYWORD: Final[str | None] = "PopulationStatisticalDescriptor"
UID: Final[str | None] = "1.2.840.10008.6.1.31"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210903"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

_95thPercentileValueOfPopulation: Final[Code] = Code(
    "SCT", "371889001", "95th Percentile Value of population", (226,)
)
"""95th Percentile Value of population (SCT 371889001)."""

_90thPercentileValueOfPopulation: Final[Code] = Code(
    "SCT", "371887004", "90th Percentile Value of population", (226,)
)
"""90th Percentile Value of population (SCT 371887004)."""

_1SigmaUpperValueOfPopulation: Final[Code] = Code(
    "SCT", "371917008", "1 Sigma Upper Value of population", (226,)
)
"""1 Sigma Upper Value of population (SCT 371917008)."""

_2SigmaUpperValueOfPopulation: Final[Code] = Code(
    "SCT", "371920000", "2 Sigma Upper Value of population", (226,)
)
"""2 Sigma Upper Value of population (SCT 371920000)."""

MeanValueOfPopulation: Final[Code] = Code(
    "SCT", "373098007", "Mean Value of population", (226, 3488, 3627, 3676)
)
"""Mean Value of population (SCT 373098007)."""

MedianValueOfPopulation: Final[Code] = Code(
    "SCT", "373099004", "Median Value of population", (226, 3627, 3676, 7464, 10072)
)
"""Median Value of population (SCT 373099004)."""

_10thPercentileValueOfPopulation: Final[Code] = Code(
    "SCT", "371890005", "10th Percentile Value of population", (226,)
)
"""10th Percentile Value of population (SCT 371890005)."""

_5thPercentileValueOfPopulation: Final[Code] = Code(
    "SCT", "371888009", "5th Percentile Value of population", (226,)
)
"""5th Percentile Value of population (SCT 371888009)."""

_1SigmaLowerValueOfPopulation: Final[Code] = Code(
    "SCT", "371919006", "1 Sigma Lower Value of population", (226,)
)
"""1 Sigma Lower Value of population (SCT 371919006)."""

_2SigmaLowerValueOfPopulation: Final[Code] = Code(
    "SCT", "371918003", "2 Sigma Lower Value of population", (226,)
)
"""2 Sigma Lower Value of population (SCT 371918003)."""

StandardDeviationOfPopulation: Final[Code] = Code(
    "DCM", "121414", "Standard deviation of population", (226,)
)
"""Standard deviation of population (DCM 121414)."""

_2SigmaDeviationOfPopulation: Final[Code] = Code(
    "DCM", "121417", "2 Sigma deviation of population", (226,)
)
"""2 Sigma deviation of population (DCM 121417)."""

InterquartileRangeOfPopulation: Final[Code] = Code(
    "DCM", "130614", "Interquartile Range of population", (226,)
)
"""Interquartile Range of population (DCM 130614)."""

InterquartileRangeToMedianRatioOfPopulation: Final[Code] = Code(
    "DCM", "130615", "Interquartile Range to Median ratio of population", (226,)
)
"""Interquartile Range to Median ratio of population (DCM 130615)."""

MEMBERS: Final[tuple[Code, ...]] = (
    _95thPercentileValueOfPopulation,
    _90thPercentileValueOfPopulation,
    _1SigmaUpperValueOfPopulation,
    _2SigmaUpperValueOfPopulation,
    MeanValueOfPopulation,
    MedianValueOfPopulation,
    _10thPercentileValueOfPopulation,
    _5thPercentileValueOfPopulation,
    _1SigmaLowerValueOfPopulation,
    _2SigmaLowerValueOfPopulation,
    StandardDeviationOfPopulation,
    _2SigmaDeviationOfPopulation,
    InterquartileRangeOfPopulation,
    InterquartileRangeToMedianRatioOfPopulation,
)
"""The resolved membership: own members, then those of the included groups, in order."""
