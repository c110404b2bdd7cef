"""General Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationValue as _BurnedInAnnotationValue,
    )
    from dicomodel.enums.image_laterality import ImageLateralityValue as _ImageLateralityValue
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeValue as _PresentationLUTShapeValue,
    )
    from dicomodel.enums.quality_control_image import (
        QualityControlImageValue as _QualityControlImageValue,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesValue as _RecognizableVisualFeaturesValue,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as _ImagePixelItemImageReference,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.real_world_value_mapping_item import (
        RealWorldValueMappingItem as _RealWorldValueMappingItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _BurnedInAnnotationValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationValue"
    )
    _ImageLateralityValue = Lazy("dicomodel.enums.image_laterality", "ImageLateralityValue")
    _ImagePixelItemImageReference = Lazy(
        "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PresentationLUTShapeValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeValue"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _QualityControlImageValue = Lazy(
        "dicomodel.enums.quality_control_image", "QualityControlImageValue"
    )
    _RealWorldValueMappingItem = Lazy(
        "dicomodel.items.real_world_value_mapping_item", "RealWorldValueMappingItem"
    )
    _RecognizableVisualFeaturesValue = Lazy(
        "dicomodel.enums.recognizable_visual_features", "RecognizableVisualFeaturesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import BurnedInAnnotation as BurnedInAnnotation
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.image_laterality import ImageLaterality as ImageLaterality
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as PhotometricInterpretationTerm,
    )
    from dicomodel.enums.presentation_lut_shape import PresentationLUTShape as PresentationLUTShape
    from dicomodel.enums.quality_control_image import QualityControlImage as QualityControlImage
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as IconImageSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as QuantityDefinitionSequenceItem,
    )
    from dicomodel.items.real_world_value_mapping_item import (
        RealWorldValueMappingItem as RealWorldValueMappingSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "BurnedInAnnotation",
    "ColorSpaceTerm",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GeneralImageModule",
    "IconImageSequenceItem",
    "ImageLaterality",
    "LossyImageCompression",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PhotometricInterpretationTerm",
    "PresentationLUTShape",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "QualityControlImage",
    "QuantityDefinitionSequenceItem",
    "RealWorldValueMappingSequenceItem",
    "RecognizableVisualFeatures",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class GeneralImageModule(DicomModel):
    """General Image Module Attributes (PS3.3 Table C.7-9)."""

    dicom_name: ClassVar[str] = "General Image"
    dicom_table: ClassVar[str] = "table_C.7-9"

    InstanceNumber: Annotated[
        vr.IS | None, Attribute(0x00200013, "IS", "1", "2", name="Instance Number")
    ]
    """Instance Number (0020,0013): Type 2, VR IS, VM 1. A number that identifies this image. This Attribute was named Image Number in earlier versions of this Standard."""

    PatientOrientation: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00200020,
            "CS",
            "2",
            "2C",
            name="Patient Orientation",
            when=(
                "and",
                ("unknown", "depends on the geometry of the image"),
                ("unknown", "depends on the geometry of the image"),
            ),
            otherwise="may",
        ),
    ] = None
    """Patient Orientation (0020,0020): Type 2C, VR CS, VM 2. Required if image does not require Image Orientation (Patient) (0020,0037) and Image Position (Patient) (0020,0032) or if image does not require Image Orientation (Slide) (0048,0102). May be present otherwise. Patient direction of the rows and columns of the image. Required if image does not require Image Orientation (Patient) (0020,0037) and Image Position (Patient) (0020,0032) or if image does not require Image Orientation (Slide) (0048,0102)."""

    ContentDate: Annotated[
        vr.DA | None,
        Attribute(
            0x00080023,
            "DA",
            "1",
            "2C",
            name="Content Date",
            when=(
                "unknown",
                "names no attribute: image is part of a Series in which the images are temporally related",
            ),
            otherwise="may",
        ),
    ] = None
    """Content Date (0008,0023): Type 2C, VR DA, VM 1. Required if image is part of a Series in which the images are temporally related. May be present otherwise. The date the image pixel data creation started. Required if image is part of a Series in which the images are temporally related. May be present otherwise. This Attribute was formerly known as Image Date."""

    ContentTime: Annotated[
        vr.TM | None,
        Attribute(
            0x00080033,
            "TM",
            "1",
            "2C",
            name="Content Time",
            when=(
                "unknown",
                "names no attribute: image is part of a Series in which the images are temporally related",
            ),
            otherwise="may",
        ),
    ] = None
    """Content Time (0008,0033): Type 2C, VR TM, VM 1. Required if image is part of a Series in which the images are temporally related. May be present otherwise. The time the image pixel data creation started. Required if image is part of a Series in which the images are temporally related. May be present otherwise."""

    ImageType: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "3",
            name="Image Type",
            enumerated=((1, ("ORIGINAL", "DERIVED")), (2, ("PRIMARY", "SECONDARY"))),
        ),
    ] = None
    """Image Type (0008,0008): Type 3, VR CS, VM 2-n. Image identification characteristics. See Section C.7.6.1.1.2 for Defined Terms and further explanation."""

    ImageComments: Annotated[
        vr.LT | None, Attribute(0x00204000, "LT", "1", "3", name="Image Comments")
    ] = None
    """Image Comments (0020,4000): Type 3, VR LT, VM 1. User-defined comments about the image."""

    QualityControlImage: Annotated[
        _QualityControlImageValue | None,
        Attribute(
            0x00280300,
            "CS",
            "1",
            "3",
            name="Quality Control Image",
            enumerated=((0, ("YES", "NO", "BOTH")),),
        ),
    ] = None
    """Quality Control Image (0028,0300): Type 3, VR CS, VM 1. Indicates whether or not quality control material (such as calibration or control material, or a phantom) is present in this image."""

    BurnedInAnnotation: Annotated[
        _BurnedInAnnotationValue | None,
        Attribute(
            0x00280301,
            "CS",
            "1",
            "3",
            name="Burned In Annotation",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Burned In Annotation (0028,0301): Type 3, VR CS, VM 1. Indicates whether or not image contains sufficient burned in annotation to identify the patient and date the image was acquired."""

    RecognizableVisualFeatures: Annotated[
        _RecognizableVisualFeaturesValue | None,
        Attribute(
            0x00280302,
            "CS",
            "1",
            "3",
            name="Recognizable Visual Features",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Recognizable Visual Features (0028,0302): Type 3, VR CS, VM 1. Indicates whether or not the image contains sufficiently recognizable visual features to allow the image or a reconstruction from a set of images to identify the Patient."""

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue | None,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "3",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
        ),
    ] = None
    """Lossy Image Compression (0028,2110): Type 3, VR CS, VM 1. Specifies whether an Image has undergone lossy compression (at a point in its lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

    LossyImageCompressionRatio: Annotated[
        list[vr.DS] | None,
        Attribute(0x00282112, "DS", "1-n", "3", name="Lossy Image Compression Ratio"),
    ] = None
    """Lossy Image Compression Ratio (0028,2112): Type 3, VR DS, VM 1-n. Describes the approximate lossy compression ratio(s) that have been applied to this image. See Section C.7.6.1.1.5.2."""

    LossyImageCompressionMethod: Annotated[
        list[vr.CS] | None,
        Attribute(0x00282114, "CS", "1-n", "3", name="Lossy Image Compression Method"),
    ] = None
    """Lossy Image Compression Method (0028,2114): Type 3, VR CS, VM 1-n. A label for the lossy compression method(s) that have been applied to this image. See Section C.7.6.1.1.5.1."""

    IconImageSequence: Annotated[
        list[_ImagePixelItemImageReference] | None,
        Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
    ] = None
    """Icon Image Sequence (0088,0200): Type 3, VR SQ, VM 1. This icon image is representative of the Image. Only a single Item is permitted in this Sequence."""

    PresentationLUTShape: Annotated[
        _PresentationLUTShapeValue | None,
        Attribute(
            0x20500020,
            "CS",
            "1",
            "3",
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY", "INVERSE")),),
        ),
    ] = None
    """Presentation LUT Shape (2050,0020): Type 3, VR CS, VM 1. When present, specifies an identity transformation for the Presentation LUT such that the output of all grayscale transformations, if any, are defined to be in P-Values."""

    RealWorldValueMappingSequence: Annotated[
        list[_RealWorldValueMappingItem] | None,
        Attribute(0x00409096, "SQ", "1", "3", name="Real World Value Mapping Sequence"),
    ] = None
    """Real World Value Mapping Sequence (0040,9096): Type 3, VR SQ, VM 1. The mapping of stored values to associated Real World values. One or more Items are permitted in this Sequence."""

    ImageLaterality: Annotated[
        _ImageLateralityValue | None,
        Attribute(
            0x00200062,
            "CS",
            "1",
            "3",
            name="Image Laterality",
            enumerated=((0, ("R", "L", "U", "B")),),
        ),
    ] = None
    """Image Laterality (0020,0062): Type 3, VR CS, VM 1. Laterality of (possibly paired) body part (as described in Anatomic Region Sequence (0008,2218)) examined. Enumerated Values: R right L left U unpaired B both left and right Shall be consistent with any laterality information contained in P..."""

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


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "BurnedInAnnotation": ("dicomodel.enums.burned_in_annotation", "BurnedInAnnotation"),
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IconImageSequenceItem": (
        "dicomodel.items.image_pixel_item_image_reference",
        "ImagePixelItemImageReference",
    ),
    "ImageLaterality": ("dicomodel.enums.image_laterality", "ImageLaterality"),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PhotometricInterpretationTerm": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationTerm",
    ),
    "PresentationLUTShape": ("dicomodel.enums.presentation_lut_shape", "PresentationLUTShape"),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "QualityControlImage": ("dicomodel.enums.quality_control_image", "QualityControlImage"),
    "QuantityDefinitionSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "RealWorldValueMappingSequenceItem": (
        "dicomodel.items.real_world_value_mapping_item",
        "RealWorldValueMappingItem",
    ),
    "RecognizableVisualFeatures": (
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeatures",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
