"""CID 7061 Model Document Title.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1202.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7061
NAME: _Final[str] = "Model Document Title"
KEYWORD: _Final[str | None] = "ModelDocumentTitle"
UID: _Final[str | None] = "1.2.840.10008.6.1.1202"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20180403"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

SourceImage: _Final[_Code] = _Code("DCM", "121324", "Source image", (7060, 7061, 7205))
"""Source image (DCM 121324)."""

MR3DCAMModel: _Final[_Code] = _Code("LN", "85041-2", "MR 3D CAM model", (7061,))
"""MR 3D CAM model (LN 85041-2)."""

CT3DCAMModel: _Final[_Code] = _Code("LN", "85040-4", "CT 3D CAM model", (7061,))
"""CT 3D CAM model (LN 85040-4)."""

US3DCAMModel: _Final[_Code] = _Code("DCM", "129018", "US 3D CAM model", (7061,))
"""US 3D CAM model (DCM 129018)."""

MixedModality3DCAMModel: _Final[_Code] = _Code(
    "DCM", "129019", "Mixed Modality 3D CAM model", (7061,)
)
"""Mixed Modality 3D CAM model (DCM 129019)."""

PhotogrammetricImaging3DCAMModel: _Final[_Code] = _Code(
    "DCM", "129020", "Photogrammetric Imaging 3D CAM model", (7061,)
)
"""Photogrammetric Imaging 3D CAM model (DCM 129020)."""

LaserScanning3DCAMModel: _Final[_Code] = _Code(
    "DCM", "129021", "Laser Scanning 3D CAM model", (7061,)
)
"""Laser Scanning 3D CAM model (DCM 129021)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    SourceImage,
    MR3DCAMModel,
    CT3DCAMModel,
    US3DCAMModel,
    MixedModality3DCAMModel,
    PhotogrammetricImaging3DCAMModel,
    LaserScanning3DCAMModel,
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
