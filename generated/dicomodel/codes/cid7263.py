"""CID 7263 Diffusion Tractography Measurement Type.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1062.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7263
NAME: Final[str] = "Diffusion Tractography Measurement Type"
KEYWORD: Final[str | None] = "DiffusionTractographyMeasurementType"
UID: Final[str | None] = "1.2.840.10008.6.1.1062"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20150918"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Trace: Final[Code] = Code("DCM", "113201", "Trace", (7263,))
"""Trace (DCM 113201)."""

MeanDiffusivity: Final[Code] = Code("DCM", "113202", "Mean Diffusivity", (7263,))
"""Mean Diffusivity (DCM 113202)."""

ApparentDiffusionCoefficient: Final[Code] = Code(
    "DCM", "113041", "Apparent Diffusion Coefficient", (6311, 7263, 7272)
)
"""Apparent Diffusion Coefficient (DCM 113041)."""

FractionalAnisotropy: Final[Code] = Code("DCM", "110808", "Fractional Anisotropy", (7263, 7271))
"""Fractional Anisotropy (DCM 110808)."""

RelativeAnisotropy: Final[Code] = Code("DCM", "110809", "Relative Anisotropy", (7263, 7271))
"""Relative Anisotropy (DCM 110809)."""

RadialDiffusivity: Final[Code] = Code("DCM", "113203", "Radial Diffusivity", (7263,))
"""Radial Diffusivity (DCM 113203)."""

AxialDiffusivity: Final[Code] = Code("DCM", "113204", "Axial Diffusivity", (7263,))
"""Axial Diffusivity (DCM 113204)."""

MeanKurtosis: Final[Code] = Code("DCM", "113205", "Mean Kurtosis", (7263,))
"""Mean Kurtosis (DCM 113205)."""

ApparentKurtosisCoefficient: Final[Code] = Code(
    "DCM", "113206", "Apparent Kurtosis Coefficient", (7263,)
)
"""Apparent Kurtosis Coefficient (DCM 113206)."""

RadialKurtosis: Final[Code] = Code("DCM", "113207", "Radial Kurtosis", (7263,))
"""Radial Kurtosis (DCM 113207)."""

AxialKurtosis: Final[Code] = Code("DCM", "113208", "Axial Kurtosis", (7263,))
"""Axial Kurtosis (DCM 113208)."""

FractionalKurtosisAnisotropy: Final[Code] = Code(
    "DCM", "113209", "Fractional Kurtosis Anisotropy", (7263,)
)
"""Fractional Kurtosis Anisotropy (DCM 113209)."""

VolumetricDiffusionDxxComponent: Final[Code] = Code(
    "DCM", "110810", "Volumetric Diffusion Dxx Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxx Component (DCM 110810)."""

VolumetricDiffusionDxyComponent: Final[Code] = Code(
    "DCM", "110811", "Volumetric Diffusion Dxy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxy Component (DCM 110811)."""

VolumetricDiffusionDxzComponent: Final[Code] = Code(
    "DCM", "110812", "Volumetric Diffusion Dxz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxz Component (DCM 110812)."""

VolumetricDiffusionDyyComponent: Final[Code] = Code(
    "DCM", "110813", "Volumetric Diffusion Dyy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyy Component (DCM 110813)."""

VolumetricDiffusionDyzComponent: Final[Code] = Code(
    "DCM", "110814", "Volumetric Diffusion Dyz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyz Component (DCM 110814)."""

VolumetricDiffusionDzzComponent: Final[Code] = Code(
    "DCM", "110815", "Volumetric Diffusion Dzz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dzz Component (DCM 110815)."""

MEMBERS: Final[tuple[Code, ...]] = (
    Trace,
    MeanDiffusivity,
    ApparentDiffusionCoefficient,
    FractionalAnisotropy,
    RelativeAnisotropy,
    RadialDiffusivity,
    AxialDiffusivity,
    MeanKurtosis,
    ApparentKurtosisCoefficient,
    RadialKurtosis,
    AxialKurtosis,
    FractionalKurtosisAnisotropy,
    VolumetricDiffusionDxxComponent,
    VolumetricDiffusionDxyComponent,
    VolumetricDiffusionDxzComponent,
    VolumetricDiffusionDyyComponent,
    VolumetricDiffusionDyzComponent,
    VolumetricDiffusionDzzComponent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
