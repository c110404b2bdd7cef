"""CID 7272 MR Diffusion Model Parameter.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1167.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7272
NAME: _Final[str] = "MR Diffusion Model Parameter"
KEYWORD: _Final[str | None] = "MRDiffusionModelParameter"
UID: _Final[str | None] = "1.2.840.10008.6.1.1167"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170413"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ApparentDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113041", "Apparent Diffusion Coefficient", (6311, 7263, 7272)
)
"""Apparent Diffusion Coefficient (DCM 113041)."""

DiffusionCoefficient: _Final[_Code] = _Code("DCM", "113289", "Diffusion Coefficient", (7272,))
"""Diffusion Coefficient (DCM 113289)."""

MonoExponentialApparentDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113290", "Mono-exponential Apparent Diffusion Coefficient", (7272,)
)
"""Mono-exponential Apparent Diffusion Coefficient (DCM 113290)."""

SlowDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113291", "Slow Diffusion Coefficient", (7272,)
)
"""Slow Diffusion Coefficient (DCM 113291)."""

FastDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113292", "Fast Diffusion Coefficient", (7272,)
)
"""Fast Diffusion Coefficient (DCM 113292)."""

FastDiffusionCoefficientFraction: _Final[_Code] = _Code(
    "DCM", "113293", "Fast Diffusion Coefficient Fraction", (7272,)
)
"""Fast Diffusion Coefficient Fraction (DCM 113293)."""

KurtosisDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113294", "Kurtosis Diffusion Coefficient", (7272,)
)
"""Kurtosis Diffusion Coefficient (DCM 113294)."""

GammaDistributionScaleParameter: _Final[_Code] = _Code(
    "DCM", "113295", "Gamma Distribution Scale Parameter", (7272,)
)
"""Gamma Distribution Scale Parameter (DCM 113295)."""

GammaDistributionShapeParameter: _Final[_Code] = _Code(
    "DCM", "113296", "Gamma Distribution Shape Parameter", (7272,)
)
"""Gamma Distribution Shape Parameter (DCM 113296)."""

GammaDistributionMode: _Final[_Code] = _Code("DCM", "113297", "Gamma Distribution Mode", (7272,))
"""Gamma Distribution Mode (DCM 113297)."""

DistributedDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113298", "Distributed Diffusion Coefficient", (7272,)
)
"""Distributed Diffusion Coefficient (DCM 113298)."""

AnomalousExponentParameter: _Final[_Code] = _Code(
    "DCM", "113299", "Anomalous Exponent Parameter", (7272,)
)
"""Anomalous Exponent Parameter (DCM 113299)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ApparentDiffusionCoefficient,
    DiffusionCoefficient,
    MonoExponentialApparentDiffusionCoefficient,
    SlowDiffusionCoefficient,
    FastDiffusionCoefficient,
    FastDiffusionCoefficientFraction,
    KurtosisDiffusionCoefficient,
    GammaDistributionScaleParameter,
    GammaDistributionShapeParameter,
    GammaDistributionMode,
    DistributedDiffusionCoefficient,
    AnomalousExponentParameter,
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
