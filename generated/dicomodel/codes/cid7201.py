"""CID 7201 Referenced Image Purpose of Reference.

Extensible, version 20220402, UID 1.2.840.10008.6.1.508.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7201
NAME: _Final[str] = "Referenced Image Purpose of Reference"
KEYWORD: _Final[str | None] = "ReferencedImagePurposeOfReference"
UID: _Final[str | None] = "1.2.840.10008.6.1.508"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220402"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

Localizer: _Final[_Code] = _Code("DCM", "121311", "Localizer", (4264, 7201, 8120))
"""Localizer (DCM 121311)."""

BiopsyLocalizer: _Final[_Code] = _Code("DCM", "121312", "Biopsy localizer", (7201,))
"""Biopsy localizer (DCM 121312)."""

OtherPartialViews: _Final[_Code] = _Code("DCM", "121313", "Other partial views", (7201,))
"""Other partial views (DCM 121313)."""

OtherImageOfBiplanePair: _Final[_Code] = _Code(
    "DCM", "121314", "Other image of biplane pair", (7201,)
)
"""Other image of biplane pair (DCM 121314)."""

OtherImageOfStereoscopicPair: _Final[_Code] = _Code(
    "DCM", "121315", "Other image of stereoscopic pair", (7201,)
)
"""Other image of stereoscopic pair (DCM 121315)."""

ImagesRelatedToStandaloneObject: _Final[_Code] = _Code(
    "DCM", "121316", "Images related to standalone object", (7201,)
)
"""Images related to standalone object (DCM 121316)."""

Spectroscopy: _Final[_Code] = _Code("DCM", "121317", "Spectroscopy", (7201,))
"""Spectroscopy (DCM 121317)."""

AnatomicImage: _Final[_Code] = _Code("DCM", "121338", "Anatomic image", (7201,))
"""Anatomic image (DCM 121338)."""

FunctionalImage: _Final[_Code] = _Code("DCM", "121339", "Functional image", (7201,))
"""Functional image (DCM 121339)."""

SpectralFilteredImage: _Final[_Code] = _Code("DCM", "121340", "Spectral filtered image", (7201,))
"""Spectral filtered image (DCM 121340)."""

DeviceLocalizer: _Final[_Code] = _Code("DCM", "121341", "Device localizer", (7201,))
"""Device localizer (DCM 121341)."""

AcquisitionFramesCorrespondingToVolume: _Final[_Code] = _Code(
    "DCM", "121346", "Acquisition frames corresponding to volume", (7201,)
)
"""Acquisition frames corresponding to volume (DCM 121346)."""

VolumeCorrespondingToSpatiallyRelatedAcquisitionFrames: _Final[_Code] = _Code(
    "DCM", "121347", "Volume corresponding to spatially-related acquisition frames", (7201,)
)
"""Volume corresponding to spatially-related acquisition frames (DCM 121347)."""

TemporalPredecessor: _Final[_Code] = _Code("DCM", "121348", "Temporal Predecessor", (7201,))
"""Temporal Predecessor (DCM 121348)."""

TemporalSuccessor: _Final[_Code] = _Code("DCM", "121349", "Temporal Successor", (7201,))
"""Temporal Successor (DCM 121349)."""

ImageUsedForTreatmentPlanning: _Final[_Code] = _Code(
    "DCM", "129201", "Image used for Treatment Planning", (7201,)
)
"""Image used for Treatment Planning (DCM 129201)."""

ImageUsedForDoseCalculation: _Final[_Code] = _Code(
    "DCM", "129202", "Image used for Dose Calculation", (7201,)
)
"""Image used for Dose Calculation (DCM 129202)."""

ImageAcquiredDuringTreatment: _Final[_Code] = _Code(
    "DCM", "129203", "Image Acquired during Treatment", (7201,)
)
"""Image Acquired during Treatment (DCM 129203)."""

ImageUsedAsReferenceImageForTreatment: _Final[_Code] = _Code(
    "DCM", "129204", "Image used as Reference Image for Treatment", (7201,)
)
"""Image used as Reference Image for Treatment (DCM 129204)."""

QualityControlMaterialImage: _Final[_Code] = _Code(
    "DCM", "130750", "Quality control material image", (7201,)
)
"""Quality control material image (DCM 130750)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    Localizer,
    BiopsyLocalizer,
    OtherPartialViews,
    OtherImageOfBiplanePair,
    OtherImageOfStereoscopicPair,
    ImagesRelatedToStandaloneObject,
    Spectroscopy,
    AnatomicImage,
    FunctionalImage,
    SpectralFilteredImage,
    DeviceLocalizer,
    AcquisitionFramesCorrespondingToVolume,
    VolumeCorrespondingToSpatiallyRelatedAcquisitionFrames,
    TemporalPredecessor,
    TemporalSuccessor,
    ImageUsedForTreatmentPlanning,
    ImageUsedForDoseCalculation,
    ImageAcquiredDuringTreatment,
    ImageUsedAsReferenceImageForTreatment,
    QualityControlMaterialImage,
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
