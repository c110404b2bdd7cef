"""CID 4273 Retinal Segmentation Surface.

Extensible, version 20170405, UID 1.2.840.10008.6.1.1153.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 4273
NAME: _Final[str] = "Retinal Segmentation Surface"
KEYWORD: _Final[str | None] = "RetinalSegmentationSurface"
UID: _Final[str | None] = "1.2.840.10008.6.1.1153"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

ILMInternalLimitingMembrane: _Final[_Code] = _Code(
    "SCT", "280677004", "ILM - Internal limiting membrane", (4273,)
)
"""ILM - Internal limiting membrane (SCT 280677004)."""

OuterSurfaceOfRNFL: _Final[_Code] = _Code("DCM", "128289", "Outer surface of RNFL", (4273,))
"""Outer surface of RNFL (DCM 128289)."""

OuterSurfaceOfGCL: _Final[_Code] = _Code("DCM", "128290", "Outer surface of GCL", (4273,))
"""Outer surface of GCL (DCM 128290)."""

OuterSurfaceOfIPL: _Final[_Code] = _Code("DCM", "128291", "Outer surface of IPL", (4273,))
"""Outer surface of IPL (DCM 128291)."""

OuterSurfaceOfINL: _Final[_Code] = _Code("DCM", "128292", "Outer surface of INL", (4273,))
"""Outer surface of INL (DCM 128292)."""

OuterSurfaceOfOPL: _Final[_Code] = _Code("DCM", "128293", "Outer surface of OPL", (4273,))
"""Outer surface of OPL (DCM 128293)."""

OuterSurfaceOfHFL: _Final[_Code] = _Code("DCM", "128294", "Outer surface of HFL", (4273,))
"""Outer surface of HFL (DCM 128294)."""

ELMExternalLimitingMembrane: _Final[_Code] = _Code(
    "SCT", "76710003", "ELM - External limiting membrane", (4273,)
)
"""ELM - External limiting membrane (SCT 76710003)."""

SurfaceBetweenInnerAndOuterSegmentsOfThePhotoreceptors: _Final[_Code] = _Code(
    "DCM", "128295", "Surface between Inner and Outer Segments of the photoreceptors", (4273,)
)
"""Surface between Inner and Outer Segments of the photoreceptors (DCM 128295)."""

SurfaceOfTheInterdigitatingZoneBetweenRetinaAndRPE: _Final[_Code] = _Code(
    "DCM", "128296", "Surface of the interdigitating zone between retina and RPE", (4273,)
)
"""Surface of the interdigitating zone between retina and RPE (DCM 128296)."""

AnteriorSurfaceOfTheRPE: _Final[_Code] = _Code(
    "DCM", "128297", "Anterior surface of the RPE", (4273,)
)
"""Anterior surface of the RPE (DCM 128297)."""

SurfaceOfTheCenterOfTheRPE: _Final[_Code] = _Code(
    "DCM", "128298", "Surface of the center of the RPE", (4273,)
)
"""Surface of the center of the RPE (DCM 128298)."""

PosteriorSurfaceOfTheRPE: _Final[_Code] = _Code(
    "DCM", "128299", "Posterior surface of the RPE", (4273,)
)
"""Posterior surface of the RPE (DCM 128299)."""

OuterSurfaceOfTheBM: _Final[_Code] = _Code("DCM", "128300", "Outer surface of the BM", (4273,))
"""Outer surface of the BM (DCM 128300)."""

SurfaceOfTheChoroidScleraInterface: _Final[_Code] = _Code(
    "DCM", "128301", "Surface of the choroid-sclera interface", (4273,)
)
"""Surface of the choroid-sclera interface (DCM 128301)."""

OuterSurfaceOfTheCC: _Final[_Code] = _Code("DCM", "128302", "Outer surface of the CC", (4273,))
"""Outer surface of the CC (DCM 128302)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    ILMInternalLimitingMembrane,
    OuterSurfaceOfRNFL,
    OuterSurfaceOfGCL,
    OuterSurfaceOfIPL,
    OuterSurfaceOfINL,
    OuterSurfaceOfOPL,
    OuterSurfaceOfHFL,
    ELMExternalLimitingMembrane,
    SurfaceBetweenInnerAndOuterSegmentsOfThePhotoreceptors,
    SurfaceOfTheInterdigitatingZoneBetweenRetinaAndRPE,
    AnteriorSurfaceOfTheRPE,
    SurfaceOfTheCenterOfTheRPE,
    PosteriorSurfaceOfTheRPE,
    OuterSurfaceOfTheBM,
    SurfaceOfTheChoroidScleraInterface,
    OuterSurfaceOfTheCC,
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
