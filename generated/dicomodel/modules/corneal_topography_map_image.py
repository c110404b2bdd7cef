"""Corneal Topography Map Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImageValue as _BurnedInAnnotationEnhancedMRImageValue,
    )
    from dicomodel.enums.image_laterality import (
        ImageLateralityOphthalmicThicknessMapValue as _ImageLateralityOphthalmicThicknessMapValue,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCornealTopographyMapImageValue as _PhotometricInterpretationCornealTopographyMapImageValue,
    )
    from dicomodel.enums.pixel_spacing_calibration_type import (
        PixelSpacingCalibrationTypeValue as _PixelSpacingCalibrationTypeValue,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesCornealTopographyMapImageValue as _RecognizableVisualFeaturesCornealTopographyMapImageValue,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
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
    _BurnedInAnnotationEnhancedMRImageValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationEnhancedMRImageValue"
    )
    _ImageLateralityOphthalmicThicknessMapValue = Lazy(
        "dicomodel.enums.image_laterality", "ImageLateralityOphthalmicThicknessMapValue"
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PhotometricInterpretationCornealTopographyMapImageValue = Lazy(
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationCornealTopographyMapImageValue",
    )
    _PixelSpacingCalibrationTypeValue = Lazy(
        "dicomodel.enums.pixel_spacing_calibration_type", "PixelSpacingCalibrationTypeValue"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _RealWorldValueMappingItem = Lazy(
        "dicomodel.items.real_world_value_mapping_item", "RealWorldValueMappingItem"
    )
    _RecognizableVisualFeaturesCornealTopographyMapImageValue = Lazy(
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeaturesCornealTopographyMapImageValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImage as BurnedInAnnotation,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.image_laterality import (
        ImageLateralityOphthalmicThicknessMap as ImageLaterality,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCornealTopographyMapImage as PhotometricInterpretation,
    )
    from dicomodel.enums.pixel_spacing_calibration_type import (
        PixelSpacingCalibrationType as PixelSpacingCalibrationType,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesCornealTopographyMapImage as RecognizableVisualFeatures,
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
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "CornealTopographyMapImageModule",
    "EquivalentCodeSequenceItem",
    "ImageLaterality",
    "LossyImageCompression",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PhotometricInterpretation",
    "PixelSpacingCalibrationType",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "QuantityDefinitionSequenceItem",
    "RealWorldValueMappingSequenceItem",
    "RecognizableVisualFeatures",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class CornealTopographyMapImageModule(DicomModel):
    """Corneal Topography Map Image Module Attributes (PS3.3 Table C.8.30.2-1)."""

    dicom_name: ClassVar[str] = "Corneal Topography Map Image"
    dicom_table: ClassVar[str] = "table_C.8.30.2-1"

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this Instance."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the data creation was started."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the data creation was started."""

    AcquisitionDateTime: Annotated[
        vr.DT, Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime")
    ]
    """Acquisition DateTime (0008,002A): Type 1, VR DT, VM 1. The date and time that the acquisition of data that resulted in this image started. The synchronization of this time with an external clock is specified in the Synchronization Module in Acquisition Time Synchronized (0018,1800)."""

    ImageType: Annotated[list[vr.CS], Attribute(0x00080008, "CS", "2-n", "1", name="Image Type")]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.30.2.1.1 for specialization."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples Per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples Per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. See Section C.7.6.3.1.1 for further explanation. Enumerated Values: 1"""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationCornealTopographyMapImageValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("PALETTE COLOR",)),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specified the intended interpretation of the pixel data. See Section C.7.6.3.1.2 for further explanation. Enumerated Values: PALETTE COLOR"""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0000H",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of pixel samples. Enumerated Values: 0000H unsigned integer"""

    PixelSpacing: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00280030,
            "DS",
            "2",
            "1C",
            name="Pixel Spacing",
            when=("unknown", "names no attribute: the image has been calibrated"),
            otherwise="may",
        ),
    ] = None
    """Pixel Spacing (0028,0030): Type 1C, VR DS, VM 2. Required if the image has been calibrated. May be present otherwise. Physical distance in the Patient between the center of each pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm. See Section 10.7.1.1 and Section 10.7.1.3."""

    PixelSpacingCalibrationType: Annotated[
        _PixelSpacingCalibrationTypeValue | None,
        Attribute(
            0x00280A02,
            "CS",
            "1",
            "3",
            name="Pixel Spacing Calibration Type",
            enumerated=((0, ("GEOMETRY", "FIDUCIAL")),),
        ),
    ] = None
    """Pixel Spacing Calibration Type (0028,0A02): Type 3, VR CS, VM 1. The type of correction for the effect of geometric magnification or calibration against an object of known size, if any. See Section 10.7.1.2."""

    PixelSpacingCalibrationDescription: Annotated[
        vr.LO | None,
        Attribute(
            0x00280A04,
            "LO",
            "1",
            "1C",
            name="Pixel Spacing Calibration Description",
            when=("present", 0x00280A02),
        ),
    ] = None
    """Pixel Spacing Calibration Description (0028,0A04): Type 1C, VR LO, VM 1. Required if Pixel Spacing Calibration Type (0028,0A02) is present. A free text description of the type of correction or calibration performed. In the case of correction, the text might include description of the assumptions made about the body part and geometry and depth within the Patient."""

    PixelAspectRatio: Annotated[
        list[vr.IS], Attribute(0x00280034, "IS", "2", "1", name="Pixel Aspect Ratio")
    ]
    """Pixel Aspect Ratio (0028,0034): Type 1, VR IS, VM 2. Ratio of the vertical size and horizontal size of the pixels in the image specified by a pair of integer values where the first value is the vertical pixel size, and the second value is the horizontal pixel size."""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(
            0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("8", "16")),)
        ),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. See PS3.5 for further explanation. Enumerated Values: 8 16"""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Shall be equal to Bits Allocated (0028,0100)."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Each sample shall have the same high bit. High Bit (0028,0102) shall be one less than Bits Stored (0028,0101)."""

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
    """Lossy Image Compression (0028,2110): Type 1, VR CS, VM 1. Specifies whether an Image has undergone lossy compression. Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression. See Section C.7.6.1.1.5 for further explanation."""

    LossyImageCompressionRatio: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x00282112,
            "DS",
            "1-n",
            "1C",
            name="Lossy Image Compression Ratio",
            when=("value", 0x00282110, 0, "in", ("01",)),
        ),
    ] = None
    """Lossy Image Compression Ratio (0028,2112): Type 1C, VR DS, VM 1-n. Required if Lossy Image Compression (0028,2110) is \"01\". Describes the approximate lossy compression ratio(s) that have been applied to this image. See Section C.7.6.1.1.5.2. Required if Lossy Image Compression (0028,2110) is \"01\"."""

    LossyImageCompressionMethod: Annotated[
        list[vr.CS] | None,
        Attribute(
            0x00282114,
            "CS",
            "1-n",
            "1C",
            name="Lossy Image Compression Method",
            when=("value", 0x00282110, 0, "in", ("01",)),
        ),
    ] = None
    """Lossy Image Compression Method (0028,2114): Type 1C, VR CS, VM 1-n. Required if Lossy Image Compression (0028,2110) is \"01\". A label for the lossy compression method(s) that have been applied to this image. See Section C.7.6.1.1.5.1. Required if Lossy Image Compression (0028,2110) is \"01\"."""

    BurnedInAnnotation: Annotated[
        _BurnedInAnnotationEnhancedMRImageValue,
        Attribute(
            0x00280301, "CS", "1", "1", name="Burned In Annotation", enumerated=((0, ("NO",)),)
        ),
    ]
    """Burned In Annotation (0028,0301): Type 1, VR CS, VM 1. Indicates that the image does not contain burned in annotation to identify the patient and date the image was acquired. Enumerated Values: NO"""

    RecognizableVisualFeatures: Annotated[
        _RecognizableVisualFeaturesCornealTopographyMapImageValue,
        Attribute(
            0x00280302,
            "CS",
            "1",
            "1",
            name="Recognizable Visual Features",
            enumerated=((0, ("YES",)),),
        ),
    ]
    """Recognizable Visual Features (0028,0302): Type 1, VR CS, VM 1. Indicates whether or not the image contains sufficiently recognizable visual features to allow the image or a reconstruction from a set of images to identify the patient."""

    ImageLaterality: Annotated[
        _ImageLateralityOphthalmicThicknessMapValue,
        Attribute(
            0x00200062, "CS", "1", "1", name="Image Laterality", enumerated=((0, ("R", "L")),)
        ),
    ]
    """Image Laterality (0020,0062): Type 1, VR CS, VM 1. Laterality of object imaged (as described in Anatomic Region Sequence (0008,2218)) examined. Enumerated Values: R right eye L left eye This Attribute is mandatory, in order to ensure that images may be positioned correctly relative to one a..."""

    RealWorldValueMappingSequence: Annotated[
        list[_RealWorldValueMappingItem],
        Attribute(0x00409096, "SQ", "1", "1", name="Real World Value Mapping Sequence"),
    ]
    """Real World Value Mapping Sequence (0040,9096): Type 1, VR SQ, VM 1. The mapping of stored values to associated Real World values. One or more Items shall be included in this Sequence."""

    AnatomicRegionSequence: Annotated[
        list[_AnatomicRegionSequenceItem],
        Attribute(0x00082218, "SQ", "1", "1", name="Anatomic Region Sequence"),
    ]
    """Anatomic Region Sequence (0008,2218): Type 1, VR SQ, VM 1. Sequence that identifies the anatomic region of interest in this Instance (i.e., external anatomy, surface anatomy, or general region of the body). Only a single Item shall be included in this Sequence."""

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
    "BurnedInAnnotation": (
        "dicomodel.enums.burned_in_annotation",
        "BurnedInAnnotationEnhancedMRImage",
    ),
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
    "ImageLaterality": (
        "dicomodel.enums.image_laterality",
        "ImageLateralityOphthalmicThicknessMap",
    ),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationCornealTopographyMapImage",
    ),
    "PixelSpacingCalibrationType": (
        "dicomodel.enums.pixel_spacing_calibration_type",
        "PixelSpacingCalibrationType",
    ),
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
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
        "RecognizableVisualFeaturesCornealTopographyMapImage",
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
