"""CID 4271 En Face Image Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1151.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4271
NAME: _Final[str] = "En Face Image Type"
KEYWORD: _Final[str | None] = "EnFaceImageType"
UID: _Final[str | None] = "1.2.840.10008.6.1.1151"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RetinaDepthEncodedVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128257", "Retina depth encoded vasculature flow", (4271,)
)
"""Retina depth encoded vasculature flow (DCM 128257)."""

RetinaDepthEncodedStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128258", "Retina depth encoded structural reflectance map", (4271,)
)
"""Retina depth encoded structural reflectance map (DCM 128258)."""

RetinaVasculatureFlow: _Final[_Code] = _Code("DCM", "128259", "Retina vasculature flow", (4271,))
"""Retina vasculature flow (DCM 128259)."""

RetinaStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128260", "Retina structural reflectance map", (4271,)
)
"""Retina structural reflectance map (DCM 128260)."""

VitreousVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128261", "Vitreous vasculature flow", (4271,)
)
"""Vitreous vasculature flow (DCM 128261)."""

VitreousStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128262", "Vitreous structural reflectance map", (4271,)
)
"""Vitreous structural reflectance map (DCM 128262)."""

RadialPeripapillaryVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128263", "Radial peripapillary vasculature flow", (4271,)
)
"""Radial peripapillary vasculature flow (DCM 128263)."""

RadialPeripapillaryStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128264", "Radial peripapillary structural reflectance map", (4271,)
)
"""Radial peripapillary structural reflectance map (DCM 128264)."""

SuperficialRetinaVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128265", "Superficial retina vasculature flow", (4271,)
)
"""Superficial retina vasculature flow (DCM 128265)."""

SuperficialRetinaStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128266", "Superficial retina structural reflectance map", (4271,)
)
"""Superficial retina structural reflectance map (DCM 128266)."""

MiddleInnerRetinaVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128267", "Middle inner retina vasculature flow", (4271,)
)
"""Middle inner retina vasculature flow (DCM 128267)."""

MiddleInnerStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128268", "Middle inner structural reflectance map", (4271,)
)
"""Middle inner structural reflectance map (DCM 128268)."""

DeepRetinaVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128269", "Deep retina vasculature flow", (4271,)
)
"""Deep retina vasculature flow (DCM 128269)."""

DeepRetinaStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128270", "Deep retina structural reflectance map", (4271,)
)
"""Deep retina structural reflectance map (DCM 128270)."""

OuterRetinaVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128271", "Outer retina vasculature flow", (4271,)
)
"""Outer retina vasculature flow (DCM 128271)."""

OuterRetinaStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128272", "Outer retina structural reflectance map", (4271,)
)
"""Outer retina structural reflectance map (DCM 128272)."""

ChoriocapillarisVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128273", "Choriocapillaris vasculature flow", (4271,)
)
"""Choriocapillaris vasculature flow (DCM 128273)."""

ChoriocapillarisStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128274", "Choriocapillaris structural reflectance map", (4271,)
)
"""Choriocapillaris structural reflectance map (DCM 128274)."""

ChoroidVasculatureFlow: _Final[_Code] = _Code("DCM", "128275", "Choroid vasculature flow", (4271,))
"""Choroid vasculature flow (DCM 128275)."""

ChoroidStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128276", "Choroid structural reflectance map", (4271,)
)
"""Choroid structural reflectance map (DCM 128276)."""

WholeEyeVasculatureFlow: _Final[_Code] = _Code(
    "DCM", "128277", "Whole eye vasculature flow", (4271,)
)
"""Whole eye vasculature flow (DCM 128277)."""

WholeEyeStructuralReflectanceMap: _Final[_Code] = _Code(
    "DCM", "128278", "Whole eye structural reflectance map", (4271,)
)
"""Whole eye structural reflectance map (DCM 128278)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RetinaDepthEncodedVasculatureFlow,
    RetinaDepthEncodedStructuralReflectanceMap,
    RetinaVasculatureFlow,
    RetinaStructuralReflectanceMap,
    VitreousVasculatureFlow,
    VitreousStructuralReflectanceMap,
    RadialPeripapillaryVasculatureFlow,
    RadialPeripapillaryStructuralReflectanceMap,
    SuperficialRetinaVasculatureFlow,
    SuperficialRetinaStructuralReflectanceMap,
    MiddleInnerRetinaVasculatureFlow,
    MiddleInnerStructuralReflectanceMap,
    DeepRetinaVasculatureFlow,
    DeepRetinaStructuralReflectanceMap,
    OuterRetinaVasculatureFlow,
    OuterRetinaStructuralReflectanceMap,
    ChoriocapillarisVasculatureFlow,
    ChoriocapillarisStructuralReflectanceMap,
    ChoroidVasculatureFlow,
    ChoroidStructuralReflectanceMap,
    WholeEyeVasculatureFlow,
    WholeEyeStructuralReflectanceMap,
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
