"""CID 7270 MR Diffusion Component Semantic.

Extensible, version 20170413, UID 1.2.840.10008.6.1.1165.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7270
NAME: _Final[str] = "MR Diffusion Component Semantic"
KEYWORD: _Final[str | None] = "MRDiffusionComponentSemantic"
UID: _Final[str | None] = "1.2.840.10008.6.1.1165"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170413"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

DiffusionWeighted: _Final[_Code] = _Code("DCM", "113043", "Diffusion weighted", (6311, 7270))
"""Diffusion weighted (DCM 113043)."""

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
    DiffusionWeighted,
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
