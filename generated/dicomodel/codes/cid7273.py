"""CID 7273 MR Diffusion Model.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1168.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7273
NAME: Final[str] = "MR Diffusion Model"
KEYWORD: Final[str | None] = "MRDiffusionModel"
UID: Final[str | None] = "1.2.840.10008.6.1.1168"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170413"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

MonoExponentialDiffusionModel: Final[Code] = Code(
    "DCM", "113250", "Mono-exponential diffusion model", (7273,)
)
"""Mono-exponential diffusion model (DCM 113250)."""

BiExponentialIVIMDiffusionModel: Final[Code] = Code(
    "DCM", "113251", "Bi-exponential (IVIM) diffusion model", (7273,)
)
"""Bi-exponential (IVIM) diffusion model (DCM 113251)."""

KurtosisDiffusionModel: Final[Code] = Code("DCM", "113252", "Kurtosis diffusion model", (7273,))
"""Kurtosis diffusion model (DCM 113252)."""

GammaDistributionModel: Final[Code] = Code("DCM", "113253", "Gamma distribution model", (7273,))
"""Gamma distribution model (DCM 113253)."""

StretchedExponentialDiffusionModel: Final[Code] = Code(
    "DCM", "113254", "Stretched exponential diffusion model", (7273,)
)
"""Stretched exponential diffusion model (DCM 113254)."""

TruncatedGaussianDiffusionModel: Final[Code] = Code(
    "DCM", "113255", "Truncated Gaussian diffusion model", (7273,)
)
"""Truncated Gaussian diffusion model (DCM 113255)."""

MEMBERS: Final[tuple[Code, ...]] = (
    MonoExponentialDiffusionModel,
    BiExponentialIVIMDiffusionModel,
    KurtosisDiffusionModel,
    GammaDistributionModel,
    StretchedExponentialDiffusionModel,
    TruncatedGaussianDiffusionModel,
)
"""The resolved membership: own members, then those of the included groups, in order."""
