"""CID 4271 En Face Image Type.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1151.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 4271
NAME: Final[str] = "En Face Image Type"
KEYWORD: Final[str | None] = "EnFaceImageType"
UID: Final[str | None] = "1.2.840.10008.6.1.1151"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170405"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RetinaDepthEncodedVasculatureFlow: Final[Code] = Code(
    "DCM", "128257", "Retina depth encoded vasculature flow", (4271,)
)
"""Retina depth encoded vasculature flow (DCM 128257)."""

RetinaDepthEncodedStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128258", "Retina depth encoded structural reflectance map", (4271,)
)
"""Retina depth encoded structural reflectance map (DCM 128258)."""

RetinaVasculatureFlow: Final[Code] = Code("DCM", "128259", "Retina vasculature flow", (4271,))
"""Retina vasculature flow (DCM 128259)."""

RetinaStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128260", "Retina structural reflectance map", (4271,)
)
"""Retina structural reflectance map (DCM 128260)."""

VitreousVasculatureFlow: Final[Code] = Code("DCM", "128261", "Vitreous vasculature flow", (4271,))
"""Vitreous vasculature flow (DCM 128261)."""

VitreousStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128262", "Vitreous structural reflectance map", (4271,)
)
"""Vitreous structural reflectance map (DCM 128262)."""

RadialPeripapillaryVasculatureFlow: Final[Code] = Code(
    "DCM", "128263", "Radial peripapillary vasculature flow", (4271,)
)
"""Radial peripapillary vasculature flow (DCM 128263)."""

RadialPeripapillaryStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128264", "Radial peripapillary structural reflectance map", (4271,)
)
"""Radial peripapillary structural reflectance map (DCM 128264)."""

SuperficialRetinaVasculatureFlow: Final[Code] = Code(
    "DCM", "128265", "Superficial retina vasculature flow", (4271,)
)
"""Superficial retina vasculature flow (DCM 128265)."""

SuperficialRetinaStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128266", "Superficial retina structural reflectance map", (4271,)
)
"""Superficial retina structural reflectance map (DCM 128266)."""

MiddleInnerRetinaVasculatureFlow: Final[Code] = Code(
    "DCM", "128267", "Middle inner retina vasculature flow", (4271,)
)
"""Middle inner retina vasculature flow (DCM 128267)."""

MiddleInnerStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128268", "Middle inner structural reflectance map", (4271,)
)
"""Middle inner structural reflectance map (DCM 128268)."""

DeepRetinaVasculatureFlow: Final[Code] = Code(
    "DCM", "128269", "Deep retina vasculature flow", (4271,)
)
"""Deep retina vasculature flow (DCM 128269)."""

DeepRetinaStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128270", "Deep retina structural reflectance map", (4271,)
)
"""Deep retina structural reflectance map (DCM 128270)."""

OuterRetinaVasculatureFlow: Final[Code] = Code(
    "DCM", "128271", "Outer retina vasculature flow", (4271,)
)
"""Outer retina vasculature flow (DCM 128271)."""

OuterRetinaStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128272", "Outer retina structural reflectance map", (4271,)
)
"""Outer retina structural reflectance map (DCM 128272)."""

ChoriocapillarisVasculatureFlow: Final[Code] = Code(
    "DCM", "128273", "Choriocapillaris vasculature flow", (4271,)
)
"""Choriocapillaris vasculature flow (DCM 128273)."""

ChoriocapillarisStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128274", "Choriocapillaris structural reflectance map", (4271,)
)
"""Choriocapillaris structural reflectance map (DCM 128274)."""

ChoroidVasculatureFlow: Final[Code] = Code("DCM", "128275", "Choroid vasculature flow", (4271,))
"""Choroid vasculature flow (DCM 128275)."""

ChoroidStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128276", "Choroid structural reflectance map", (4271,)
)
"""Choroid structural reflectance map (DCM 128276)."""

WholeEyeVasculatureFlow: Final[Code] = Code("DCM", "128277", "Whole eye vasculature flow", (4271,))
"""Whole eye vasculature flow (DCM 128277)."""

WholeEyeStructuralReflectanceMap: Final[Code] = Code(
    "DCM", "128278", "Whole eye structural reflectance map", (4271,)
)
"""Whole eye structural reflectance map (DCM 128278)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
