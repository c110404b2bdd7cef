"""CID 7273 MR Diffusion Model.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1168.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7273
NAME: _Final[str] = "MR Diffusion Model"
KEYWORD: _Final[str | None] = "MRDiffusionModel"
UID: _Final[str | None] = "1.2.840.10008.6.1.1168"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170413"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

MonoExponentialDiffusionModel: _Final[_Code] = _Code(
    "DCM", "113250", "Mono-exponential diffusion model", (7273,)
)
"""Mono-exponential diffusion model (DCM 113250)."""

BiExponentialIVIMDiffusionModel: _Final[_Code] = _Code(
    "DCM", "113251", "Bi-exponential (IVIM) diffusion model", (7273,)
)
"""Bi-exponential (IVIM) diffusion model (DCM 113251)."""

KurtosisDiffusionModel: _Final[_Code] = _Code("DCM", "113252", "Kurtosis diffusion model", (7273,))
"""Kurtosis diffusion model (DCM 113252)."""

GammaDistributionModel: _Final[_Code] = _Code("DCM", "113253", "Gamma distribution model", (7273,))
"""Gamma distribution model (DCM 113253)."""

StretchedExponentialDiffusionModel: _Final[_Code] = _Code(
    "DCM", "113254", "Stretched exponential diffusion model", (7273,)
)
"""Stretched exponential diffusion model (DCM 113254)."""

TruncatedGaussianDiffusionModel: _Final[_Code] = _Code(
    "DCM", "113255", "Truncated Gaussian diffusion model", (7273,)
)
"""Truncated Gaussian diffusion model (DCM 113255)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    MonoExponentialDiffusionModel,
    BiExponentialIVIMDiffusionModel,
    KurtosisDiffusionModel,
    GammaDistributionModel,
    StretchedExponentialDiffusionModel,
    TruncatedGaussianDiffusionModel,
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
