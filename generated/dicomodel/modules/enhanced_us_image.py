"""Enhanced US Image Module Attributes.

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
    from dicomodel.enums.dimension_organization_type import (
        DimensionOrganizationTypeValue as _DimensionOrganizationTypeValue,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationValue as _PhotometricInterpretationValue,
    )
    from dicomodel.enums.position_measuring_device_used import (
        PositionMeasuringDeviceUsedValue as _PositionMeasuringDeviceUsedValue,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImageValue as _PresentationLUTShapeSCMultiFrameImageValue,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesValue as _RecognizableVisualFeaturesValue,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirectionValue as _SliceProgressionDirectionValue,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as _DeviceIdentificationItem,
    )
    from dicomodel.items.event_timer_sequence_item import (
        EventTimerSequenceItem as _EventTimerSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as _HierarchicalSOPInstanceReferenceItem,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as _ImagePixelItemImageReference,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as _ReferencedInstanceSequenceItemMRSpectroscopy,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as _ReferencedInstanceSequenceItemRTDose,
    )
    from dicomodel.items.view_code_sequence_item import (
        ViewCodeSequenceItem as _ViewCodeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _BurnedInAnnotationEnhancedMRImageValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationEnhancedMRImageValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _DeviceIdentificationItem = Lazy(
        "dicomodel.items.device_identification_item", "DeviceIdentificationItem"
    )
    _DimensionOrganizationTypeValue = Lazy(
        "dicomodel.enums.dimension_organization_type", "DimensionOrganizationTypeValue"
    )
    _EventTimerSequenceItem = Lazy(
        "dicomodel.items.event_timer_sequence_item", "EventTimerSequenceItem"
    )
    _HierarchicalSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    )
    _ImagePixelItemImageReference = Lazy(
        "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PhotometricInterpretationValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationValue"
    )
    _PositionMeasuringDeviceUsedValue = Lazy(
        "dicomodel.enums.position_measuring_device_used", "PositionMeasuringDeviceUsedValue"
    )
    _PresentationLUTShapeSCMultiFrameImageValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeSCMultiFrameImageValue"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _RecognizableVisualFeaturesValue = Lazy(
        "dicomodel.enums.recognizable_visual_features", "RecognizableVisualFeaturesValue"
    )
    _ReferencedInstanceSequenceItemMRSpectroscopy = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
        "ReferencedInstanceSequenceItemMRSpectroscopy",
    )
    _ReferencedInstanceSequenceItemRTDose = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    )
    _SliceProgressionDirectionValue = Lazy(
        "dicomodel.enums.slice_progression_direction", "SliceProgressionDirectionValue"
    )
    _ViewCodeSequenceItem = Lazy("dicomodel.items.view_code_sequence_item", "ViewCodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImage as BurnedInAnnotation,
    )
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.dimension_organization_type import (
        DimensionOrganizationType as DimensionOrganizationType,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretation as PhotometricInterpretation,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as PhotometricInterpretationTerm,
    )
    from dicomodel.enums.position_measuring_device_used import (
        PositionMeasuringDeviceUsed as PositionMeasuringDeviceUsed,
    )
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImage as PresentationLUTShape,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirection as SliceProgressionDirection,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as EventCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as StageCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TransducerApplicationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TransducerBeamSteeringCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TransducerGeometryCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as TransducerScanPatternCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ViewModifierCodeSequenceItem
    from dicomodel.items.device_identification_item import (
        DeviceIdentificationItem as TransducerIdentificationSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.event_timer_sequence_item import (
        EventTimerSequenceItem as EventTimerSequenceItem,
    )
    from dicomodel.items.hierarchical_series_reference_item import (
        HierarchicalSeriesReferenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedRawDataSequenceItem,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as IconImageSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as ReferencedImageSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as SourceImageSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference import (
        ReferencedSOPSequenceItemHierarchicalEvidenceReference as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem
    from dicomodel.items.view_code_sequence_item import ViewCodeSequenceItem as ViewCodeSequenceItem

__all__ = [
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "BurnedInAnnotation",
    "ColorSpaceTerm",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "DimensionOrganizationType",
    "EnhancedUSImageModule",
    "EquivalentCodeSequenceItem",
    "EventCodeSequenceItem",
    "EventTimerSequenceItem",
    "IconImageSequenceItem",
    "LossyImageCompression",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "PhotometricInterpretation",
    "PhotometricInterpretationTerm",
    "PositionMeasuringDeviceUsed",
    "PresentationLUTShape",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "RecognizableVisualFeatures",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedRawDataSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSeriesSequenceItem",
    "SliceProgressionDirection",
    "SourceImageSequenceItem",
    "StageCodeSequenceItem",
    "TransducerApplicationCodeSequenceItem",
    "TransducerBeamSteeringCodeSequenceItem",
    "TransducerGeometryCodeSequenceItem",
    "TransducerIdentificationSequenceItem",
    "TransducerScanPatternCodeSequenceItem",
    "UDISequenceItem",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
]


class EnhancedUSImageModule(DicomModel):
    """Enhanced US Image Module Attributes (PS3.3 Table C.8.24.3-1)."""

    dicom_name: ClassVar[str] = "Enhanced US Image"
    dicom_table: ClassVar[str] = "table_C.8.24.3-1"

    ImageType: Annotated[list[vr.CS], Attribute(0x00080008, "CS", "2-n", "1", name="Image Type")]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.24.3.2 for specialization."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples Per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples Per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples per pixel in this image. Enumerated Values: 1"""

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
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Enumerated Values: 8 16"""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Shall be equal to Bits Allocated (0028,0100)."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. High Bit (0028,0102) shall be one less than Bits Stored (0028,0101)."""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0000H",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of pixel samples. The constrained Enumerated Value implies the VR of all Palette Color Lookup Table Descriptors be US (and not SS). Enumerated Values: 0000H unsigned integer See Section C.8.24.3.1 for specialization."""

    DimensionOrganizationType: Annotated[
        _DimensionOrganizationTypeValue,
        Attribute(
            0x00209311,
            "CS",
            "1",
            "1",
            name="Dimension Organization Type",
            enumerated=((0, ("3D", "3D_TEMPORAL")),),
        ),
    ]
    """Dimension Organization Type (0020,9311): Type 1, VR CS, VM 1. Dimension organization of the Instance. Enumerated Values: 3D 3D_TEMPORAL See Section C.8.24.3.3 for details."""

    AcquisitionDateTime: Annotated[
        vr.DT, Attribute(0x0008002A, "DT", "1", "1", name="Acquisition DateTime")
    ]
    """Acquisition DateTime (0008,002A): Type 1, VR DT, VM 1. The date and time that the acquisition of data that resulted in this image started."""

    AcquisitionDuration: Annotated[
        vr.FD, Attribute(0x00189073, "FD", "1", "1", name="Acquisition Duration")
    ]
    """Acquisition Duration (0018,9073): Type 1, VR FD, VM 1. Duration of the image acquisition in seconds."""

    PositionMeasuringDeviceUsed: Annotated[
        _PositionMeasuringDeviceUsedValue | None,
        Attribute(
            0x0018980C,
            "CS",
            "1",
            "1C",
            name="Position Measuring Device Used",
            enumerated=((0, ("RIGID", "TRACKED", "FREEHAND")),),
            when=(
                "and",
                ("value", 0x00089206, 0, "in", ("VOLUME",)),
                ("value", 0x00089207, 0, "in", ("NONE",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Position Measuring Device Used (0018,980C): Type 1C, VR CS, VM 1. Required if Volumetric Properties (0008,9206) is VOLUME and Volume Based Calculation Technique (0008,9207) is NONE. May be present otherwise. Describes the type of position measuring device used in the acquisition of the image, if any. This gives an indication of the degree of precision of Pixel Spacing (0028,0030) and the spacing between adjacent planes."""

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
    """Lossy Image Compression (0028,2110): Type 1, VR CS, VM 1. Specifies whether an Image has undergone lossy compression (at a point in its lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

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

    PresentationLUTShape: Annotated[
        _PresentationLUTShapeSCMultiFrameImageValue,
        Attribute(
            0x20500020,
            "CS",
            "1",
            "1",
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY",)),),
        ),
    ]
    """Presentation LUT Shape (2050,0020): Type 1, VR CS, VM 1. Specifies an identity transformation for the Presentation LUT, such that the output of all grayscale transformations defined in the IOD containing this Module are defined to be P-Values. Enumerated Values: IDENTITY output is in P-Values."""

    RescaleIntercept: Annotated[
        vr.DS,
        Attribute(0x00281052, "DS", "1", "1", name="Rescale Intercept", enumerated=((0, ("0",)),)),
    ]
    """Rescale Intercept (0028,1052): Type 1, VR DS, VM 1. The value b in relationship between stored values (SV) and the output units. Output units = m*SV + b. Enumerated Values: 0"""

    RescaleSlope: Annotated[
        vr.DS,
        Attribute(0x00281053, "DS", "1", "1", name="Rescale Slope", enumerated=((0, ("1",)),)),
    ]
    """Rescale Slope (0028,1053): Type 1, VR DS, VM 1. m in the equation specified by Rescale Intercept (0028,1052). Enumerated Values: 1"""

    SourceImageSequence: Annotated[
        list[_ReferencedInstanceSequenceItemMRSpectroscopy] | None,
        Attribute(
            0x00082112,
            "SQ",
            "1",
            "1C",
            name="Source Image Sequence",
            when=("value", 0x00080008, 1, "in", ("DERIVED",)),
        ),
    ] = None
    """Source Image Sequence (0008,2112): Type 1C, VR SQ, VM 1. Required if Image Type (0008,0008) Value 1 is DERIVED. A Sequence that identifies the set of Image SOP Class/Instance pairs of the Images that were used to derive this Image. One or more Items shall be included in this Sequence. See Section C.12.4.1.2 for further explanation."""

    ReferencedImageSequence: Annotated[
        list[_ReferencedInstanceSequenceItemMRSpectroscopy] | None,
        Attribute(0x00081140, "SQ", "1", "3", name="Referenced Image Sequence"),
    ] = None
    """Referenced Image Sequence (0008,1140): Type 3, VR SQ, VM 1. A Sequence that references other images significantly related to this image. (e.g., an image containing spatially related frames) One or more Items are permitted in this Sequence."""

    ReferencedRawDataSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(0x00089121, "SQ", "1", "3", name="Referenced Raw Data Sequence"),
    ] = None
    """Referenced Raw Data Sequence (0008,9121): Type 3, VR SQ, VM 1. A Sequence that identifies the set of Raw Data SOP Class/Instance pairs of the raw data that were used to derive this Image. One or more Items are permitted in this Sequence."""

    ReferencedInstanceSequence: Annotated[
        list[_ReferencedInstanceSequenceItemRTDose] | None,
        Attribute(
            0x0008114A,
            "SQ",
            "1",
            "1C",
            name="Referenced Instance Sequence",
            when=(
                "unknown",
                "names no attribute: waveforms are acquired in conjunction with image acquisition",
            ),
            otherwise="may",
        ),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 1C, VR SQ, VM 1. Required if waveforms are acquired in conjunction with image acquisition. May be present otherwise. A Sequence that provides reference to a set of non-image SOP Class/Instance pairs significantly related to this Image, including waveforms that may or may not be temporally synchronized with this image."""

    NumberOfStages: Annotated[
        vr.IS | None,
        Attribute(
            0x00082124,
            "IS",
            "1",
            "1C",
            name="Number of Stages",
            when=("and", ("present", 0x00400261), ("value", 0x00400261, 0, "in", ("STAGED",))),
        ),
    ] = None
    """Number of Stages (0008,2124): Type 1C, VR IS, VM 1. Required if Performed Protocol Type (0040,0261) is present with value STAGED. Number of stages in this protocol. Required if Performed Protocol Type (0040,0261) is present with value STAGED."""

    StageNumber: Annotated[
        vr.IS | None,
        Attribute(
            0x00082122,
            "IS",
            "1",
            "1C",
            name="Stage Number",
            when=("and", ("present", 0x00400261), ("value", 0x00400261, 0, "in", ("STAGED",))),
        ),
    ] = None
    """Stage Number (0008,2122): Type 1C, VR IS, VM 1. Required if Performed Protocol Type (0040,0261) is present with value STAGED. A number that identifies the Stage. Stage Number starts at one. Required if Performed Protocol Type (0040,0261) is present with value STAGED."""

    StageCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0040000A,
            "SQ",
            "1",
            "1C",
            name="Stage Code Sequence",
            when=("and", ("present", 0x00400261), ("value", 0x00400261, 0, "in", ("STAGED",))),
        ),
    ] = None
    """Stage Code Sequence (0040,000A): Type 1C, VR SQ, VM 1. Required if Performed Protocol Type (0040,0261) is present with value STAGED. Sequence describing the performed Ultrasound Protocol Stage. Only a single Item shall be included in this Sequence. Required if Performed Protocol Type (0040,0261) is present with value STAGED."""

    ViewCodeSequence: Annotated[
        list[_ViewCodeSequenceItem],
        Attribute(0x00540220, "SQ", "1", "1", name="View Code Sequence"),
    ]
    """View Code Sequence (0054,0220): Type 1, VR SQ, VM 1. Sequence that describes the projection of the anatomic region of interest. Only a single Item shall be included in this Sequence."""

    SliceProgressionDirection: Annotated[
        _SliceProgressionDirectionValue | None,
        Attribute(
            0x00540500,
            "CS",
            "1",
            "1C",
            name="Slice Progression Direction",
            enumerated=(
                (
                    0,
                    (
                        "APEX_TO_BASE",
                        "BASE_TO_APEX",
                        "ANT_TO_INF",
                        "INF_TO_ANT",
                        "SEPTUM_TO_WALL",
                        "WALL_TO_SEPTUM",
                    ),
                ),
            ),
            when=(
                "code",
                0x00540220,
                (("103340004", "SCT"), ("131185001", "SCT"), ("131186000", "SCT")),
            ),
            otherwise="may",
        ),
    ] = None
    """Slice Progression Direction (0054,0500): Type 1C, VR CS, VM 1. Required if View Code Sequence (0054,0220) equals (103340004, SCT, \"Short Axis\") or (131185001, SCT, \"Vertical Long Axis\") or (131186000, SCT, \"Horizontal Long Axis\"). May be present otherwise. Describes the anatomical direction in which a set of slices is progressing (see Section 10.20.1.1). Meaningful only for cardiac images. Enumerated Values are defined in Section 10.20.1.1."""

    EventTimerSequence: Annotated[
        list[_EventTimerSequenceItem] | None,
        Attribute(0x00082133, "SQ", "1", "3", name="Event Timer Sequence"),
    ] = None
    """Event Timer Sequence (0008,2133): Type 3, VR SQ, VM 1. Sequence of time intervals of significance to this image. Each Item describes one time interval either beginning or ending at Acquisition DateTime (0008,002A). One or more Items are permitted in this Sequence."""

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

    BurnedInAnnotation: Annotated[
        _BurnedInAnnotationEnhancedMRImageValue,
        Attribute(
            0x00280301, "CS", "1", "1", name="Burned In Annotation", enumerated=((0, ("NO",)),)
        ),
    ]
    """Burned In Annotation (0028,0301): Type 1, VR CS, VM 1. Indicates whether or not image contains sufficient burned in annotation to identify the patient and date the image was acquired. Enumerated Values: NO"""

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
    """Recognizable Visual Features (0028,0302): Type 3, VR CS, VM 1. Indicates whether or not the image contains sufficiently recognizable visual features to allow the image or a reconstruction from a set of images to identify the patient."""

    IconImageSequence: Annotated[
        list[_ImagePixelItemImageReference] | None,
        Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
    ] = None
    """Icon Image Sequence (0088,0200): Type 3, VR SQ, VM 1. This icon image is representative of the image. Only a single Item is permitted in this Sequence."""

    TransducerData: Annotated[
        list[vr.LO] | None, Attribute(0x00185010, "LO", "1-n", "3", name="Transducer Data")
    ] = None
    """Transducer Data (0018,5010): Type 3, VR LO, VM 1-n. Manufacturer defined code or description."""

    TransducerIdentificationSequence: Annotated[
        list[_DeviceIdentificationItem] | None,
        Attribute(0x00185011, "SQ", "1", "3", name="Transducer Identification Sequence"),
    ] = None
    """Transducer Identification Sequence (0018,5011): Type 3, VR SQ, VM 1. Identification of the ultrasound transducer used. Only a single Item is permitted in this Sequence."""

    TransducerScanPatternCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00189809, "SQ", "1", "1", name="Transducer Scan Pattern Code Sequence"),
    ]
    """Transducer Scan Pattern Code Sequence (0018,9809): Type 1, VR SQ, VM 1. The scan pattern the transducer is capable of. Only a single Item shall be included in this Sequence. See Section C.8.24.3.4 for further explanation."""

    TransducerGeometryCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0018980D, "SQ", "1", "1", name="Transducer Geometry Code Sequence"),
    ]
    """Transducer Geometry Code Sequence (0018,980D): Type 1, VR SQ, VM 1. Geometric structure of the transducer. Only a single Item shall be included in this Sequence. See Section C.8.24.3.4 for further explanation."""

    TransducerBeamSteeringCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0018980E, "SQ", "1", "1", name="Transducer Beam Steering Code Sequence"),
    ]
    """Transducer Beam Steering Code Sequence (0018,980E): Type 1, VR SQ, VM 1. Technique used by the transducer for beam steering. One or more Items shall be included in this Sequence. If more than one Item is present, the order is significant from plane-forming technique to volume-forming technique."""

    TransducerApplicationCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0018980F, "SQ", "1", "1", name="Transducer Application Code Sequence"),
    ]
    """Transducer Application Code Sequence (0018,980F): Type 1, VR SQ, VM 1. The primary clinical application of the transducer. Only a single Item shall be included in this Sequence. See Section C.8.24.3.4 for further explanation."""

    ProcessingFunction: Annotated[
        vr.LO | None, Attribute(0x00185020, "LO", "1", "3", name="Processing Function")
    ] = None
    """Processing Function (0018,5020): Type 3, VR LO, VM 1. Manufacturer defined description of processing of echo information. Data may include code or description of gain (initial, overall, TGC, dynamic range, etc.), pre-processing, post-processing, Doppler processing parameters, e.g., cutoff filt..."""

    MechanicalIndex: Annotated[
        vr.DS, Attribute(0x00185022, "DS", "1", "1", name="Mechanical Index")
    ]
    """Mechanical Index (0018,5022): Type 1, VR DS, VM 1. See Section C.8.5.6.1.8 for Description."""

    BoneThermalIndex: Annotated[
        vr.DS, Attribute(0x00185024, "DS", "1", "1", name="Bone Thermal Index")
    ]
    """Bone Thermal Index (0018,5024): Type 1, VR DS, VM 1. See Section C.8.5.6.1.8 for Description."""

    CranialThermalIndex: Annotated[
        vr.DS, Attribute(0x00185026, "DS", "1", "1", name="Cranial Thermal Index")
    ]
    """Cranial Thermal Index (0018,5026): Type 1, VR DS, VM 1. See Section C.8.5.6.1.8 for Description."""

    SoftTissueThermalIndex: Annotated[
        vr.DS, Attribute(0x00185027, "DS", "1", "1", name="Soft Tissue Thermal Index")
    ]
    """Soft Tissue Thermal Index (0018,5027): Type 1, VR DS, VM 1. See Section C.8.5.6.1.8 for Description."""

    DepthsOfFocus: Annotated[
        list[vr.FD], Attribute(0x00189801, "FD", "1-n", "1", name="Depth(s) of Focus")
    ]
    """Depth(s) of Focus (0018,9801): Type 1, VR FD, VM 1-n. The depth or depths from the transducer face, of the manufacturer defined beam focus points used for the image, in mm."""

    DepthOfScanField: Annotated[
        vr.IS, Attribute(0x00185050, "IS", "1", "1", name="Depth of Scan Field")
    ]
    """Depth of Scan Field (0018,5050): Type 1, VR IS, VM 1. The depth, in mm, from the transducer face to the deepest point included in the image- the field of view."""


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
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DimensionOrganizationType": (
        "dicomodel.enums.dimension_organization_type",
        "DimensionOrganizationType",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "EventCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EventTimerSequenceItem": (
        "dicomodel.items.event_timer_sequence_item",
        "EventTimerSequenceItem",
    ),
    "IconImageSequenceItem": (
        "dicomodel.items.image_pixel_item_image_reference",
        "ImagePixelItemImageReference",
    ),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretation",
    ),
    "PhotometricInterpretationTerm": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationTerm",
    ),
    "PositionMeasuringDeviceUsed": (
        "dicomodel.enums.position_measuring_device_used",
        "PositionMeasuringDeviceUsed",
    ),
    "PresentationLUTShape": (
        "dicomodel.enums.presentation_lut_shape",
        "PresentationLUTShapeSCMultiFrameImage",
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
    "RecognizableVisualFeatures": (
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeatures",
    ),
    "ReferencedDigitalSignatureSequenceItem": (
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    ),
    "ReferencedImageSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
        "ReferencedInstanceSequenceItemMRSpectroscopy",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    ),
    "ReferencedRawDataSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "ReferencedSOPInstanceMACSequenceItem": (
        "dicomodel.items.referenced_sop_instance_mac_sequence_item",
        "ReferencedSOPInstanceMACSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item_hierarchical_evidence_reference",
        "ReferencedSOPSequenceItemHierarchicalEvidenceReference",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.hierarchical_series_reference_item",
        "HierarchicalSeriesReferenceItem",
    ),
    "SliceProgressionDirection": (
        "dicomodel.enums.slice_progression_direction",
        "SliceProgressionDirection",
    ),
    "SourceImageSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
        "ReferencedInstanceSequenceItemMRSpectroscopy",
    ),
    "StageCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "TransducerApplicationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "TransducerBeamSteeringCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "TransducerGeometryCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "TransducerIdentificationSequenceItem": (
        "dicomodel.items.device_identification_item",
        "DeviceIdentificationItem",
    ),
    "TransducerScanPatternCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "ViewCodeSequenceItem": ("dicomodel.items.view_code_sequence_item", "ViewCodeSequenceItem"),
    "ViewModifierCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
