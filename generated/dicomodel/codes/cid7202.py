"""CID 7202 Source Image Purpose of Reference.

Extensible, version 20170405, UID 1.2.840.10008.6.1.509.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7202
NAME: Final[str] = "Source Image Purpose of Reference"
KEYWORD: Final[str | None] = "SourceImagePurposeOfReference"
UID: Final[str | None] = "1.2.840.10008.6.1.509"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20170405"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

UncompressedPredecessor: Final[Code] = Code("DCM", "121320", "Uncompressed predecessor", (7202,))
"""Uncompressed predecessor (DCM 121320)."""

MaskImageForImageProcessingOperation: Final[Code] = Code(
    "DCM", "121321", "Mask image for image processing operation", (7202,)
)
"""Mask image for image processing operation (DCM 121321)."""

SourceImageForImageProcessingOperation: Final[Code] = Code(
    "DCM", "121322", "Source image for image processing operation", (4264, 7202, 7222)
)
"""Source image for image processing operation (DCM 121322)."""

SourceImageForMontage: Final[Code] = Code("DCM", "121329", "Source image for montage", (7202,))
"""Source image for montage (DCM 121329)."""

LossyCompressedPredecessor: Final[Code] = Code(
    "DCM", "121330", "Lossy compressed predecessor", (7202,)
)
"""Lossy compressed predecessor (DCM 121330)."""

ForProcessingPredecessor: Final[Code] = Code("DCM", "121358", "For Processing predecessor", (7202,))
"""For Processing predecessor (DCM 121358)."""

PredecessorContainingGroupOfImagingSubjects: Final[Code] = Code(
    "DCM", "113130", "Predecessor containing group of imaging subjects", (7202,)
)
"""Predecessor containing group of imaging subjects (DCM 113130)."""

StructuralImageForImageProcessing: Final[Code] = Code(
    "DCM", "128250", "Structural image for image processing", (7202,)
)
"""Structural image for image processing (DCM 128250)."""

FlowImageForImageProcessing: Final[Code] = Code(
    "DCM", "128251", "Flow image for image processing", (7202,)
)
"""Flow image for image processing (DCM 128251)."""

MEMBERS: Final[tuple[Code, ...]] = (
    UncompressedPredecessor,
    MaskImageForImageProcessingOperation,
    SourceImageForImageProcessingOperation,
    SourceImageForMontage,
    LossyCompressedPredecessor,
    ForProcessingPredecessor,
    PredecessorContainingGroupOfImagingSubjects,
    StructuralImageForImageProcessing,
    FlowImageForImageProcessing,
)
"""The resolved membership: own members, then those of the included groups, in order."""
