"""CID 7272 MR Diffusion Model Parameter.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1167.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7272
NAME: Final[str] = "MR Diffusion Model Parameter"
KEYWORD: Final[str | None] = "MRDiffusionModelParameter"
UID: Final[str | None] = "1.2.840.10008.6.1.1167"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170413"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

ApparentDiffusionCoefficient: Final[Code] = Code(
    "DCM", "113041", "Apparent Diffusion Coefficient", (6311, 7263, 7272)
)
"""Apparent Diffusion Coefficient (DCM 113041)."""

DiffusionCoefficient: Final[Code] = Code("DCM", "113289", "Diffusion Coefficient", (7272,))
"""Diffusion Coefficient (DCM 113289)."""

MonoExponentialApparentDiffusionCoefficient: Final[Code] = Code(
    "DCM", "113290", "Mono-exponential Apparent Diffusion Coefficient", (7272,)
)
"""Mono-exponential Apparent Diffusion Coefficient (DCM 113290)."""

SlowDiffusionCoefficient: Final[Code] = Code("DCM", "113291", "Slow Diffusion Coefficient", (7272,))
"""Slow Diffusion Coefficient (DCM 113291)."""

FastDiffusionCoefficient: Final[Code] = Code("DCM", "113292", "Fast Diffusion Coefficient", (7272,))
"""Fast Diffusion Coefficient (DCM 113292)."""

FastDiffusionCoefficientFraction: Final[Code] = Code(
    "DCM", "113293", "Fast Diffusion Coefficient Fraction", (7272,)
)
"""Fast Diffusion Coefficient Fraction (DCM 113293)."""

KurtosisDiffusionCoefficient: Final[Code] = Code(
    "DCM", "113294", "Kurtosis Diffusion Coefficient", (7272,)
)
"""Kurtosis Diffusion Coefficient (DCM 113294)."""

GammaDistributionScaleParameter: Final[Code] = Code(
    "DCM", "113295", "Gamma Distribution Scale Parameter", (7272,)
)
"""Gamma Distribution Scale Parameter (DCM 113295)."""

GammaDistributionShapeParameter: Final[Code] = Code(
    "DCM", "113296", "Gamma Distribution Shape Parameter", (7272,)
)
"""Gamma Distribution Shape Parameter (DCM 113296)."""

GammaDistributionMode: Final[Code] = Code("DCM", "113297", "Gamma Distribution Mode", (7272,))
"""Gamma Distribution Mode (DCM 113297)."""

DistributedDiffusionCoefficient: Final[Code] = Code(
    "DCM", "113298", "Distributed Diffusion Coefficient", (7272,)
)
"""Distributed Diffusion Coefficient (DCM 113298)."""

AnomalousExponentParameter: Final[Code] = Code(
    "DCM", "113299", "Anomalous Exponent Parameter", (7272,)
)
"""Anomalous Exponent Parameter (DCM 113299)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
