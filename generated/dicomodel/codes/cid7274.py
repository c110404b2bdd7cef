"""CID 7274 MR Diffusion Model Fitting Method.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1169.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7274
NAME: Final[str] = "MR Diffusion Model Fitting Method"
KEYWORD: Final[str | None] = "MRDiffusionModelFittingMethod"
UID: Final[str | None] = "1.2.840.10008.6.1.1169"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170413"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

LogOfRatioOfTwoSamples: Final[Code] = Code("DCM", "113260", "Log of ratio of two samples", (7274,))
"""Log of ratio of two samples (DCM 113260)."""

LeastSquaresFitOfMultipleSamples: Final[Code] = Code(
    "DCM", "113261", "Least squares fit of multiple samples", (7274,)
)
"""Least squares fit of multiple samples (DCM 113261)."""

LevenbergMarquardt: Final[Code] = Code("DCM", "113265", "Levenberg-Marquardt", (7274,))
"""Levenberg-Marquardt (DCM 113265)."""

TrustRegion: Final[Code] = Code("DCM", "113266", "Trust-Region", (7274,))
"""Trust-Region (DCM 113266)."""

FixedDp: Final[Code] = Code("DCM", "113267", "Fixed-Dp", (7274,))
"""Fixed-Dp (DCM 113267)."""

SegmentedUnconstrained: Final[Code] = Code("DCM", "113268", "Segmented-Unconstrained", (7274,))
"""Segmented-Unconstrained (DCM 113268)."""

SegmentedConstrained: Final[Code] = Code("DCM", "113269", "Segmented-Constrained", (7274,))
"""Segmented-Constrained (DCM 113269)."""

BayesianProbability: Final[Code] = Code("DCM", "113270", "Bayesian-Probability", (7274,))
"""Bayesian-Probability (DCM 113270)."""

MEMBERS: Final[tuple[Code, ...]] = (
    LogOfRatioOfTwoSamples,
    LeastSquaresFitOfMultipleSamples,
    LevenbergMarquardt,
    TrustRegion,
    FixedDp,
    SegmentedUnconstrained,
    SegmentedConstrained,
    BayesianProbability,
)
"""The resolved membership: own members, then those of the included groups, in order."""
