"""CID 7202 Source Image Purpose of Reference.

Extensible, version 20170405, UID 1.2.840.10008.6.1.509.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7202
NAME: _Final[str] = "Source Image Purpose of Reference"
KEYWORD: _Final[str | None] = "SourceImagePurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.509"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20170405"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

UncompressedPredecessor: _Final[_Code] = _Code("DCM", "121320", "Uncompressed predecessor", (7202,))
"""Uncompressed predecessor (DCM 121320)."""

MaskImageForImageProcessingOperation: _Final[_Code] = _Code(
    "DCM", "121321", "Mask image for image processing operation", (7202,)
)
"""Mask image for image processing operation (DCM 121321)."""

SourceImageForImageProcessingOperation: _Final[_Code] = _Code(
    "DCM", "121322", "Source image for image processing operation", (4264, 7202, 7222)
)
"""Source image for image processing operation (DCM 121322)."""

SourceImageForMontage: _Final[_Code] = _Code("DCM", "121329", "Source image for montage", (7202,))
"""Source image for montage (DCM 121329)."""

LossyCompressedPredecessor: _Final[_Code] = _Code(
    "DCM", "121330", "Lossy compressed predecessor", (7202,)
)
"""Lossy compressed predecessor (DCM 121330)."""

ForProcessingPredecessor: _Final[_Code] = _Code(
    "DCM", "121358", "For Processing predecessor", (7202,)
)
"""For Processing predecessor (DCM 121358)."""

PredecessorContainingGroupOfImagingSubjects: _Final[_Code] = _Code(
    "DCM", "113130", "Predecessor containing group of imaging subjects", (7202,)
)
"""Predecessor containing group of imaging subjects (DCM 113130)."""

StructuralImageForImageProcessing: _Final[_Code] = _Code(
    "DCM", "128250", "Structural image for image processing", (7202,)
)
"""Structural image for image processing (DCM 128250)."""

FlowImageForImageProcessing: _Final[_Code] = _Code(
    "DCM", "128251", "Flow image for image processing", (7202,)
)
"""Flow image for image processing (DCM 128251)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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
