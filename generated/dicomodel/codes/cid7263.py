"""CID 7263 Diffusion Tractography Measurement Type.

Extensible, version 20150918, UID 1.2.840.10008.6.1.1062.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7263
NAME: _Final[str] = "Diffusion Tractography Measurement Type"
KEYWORD: _Final[str | None] = "DiffusionTractographyMeasurementType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1062"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20150918"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Trace: _Final[_Code] = _Code("DCM", "113201", "Trace", (7263,))
"""Trace (DCM 113201)."""

MeanDiffusivity: _Final[_Code] = _Code("DCM", "113202", "Mean Diffusivity", (7263,))
"""Mean Diffusivity (DCM 113202)."""

ApparentDiffusionCoefficient: _Final[_Code] = _Code(
    "DCM", "113041", "Apparent Diffusion Coefficient", (6311, 7263, 7272)
)
"""Apparent Diffusion Coefficient (DCM 113041)."""

FractionalAnisotropy: _Final[_Code] = _Code("DCM", "110808", "Fractional Anisotropy", (7263, 7271))
"""Fractional Anisotropy (DCM 110808)."""

RelativeAnisotropy: _Final[_Code] = _Code("DCM", "110809", "Relative Anisotropy", (7263, 7271))
"""Relative Anisotropy (DCM 110809)."""

RadialDiffusivity: _Final[_Code] = _Code("DCM", "113203", "Radial Diffusivity", (7263,))
"""Radial Diffusivity (DCM 113203)."""

AxialDiffusivity: _Final[_Code] = _Code("DCM", "113204", "Axial Diffusivity", (7263,))
"""Axial Diffusivity (DCM 113204)."""

MeanKurtosis: _Final[_Code] = _Code("DCM", "113205", "Mean Kurtosis", (7263,))
"""Mean Kurtosis (DCM 113205)."""

ApparentKurtosisCoefficient: _Final[_Code] = _Code(
    "DCM", "113206", "Apparent Kurtosis Coefficient", (7263,)
)
"""Apparent Kurtosis Coefficient (DCM 113206)."""

RadialKurtosis: _Final[_Code] = _Code("DCM", "113207", "Radial Kurtosis", (7263,))
"""Radial Kurtosis (DCM 113207)."""

AxialKurtosis: _Final[_Code] = _Code("DCM", "113208", "Axial Kurtosis", (7263,))
"""Axial Kurtosis (DCM 113208)."""

FractionalKurtosisAnisotropy: _Final[_Code] = _Code(
    "DCM", "113209", "Fractional Kurtosis Anisotropy", (7263,)
)
"""Fractional Kurtosis Anisotropy (DCM 113209)."""

VolumetricDiffusionDxxComponent: _Final[_Code] = _Code(
    "DCM", "110810", "Volumetric Diffusion Dxx Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxx Component (DCM 110810)."""

VolumetricDiffusionDxyComponent: _Final[_Code] = _Code(
    "DCM", "110811", "Volumetric Diffusion Dxy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxy Component (DCM 110811)."""

VolumetricDiffusionDxzComponent: _Final[_Code] = _Code(
    "DCM", "110812", "Volumetric Diffusion Dxz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dxz Component (DCM 110812)."""

VolumetricDiffusionDyyComponent: _Final[_Code] = _Code(
    "DCM", "110813", "Volumetric Diffusion Dyy Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyy Component (DCM 110813)."""

VolumetricDiffusionDyzComponent: _Final[_Code] = _Code(
    "DCM", "110814", "Volumetric Diffusion Dyz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dyz Component (DCM 110814)."""

VolumetricDiffusionDzzComponent: _Final[_Code] = _Code(
    "DCM", "110815", "Volumetric Diffusion Dzz Component", (7186, 7263, 7270)
)
"""Volumetric Diffusion Dzz Component (DCM 110815)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
