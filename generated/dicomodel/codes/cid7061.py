"""CID 7061 Model Document Title.

Extensible, version 20180403, UID 1.2.840.10008.6.1.1202.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7061
NAME: Final[str] = "Model Document Title"
KEYWORD: Final[str | None] = "ModelDocumentTitle"
UID: Final[str | None] = "1.2.840.10008.6.1.1202"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20180403"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

SourceImage: Final[Code] = Code("DCM", "121324", "Source image", (7060, 7061, 7205))
"""Source image (DCM 121324)."""

MR3DCAMModel: Final[Code] = Code("LN", "85041-2", "MR 3D CAM model", (7061,))
"""MR 3D CAM model (LN 85041-2)."""

CT3DCAMModel: Final[Code] = Code("LN", "85040-4", "CT 3D CAM model", (7061,))
"""CT 3D CAM model (LN 85040-4)."""

US3DCAMModel: Final[Code] = Code("DCM", "129018", "US 3D CAM model", (7061,))
"""US 3D CAM model (DCM 129018)."""

MixedModality3DCAMModel: Final[Code] = Code("DCM", "129019", "Mixed Modality 3D CAM model", (7061,))
"""Mixed Modality 3D CAM model (DCM 129019)."""

PhotogrammetricImaging3DCAMModel: Final[Code] = Code(
    "DCM", "129020", "Photogrammetric Imaging 3D CAM model", (7061,)
)
"""Photogrammetric Imaging 3D CAM model (DCM 129020)."""

LaserScanning3DCAMModel: Final[Code] = Code("DCM", "129021", "Laser Scanning 3D CAM model", (7061,))
"""Laser Scanning 3D CAM model (DCM 129021)."""

MEMBERS: Final[tuple[Code, ...]] = (
    SourceImage,
    MR3DCAMModel,
    CT3DCAMModel,
    US3DCAMModel,
    MixedModality3DCAMModel,
    PhotogrammetricImaging3DCAMModel,
    LaserScanning3DCAMModel,
)
"""The resolved membership: own members, then those of the included groups, in order."""
