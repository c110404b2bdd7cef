"""CID 7274 MR Diffusion Model Fitting Method.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1169.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7274
NAME: _Final[str] = "MR Diffusion Model Fitting Method"
KEYWORD: _Final[str | None] = "MRDiffusionModelFittingMethod"
UID: _Final[str | None] = "1.2.840.10008.6.1.1169"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170413"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

LogOfRatioOfTwoSamples: _Final[_Code] = _Code(
    "DCM", "113260", "Log of ratio of two samples", (7274,)
)
"""Log of ratio of two samples (DCM 113260)."""

LeastSquaresFitOfMultipleSamples: _Final[_Code] = _Code(
    "DCM", "113261", "Least squares fit of multiple samples", (7274,)
)
"""Least squares fit of multiple samples (DCM 113261)."""

LevenbergMarquardt: _Final[_Code] = _Code("DCM", "113265", "Levenberg-Marquardt", (7274,))
"""Levenberg-Marquardt (DCM 113265)."""

TrustRegion: _Final[_Code] = _Code("DCM", "113266", "Trust-Region", (7274,))
"""Trust-Region (DCM 113266)."""

FixedDp: _Final[_Code] = _Code("DCM", "113267", "Fixed-Dp", (7274,))
"""Fixed-Dp (DCM 113267)."""

SegmentedUnconstrained: _Final[_Code] = _Code("DCM", "113268", "Segmented-Unconstrained", (7274,))
"""Segmented-Unconstrained (DCM 113268)."""

SegmentedConstrained: _Final[_Code] = _Code("DCM", "113269", "Segmented-Constrained", (7274,))
"""Segmented-Constrained (DCM 113269)."""

BayesianProbability: _Final[_Code] = _Code("DCM", "113270", "Bayesian-Probability", (7274,))
"""Bayesian-Probability (DCM 113270)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
