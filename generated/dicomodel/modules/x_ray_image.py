"""X-Ray Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.calibration_image import CalibrationImageValue as _CalibrationImageValue
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationValue as _PhotometricInterpretationValue,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTermXRayImage as _PixelIntensityRelationshipTermXRayImage,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as _ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_x_ray_image import (
        ReferencedImageSequenceItemXRayImage as _ReferencedImageSequenceItemXRayImage,
    )
else:
    from dicomodel.lazy import Lazy

    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _CalibrationImageValue = Lazy("dicomodel.enums.calibration_image", "CalibrationImageValue")
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PhotometricInterpretationValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationValue"
    )
    _PixelIntensityRelationshipTermXRayImage = Lazy(
        "dicomodel.enums.pixel_intensity_relationship", "PixelIntensityRelationshipTermXRayImage"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _ReferencedDefinedProtocolSequenceItem = Lazy(
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    )
    _ReferencedImageSequenceItemXRayImage = Lazy(
        "dicomodel.items.referenced_image_sequence_item_x_ray_image",
        "ReferencedImageSequenceItemXRayImage",
    )

if TYPE_CHECKING:
    from dicomodel.enums.calibration_image import CalibrationImage as CalibrationImage
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretation as PhotometricInterpretation,
    )
    from dicomodel.enums.pixel_intensity_relationship import (
        PixelIntensityRelationshipTermXRayImage as PixelIntensityRelationshipTerm,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedDefinedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_defined_protocol_sequence_item import (
        ReferencedDefinedProtocolSequenceItem as ReferencedPerformedProtocolSequenceItem,
    )
    from dicomodel.items.referenced_image_sequence_item_x_ray_image import (
        ReferencedImageSequenceItemXRayImage as ReferencedImageSequenceItem,
    )

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "CalibrationImage",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "LossyImageCompression",
    "MappingResourceTerm",
    "PhotometricInterpretation",
    "PixelIntensityRelationshipTerm",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "ReferencedDefinedProtocolSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedPerformedProtocolSequenceItem",
    "XRayImageModule",
]


class XRayImageModule(DicomModel):
    """X-Ray Image Module Attributes (PS3.3 Table C.8-26)."""

    dicom_name: ClassVar[str] = "X-Ray Image"
    dicom_table: ClassVar[str] = "table_C.8-26"

    FrameIncrementPointer: Annotated[
        list[vr.AT] | None,
        Attribute(
            0x00280009,
            "AT",
            "1-n",
            "1C",
            name="Frame Increment Pointer",
            enumerated=((0, ("00181063H", "00181065H")),),
            when=("unknown", "depends on the multi-frame structure of the pixel data"),
        ),
    ] = None
    """Frame Increment Pointer (0028,0009): Type 1C, VR AT, VM 1-n. Required if Multi-frame Image. Required if Multi-frame Image. Contains the Data Element Tag of the Attribute that is used as the Frame increment in Multi-frame image pixel data (see Section C.7.6.6)."""

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue | None,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "1C",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
            when=("unknown", "depends on lossy compression"),
            otherwise="may",
        ),
    ] = None
    """Lossy Image Compression (0028,2110): Type 1C, VR CS, VM 1. Required if Lossy Compression has been performed on the Image. May be present otherwise. Specifies whether an Image has undergone lossy compression (at a point in its lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=(
                (1, ("ORIGINAL", "DERIVED")),
                (2, ("PRIMARY", "SECONDARY")),
                (3, ("SINGLE PLANE", "BIPLANE A", "BIPLANE B")),
            ),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.7.1.1.1 for specialization."""

    PixelIntensityRelationship: Annotated[
        _PixelIntensityRelationshipTermXRayImage | vr.CS,
        Attribute(0x00281040, "CS", "1", "1", name="Pixel Intensity Relationship"),
    ]
    """Pixel Intensity Relationship (0028,1040): Type 1, VR CS, VM 1. The relationship between the Pixel sample values and the X-Ray beam intensity. See Section C.8.7.1.1.2."""

    SamplesPerPixel: Annotated[
        vr.US, Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel")
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (color planes) in this image shall have a value of 1."""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME2",)),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. Enumerated Values: MONOCHROME2"""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(
            0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
        ),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. See Section C.8.7.1.1.6."""

    BitsStored: Annotated[
        vr.US,
        Attribute(
            0x00280101,
            "US",
            "1",
            "1",
            name="Bits Stored",
            enumerated=((0, ("8", "10", "12", "16")),),
        ),
    ]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. See Section C.8.7.1.1.7."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. See Section C.8.7.1.1.8."""

    PixelRepresentation: Annotated[
        vr.US, Attribute(0x00280103, "US", "1", "1", name="Pixel Representation")
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of the pixel samples. Shall have the value: 0000H = Unsigned Integer."""

    ScanOptions: Annotated[
        list[vr.CS] | None, Attribute(0x00180022, "CS", "1-n", "3", name="Scan Options")
    ] = None
    """Scan Options (0018,0022): Type 3, VR CS, VM 1-n. Parameters of scanning sequence. See Section C.8.7.1.1.4."""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItem] | None,
        Attribute(0x00082218, "SQ", "1", "3", name="Anatomic Region Sequence"),
    ] = None
    """Anatomic Region Sequence (0008,2218): Type 3, VR SQ, VM 1. Sequence that identifies the anatomic region of interest in this Instance (i.e., external anatomy, surface anatomy, or general region of the body). Only a single Item is permitted in this Sequence."""

    PrimaryAnatomicStructureSequence: Annotated[
        list[_PrimaryAnatomicStructureSequenceItem] | None,
        Attribute(0x00082228, "SQ", "1", "3", name="Primary Anatomic Structure Sequence"),
    ] = None
    """Primary Anatomic Structure Sequence (0008,2228): Type 3, VR SQ, VM 1. Sequence of Items that identifies the primary anatomic structure(s) of interest in this Instance. One or more Items are permitted in this Sequence."""

    RWavePointer: Annotated[
        list[vr.US] | None, Attribute(0x00286040, "US", "1-n", "3", name="R Wave Pointer")
    ] = None
    """R Wave Pointer (0028,6040): Type 3, VR US, VM 1-n. Marks the location(s) of the R Wave in the cardiac cycles by referencing frame numbers; frame numbers begin with 1."""

    ReferencedImageSequence: Annotated[
        list[_ReferencedImageSequenceItemXRayImage] | None,
        Attribute(
            0x00081140,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Sequence",
            when=("value", 0x00080008, 3, "in", ("BIPLANE A", "BIPLANE B")),
            otherwise="may",
        ),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 1C, VR SQ, VM 1. Shall be present if Image Type (0008,0008) Value 3 is BIPLANE A or BIPLANE B. May be present otherwise. Other images significantly related to this image. Shall be present if Image Type (0008,0008) Value 3 is BIPLANE A or BIPLANE B. May be present otherwise. One or more Items shall be included in this Sequence. See Section C.8.7.1.1.13."""

    DerivationDescription: Annotated[
        vr.ST | None, Attribute(0x00082111, "ST", "1", "3", name="Derivation Description")
    ] = None
    """Derivation Description (0008,2111): Type 3, VR ST, VM 1. A text description of how this image was derived. See Section C.8.7.1.1.5 for further explanation."""

    AcquisitionDeviceProcessingDescription: Annotated[
        vr.LO | None,
        Attribute(0x00181400, "LO", "1", "3", name="Acquisition Device Processing Description"),
    ] = None
    """Acquisition Device Processing Description (0018,1400): Type 3, VR LO, VM 1. Indicates any visual processing performed on the images prior to exchange. See Section C.8.7.1.1.3."""

    FrameLabelVector: Annotated[
        list[vr.SH] | None, Attribute(0x00182002, "SH", "1-n", "3", name="Frame Label Vector")
    ] = None
    """Frame Label Vector (0018,2002): Type 3, VR SH, VM 1-n. A multi-valued Attribute that contains a descriptive label for each of the image frames. The number of values shall equal the number of frames."""

    FrameDimensionPointer: Annotated[
        list[vr.AT] | None, Attribute(0x0028000A, "AT", "1-n", "3", name="Frame Dimension Pointer")
    ] = None
    """Frame Dimension Pointer (0028,000A): Type 3, VR AT, VM 1-n. Contains the Data Element Tags of one or more Attributes that vary or increment for the frames of a multi-frame image. See Section C.8.7.1.1.12."""

    CalibrationImage: Annotated[
        _CalibrationImageValue | None,
        Attribute(
            0x00500004, "CS", "1", "3", name="Calibration Image", enumerated=((0, ("YES", "NO")),)
        ),
    ] = None
    """Calibration Image (0050,0004): Type 3, VR CS, VM 1. Indicates whether a reference object (phantom) of known size is present in the image and was used for calibration. Enumerated Values: YES NO Device is identified using the Device Module. See Section C.7.6.12."""

    ReferencedDefinedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItem] | None,
        Attribute(
            0x0018990C,
            "SQ",
            "1",
            "1C",
            name="Referenced Defined Protocol Sequence",
            when=(
                "unknown",
                "names no attribute: this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol",
            ),
            otherwise="may",
        ),
    ] = None
    """Referenced Defined Protocol Sequence (0018,990C): Type 1C, VR SQ, VM 1. Required if this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol. May be present otherwise. Defined Procedure Protocol SOP Instance(s) that were used for this Instance. Required if this instance is a Performed Procedure Protocol that resulted from a Defined Procedure Protocol. May be present otherwise."""

    ReferencedPerformedProtocolSequence: Annotated[
        list[_ReferencedDefinedProtocolSequenceItem] | None,
        Attribute(
            0x0018990D,
            "SQ",
            "1",
            "1C",
            name="Referenced Performed Protocol Sequence",
            when=(
                "unknown",
                "names no attribute: a related Performed Procedure Protocol SOP Instance was created",
            ),
        ),
    ] = None
    """Referenced Performed Protocol Sequence (0018,990D): Type 1C, VR SQ, VM 1. Required if a related Performed Procedure Protocol SOP Instance was created. Performed Procedure Protocol SOP Instance(s) that describe the conditions by which this Instance was generated. Required if a related Performed Procedure Protocol SOP Instance was created."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "CalibrationImage": ("dicomodel.enums.calibration_image", "CalibrationImage"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretation",
    ),
    "PixelIntensityRelationshipTerm": (
        "dicomodel.enums.pixel_intensity_relationship",
        "PixelIntensityRelationshipTermXRayImage",
    ),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "ReferencedDefinedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_image_sequence_item_x_ray_image",
        "ReferencedImageSequenceItemXRayImage",
    ),
    "ReferencedPerformedProtocolSequenceItem": (
        "dicomodel.items.referenced_defined_protocol_sequence_item",
        "ReferencedDefinedProtocolSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
