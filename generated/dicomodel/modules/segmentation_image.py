"""Segmentation Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationNMImagePixelValue as _PhotometricInterpretationNMImagePixelValue,
    )
    from dicomodel.enums.segmentation_fractional_type import (
        SegmentationFractionalTypeValue as _SegmentationFractionalTypeValue,
    )
    from dicomodel.enums.segmentation_type import SegmentationTypeValue as _SegmentationTypeValue
    from dicomodel.enums.segments_overlap import SegmentsOverlapValue as _SegmentsOverlapValue
    from dicomodel.items.alternate_content_description_sequence_item import (
        AlternateContentDescriptionSequenceItem as _AlternateContentDescriptionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as _PersonIdentificationItem,
    )
    from dicomodel.items.segment_sequence_item import SegmentSequenceItem as _SegmentSequenceItem
else:
    from dicomodel.lazy import Lazy

    _AlternateContentDescriptionSequenceItem = Lazy(
        "dicomodel.items.alternate_content_description_sequence_item",
        "AlternateContentDescriptionSequenceItem",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PersonIdentificationItem = Lazy(
        "dicomodel.items.person_identification_item", "PersonIdentificationItem"
    )
    _PhotometricInterpretationNMImagePixelValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationNMImagePixelValue"
    )
    _SegmentSequenceItem = Lazy("dicomodel.items.segment_sequence_item", "SegmentSequenceItem")
    _SegmentationFractionalTypeValue = Lazy(
        "dicomodel.enums.segmentation_fractional_type", "SegmentationFractionalTypeValue"
    )
    _SegmentationTypeValue = Lazy("dicomodel.enums.segmentation_type", "SegmentationTypeValue")
    _SegmentsOverlapValue = Lazy("dicomodel.enums.segments_overlap", "SegmentsOverlapValue")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationNMImagePixel as PhotometricInterpretation,
    )
    from dicomodel.enums.segment_algorithm_type import SegmentAlgorithmType as SegmentAlgorithmType
    from dicomodel.enums.segmentation_fractional_type import (
        SegmentationFractionalType as SegmentationFractionalType,
    )
    from dicomodel.enums.segmentation_type import SegmentationType as SegmentationType
    from dicomodel.enums.segments_overlap import SegmentsOverlap as SegmentsOverlap
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as SegmentationAlgorithmIdentificationSequenceItem,
    )
    from dicomodel.items.alternate_content_description_sequence_item import (
        AlternateContentDescriptionSequenceItem as AlternateContentDescriptionSequenceItem,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as InstitutionCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as InstitutionalDepartmentTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as LanguageCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PersonIdentificationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyCategoryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as SegmentedPropertyTypeModifierCodeSequenceItem,
    )
    from dicomodel.items.definition_source_sequence_item import (
        DefinitionSourceSequenceItem as DefinitionSourceSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.person_identification_item import (
        PersonIdentificationItem as ContentCreatorIdentificationCodeSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.segment_sequence_item import SegmentSequenceItem as SegmentSequenceItem
    from dicomodel.items.segmented_property_type_code_sequence_item import (
        SegmentedPropertyTypeCodeSequenceItem as SegmentedPropertyTypeCodeSequenceItem,
    )

__all__ = [
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AlternateContentDescriptionSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentCreatorIdentificationCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "DefinitionSourceSequenceItem",
    "EquivalentCodeSequenceItem",
    "InstitutionCodeSequenceItem",
    "InstitutionalDepartmentTypeCodeSequenceItem",
    "LanguageCodeSequenceItem",
    "LossyImageCompression",
    "MappingResourceTerm",
    "PersonIdentificationCodeSequenceItem",
    "PhotometricInterpretation",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "SegmentAlgorithmType",
    "SegmentSequenceItem",
    "SegmentationAlgorithmIdentificationSequenceItem",
    "SegmentationFractionalType",
    "SegmentationImageModule",
    "SegmentationType",
    "SegmentedPropertyCategoryCodeSequenceItem",
    "SegmentedPropertyTypeCodeSequenceItem",
    "SegmentedPropertyTypeModifierCodeSequenceItem",
    "SegmentsOverlap",
]


class SegmentationImageModule(DicomModel):
    """Segmentation Image Module Attributes (PS3.3 Table C.8.20-2)."""

    dicom_name: ClassVar[str] = "Segmentation Image"
    dicom_table: ClassVar[str] = "table_C.8.20-2"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("DERIVED",)), (2, ("PRIMARY",))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. Value 1 shall be DERIVED. Value 2 shall be PRIMARY. No other values shall be present."""

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this SOP Instance."""

    ContentLabel: Annotated[vr.CS, Attribute(0x00700080, "CS", "1", "1", name="Content Label")]
    """Content Label (0070,0080): Type 1, VR CS, VM 1. A label that is used to identify this SOP Instance."""

    ContentDescription: Annotated[
        vr.LO | None, Attribute(0x00700081, "LO", "1", "2", name="Content Description")
    ]
    """Content Description (0070,0081): Type 2, VR LO, VM 1. A description of the content of the SOP Instance."""

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0040A043, "SQ", "1", "3", name="Concept Name Code Sequence"),
    ] = None
    """Concept Name Code Sequence (0040,A043): Type 3, VR SQ, VM 1. A coded description of the content of the SOP Instance. Only a single Item is permitted in this Sequence."""

    AlternateContentDescriptionSequence: Annotated[
        list[_AlternateContentDescriptionSequenceItem] | None,
        Attribute(0x00700087, "SQ", "1", "3", name="Alternate Content Description Sequence"),
    ] = None
    """Alternate Content Description Sequence (0070,0087): Type 3, VR SQ, VM 1. A Sequence containing alternate descriptions suitable for presentation to the user, e.g., in different languages. One or more Items are permitted in this Sequence."""

    ContentCreatorName: Annotated[
        vr.PN | None, Attribute(0x00700084, "PN", "1", "3", name="Content Creator's Name")
    ] = None
    """Content Creator's Name (0070,0084): Type 3, VR PN, VM 1. Name of operator (such as a technologist or physician) creating the content of the SOP Instance."""

    ContentCreatorIdentificationCodeSequence: Annotated[
        list[_PersonIdentificationItem] | None,
        Attribute(
            0x00700086, "SQ", "1", "3", name="Content Creator's Identification Code Sequence"
        ),
    ] = None
    """Content Creator's Identification Code Sequence (0070,0086): Type 3, VR SQ, VM 1. Identification of the person who created the content. Only a single Item is permitted in this Sequence."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples Per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples Per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. Enumerated Values: 1"""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationNMImagePixelValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME2", "PALETTE COLOR")),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. Enumerated Values if Segmentation Type (0062,0001) is BINARY or FRACTIONAL: MONOCHROME2 Enumerated Values if Segmentation Type (0062,0001) is LABELMAP: MONOCHROME2 PALETTE COLOR"""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of pixel samples. Enumerated Values: 0"""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(
            0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("1", "8", "16")),)
        ),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. See Section C.8.20.2.1. Enumerated Values if Segmentation Type (0062,0001) is BINARY: 1 Enumerated Values if Segmentation Type (0062,0001) is FRACTIONAL: 8 Enumerated Values if Segmentation Ty..."""

    BitsStored: Annotated[
        vr.US,
        Attribute(
            0x00280101, "US", "1", "1", name="Bits Stored", enumerated=((0, ("1", "8", "16")),)
        ),
    ]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. See Section C.8.20.2.1. Enumerated Values if Segmentation Type (0062,0001) is BINARY: 1 Enumerated Values if Segmentation Type (0062,0001) is FRACTIONAL: 8 Enumerated Values if Segmentation Type..."""

    HighBit: Annotated[
        vr.US,
        Attribute(0x00280102, "US", "1", "1", name="High Bit", enumerated=((0, ("0", "7", "15")),)),
    ]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. See Section C.8.20.2.1. Enumerated Values if Segmentation Type (0062,0001) is BINARY: 0 Enumerated Values if Segmentation Type (0062,0001) is FRACTIONAL: 7 Enumerated Values if Segmentation Type (..."""

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "1",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
        ),
    ]
    """Lossy Image Compression (0028,2110): Type 1, VR CS, VM 1. Specifies whether an Image has undergone lossy compression (at a point in its lifetime), or is derived from lossy compressed images. Enumerated Values: 00 Image has not been subjected to lossy compression."""

    LossyImageCompressionRatio: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00282112,
            "DS",
            "1-n",
            "1C",
            name="Lossy Image Compression Ratio",
            when=(
                "unknown",
                "names no attribute: present in the source images or this IOD Instance has been compressed",
            ),
        ),
    ] = None
    """Lossy Image Compression Ratio (0028,2112): Type 1C, VR DS, VM 1-n. Required if present in the source images or this IOD Instance has been compressed. Describes the approximate lossy compression ratio(s) that have been applied to this image. See Section C.7.6.1.1.5.2. Required if present in the source images or this IOD Instance has been compressed."""

    LossyImageCompressionMethod: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00282114,
            "CS",
            "1-n",
            "1C",
            name="Lossy Image Compression Method",
            when=(
                "unknown",
                "names no attribute: present in the source images or this IOD Instance has been compressed",
            ),
        ),
    ] = None
    """Lossy Image Compression Method (0028,2114): Type 1C, VR CS, VM 1-n. Required if present in the source images or this IOD Instance has been compressed. A label for the lossy compression method(s) that have been applied to this image. See Section C.7.6.1.1.5.1. Required if present in the source images or this IOD Instance has been compressed. See Section C.8.20.2.2."""

    SegmentationType: Annotated[
        _SegmentationTypeValue,
        Attribute(
            0x00620001,
            "CS",
            "1",
            "1",
            name="Segmentation Type",
            enumerated=((0, ("BINARY", "FRACTIONAL", "LABELMAP")),),
        ),
    ]
    """Segmentation Type (0062,0001): Type 1, VR CS, VM 1. The type of encoding used to indicate the presence of the segmented property at a pixel/voxel location. Enumerated Values: BINARY FRACTIONAL LABELMAP See Section C.8.20.2.3."""

    SegmentationFractionalType: Annotated[
        _SegmentationFractionalTypeValue | None,
        Attribute(
            0x00620010,
            "CS",
            "1",
            "1C",
            name="Segmentation Fractional Type",
            enumerated=((0, ("PROBABILITY", "OCCUPANCY")),),
            when=("value", 0x00620001, 0, "in", ("FRACTIONAL",)),
        ),
    ] = None
    """Segmentation Fractional Type (0062,0010): Type 1C, VR CS, VM 1. Required if Segmentation Type (0062,0001) is FRACTIONAL. For fractional segmentation encoding, the meaning of the fractional value. Required if Segmentation Type (0062,0001) is FRACTIONAL. See Section C.8.20.2.3 for Enumerated Values."""

    MaximumFractionalValue: Annotated[
        vr.US | None,
        Attribute(
            0x0062000E,
            "US",
            "1",
            "1C",
            name="Maximum Fractional Value",
            when=("value", 0x00620001, 0, "in", ("FRACTIONAL",)),
        ),
    ] = None
    """Maximum Fractional Value (0062,000E): Type 1C, VR US, VM 1. Required if Segmentation Type (0062,0001) is FRACTIONAL. Specifies the value that represents a probability of 1 or complete occupancy. There shall be no values in Pixel Data (7FE0,0010) greater than this value. Required if Segmentation Type (0062,0001) is FRACTIONAL."""

    SegmentsOverlap: Annotated[
        _SegmentsOverlapValue | None,
        Attribute(
            0x00620013,
            "CS",
            "1",
            "3",
            name="Segments Overlap",
            enumerated=((0, ("YES", "UNDEFINED", "NO")),),
        ),
    ] = None
    """Segments Overlap (0062,0013): Type 3, VR CS, VM 1. Whether or not any Segments in this Instance overlap. I.e., whether or not any pixel is or might be in more than one Segment."""

    SegmentSequence: Annotated[
        list[_SegmentSequenceItem], Attribute(0x00620002, "SQ", "1", "1", name="Segment Sequence")
    ]
    """Segment Sequence (0062,0002): Type 1, VR SQ, VM 1. Describes the Segments that are contained within the data. One or more Items shall be included in this Sequence. The Items of this Sequence are not required to be in any particular order, i.e., are not required to be ordered by Segment Numb..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlternateContentDescriptionSequenceItem": (
        "dicomodel.items.alternate_content_description_sequence_item",
        "AlternateContentDescriptionSequenceItem",
    ),
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentCreatorIdentificationCodeSequenceItem": (
        "dicomodel.items.person_identification_item",
        "PersonIdentificationItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DefinitionSourceSequenceItem": (
        "dicomodel.items.definition_source_sequence_item",
        "DefinitionSourceSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "InstitutionCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "InstitutionalDepartmentTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "LanguageCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PersonIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationNMImagePixel",
    ),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "SegmentAlgorithmType": ("dicomodel.enums.segment_algorithm_type", "SegmentAlgorithmType"),
    "SegmentSequenceItem": ("dicomodel.items.segment_sequence_item", "SegmentSequenceItem"),
    "SegmentationAlgorithmIdentificationSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "SegmentationFractionalType": (
        "dicomodel.enums.segmentation_fractional_type",
        "SegmentationFractionalType",
    ),
    "SegmentationType": ("dicomodel.enums.segmentation_type", "SegmentationType"),
    "SegmentedPropertyCategoryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SegmentedPropertyTypeCodeSequenceItem": (
        "dicomodel.items.segmented_property_type_code_sequence_item",
        "SegmentedPropertyTypeCodeSequenceItem",
    ),
    "SegmentedPropertyTypeModifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SegmentsOverlap": ("dicomodel.enums.segments_overlap", "SegmentsOverlap"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
