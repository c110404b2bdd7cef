"""Ophthalmic Thickness Map Module Attributes.

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
    from dicomodel.enums.ophthalmic_mapping_device_type import (
        OphthalmicMappingDeviceTypeTerm as _OphthalmicMappingDeviceTypeTerm,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationValue as _PhotometricInterpretationValue,
    )
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationOphthalmicThicknessMapValue as _PixelPresentationOphthalmicThicknessMapValue,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesIntravascularOCTImageValue as _RecognizableVisualFeaturesIntravascularOCTImageValue,
    )
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as _AlgorithmIdentificationItem,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.externally_sourced_data_set_identification_item import (
        ExternallySourcedDataSetIdentificationItem as _ExternallySourcedDataSetIdentificationItem,
    )
    from dicomodel.items.pixel_value_mapping_to_coded_concept_sequence_item import (
        PixelValueMappingToCodedConceptSequenceItem as _PixelValueMappingToCodedConceptSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.real_world_value_mapping_item import (
        RealWorldValueMappingItem as _RealWorldValueMappingItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as _ReferencedInstanceSequenceItemMRSpectroscopy,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as _ReferencedInstanceSequenceItemRTDose,
    )
    from dicomodel.items.registration_to_localizer_sequence_item import (
        RegistrationToLocalizerSequenceItem as _RegistrationToLocalizerSequenceItem,
    )
    from dicomodel.items.relevant_opt_attributes_sequence_item import (
        RelevantOPTAttributesSequenceItem as _RelevantOPTAttributesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AlgorithmIdentificationItem = Lazy(
        "dicomodel.items.algorithm_identification_item", "AlgorithmIdentificationItem"
    )
    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _BurnedInAnnotationEnhancedMRImageValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationEnhancedMRImageValue"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ExternallySourcedDataSetIdentificationItem = Lazy(
        "dicomodel.items.externally_sourced_data_set_identification_item",
        "ExternallySourcedDataSetIdentificationItem",
    )
    _ImageLateralityOphthalmicThicknessMapValue = Lazy(
        "dicomodel.enums.image_laterality", "ImageLateralityOphthalmicThicknessMapValue"
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _OphthalmicMappingDeviceTypeTerm = Lazy(
        "dicomodel.enums.ophthalmic_mapping_device_type", "OphthalmicMappingDeviceTypeTerm"
    )
    _PhotometricInterpretationValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationValue"
    )
    _PixelPresentationOphthalmicThicknessMapValue = Lazy(
        "dicomodel.enums.pixel_presentation", "PixelPresentationOphthalmicThicknessMapValue"
    )
    _PixelValueMappingToCodedConceptSequenceItem = Lazy(
        "dicomodel.items.pixel_value_mapping_to_coded_concept_sequence_item",
        "PixelValueMappingToCodedConceptSequenceItem",
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _RealWorldValueMappingItem = Lazy(
        "dicomodel.items.real_world_value_mapping_item", "RealWorldValueMappingItem"
    )
    _RecognizableVisualFeaturesIntravascularOCTImageValue = Lazy(
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeaturesIntravascularOCTImageValue",
    )
    _ReferencedInstanceSequenceItemMRSpectroscopy = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
        "ReferencedInstanceSequenceItemMRSpectroscopy",
    )
    _ReferencedInstanceSequenceItemRTDose = Lazy(
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    )
    _RegistrationToLocalizerSequenceItem = Lazy(
        "dicomodel.items.registration_to_localizer_sequence_item",
        "RegistrationToLocalizerSequenceItem",
    )
    _RelevantOPTAttributesSequenceItem = Lazy(
        "dicomodel.items.relevant_opt_attributes_sequence_item", "RelevantOPTAttributesSequenceItem"
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
    from dicomodel.enums.ophthalmic_mapping_device_type import (
        OphthalmicMappingDeviceTypeTerm as OphthalmicMappingDeviceTypeTerm,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretation as PhotometricInterpretation,
    )
    from dicomodel.enums.pixel_presentation import (
        PixelPresentationOphthalmicThicknessMap as PixelPresentation,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesIntravascularOCTImage as RecognizableVisualFeatures,
    )
    from dicomodel.enums.registered_localizer_units import (
        RegisteredLocalizerUnits as RegisteredLocalizerUnits,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.algorithm_identification_item import (
        AlgorithmIdentificationItem as AcquisitionMethodAlgorithmSequenceItem,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AcquisitionMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AlgorithmFamilyCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as AlgorithmNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as OphthalmicThicknessMapTypeCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PixelValueMappingCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RelativeImagePositionCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RetinalThicknessDefinitionCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.externally_sourced_data_set_identification_item import (
        ExternallySourcedDataSetIdentificationItem as OphthalmicThicknessMappingNormalsSequenceItem,
    )
    from dicomodel.items.pixel_value_mapping_to_coded_concept_sequence_item import (
        PixelValueMappingToCodedConceptSequenceItem as PixelValueMappingToCodedConceptSequenceItem,
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
    from dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy import (
        ReferencedInstanceSequenceItemMRSpectroscopy as SourceImageSequenceItem,
    )
    from dicomodel.items.referenced_instance_sequence_item_rt_dose import (
        ReferencedInstanceSequenceItemRTDose as ReferencedInstanceSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.registration_to_localizer_sequence_item import (
        RegistrationToLocalizerSequenceItem as RegistrationToLocalizerSequenceItem,
    )
    from dicomodel.items.relevant_opt_attributes_sequence_item import (
        RelevantOPTAttributesSequenceItem as RelevantOPTAttributesSequenceItem,
    )

__all__ = [
    "AcquisitionMethodAlgorithmSequenceItem",
    "AcquisitionMethodCodeSequenceItem",
    "AlgorithmFamilyCodeSequenceItem",
    "AlgorithmNameCodeSequenceItem",
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "BurnedInAnnotation",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "ImageLaterality",
    "LossyImageCompression",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "OphthalmicMappingDeviceTypeTerm",
    "OphthalmicThicknessMapModule",
    "OphthalmicThicknessMapTypeCodeSequenceItem",
    "OphthalmicThicknessMappingNormalsSequenceItem",
    "PhotometricInterpretation",
    "PixelPresentation",
    "PixelValueMappingCodeSequenceItem",
    "PixelValueMappingToCodedConceptSequenceItem",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "PurposeOfReferenceCodeSequenceItem",
    "QuantityDefinitionSequenceItem",
    "RealWorldValueMappingSequenceItem",
    "RecognizableVisualFeatures",
    "ReferencedInstanceSequenceItem",
    "ReferencedSOPSequenceItem",
    "RegisteredLocalizerUnits",
    "RegistrationToLocalizerSequenceItem",
    "RelativeImagePositionCodeSequenceItem",
    "RelevantOPTAttributesSequenceItem",
    "RetinalThicknessDefinitionCodeSequenceItem",
    "SourceImageSequenceItem",
    "ValueType",
]


class OphthalmicThicknessMapModule(DicomModel):
    """Ophthalmic Thickness Map Module Attributes (PS3.3 Table C.8.28.2-1)."""

    dicom_name: ClassVar[str] = "Ophthalmic Thickness Map"
    dicom_table: ClassVar[str] = "table_C.8.28.2-1"

    OphthalmicMappingDeviceType: Annotated[
        _OphthalmicMappingDeviceTypeTerm | vr.CS,
        Attribute(0x00221415, "CS", "1", "1", name="Ophthalmic Mapping Device Type"),
    ]
    """Ophthalmic Mapping Device Type (0022,1415): Type 1, VR CS, VM 1. Describes the type of ophthalmic mapping acquisition device. See Section C.8.28.2.1.3 for further explanation. Defined Terms OCT Optical coherence tomography POLARIMETRY Scanning laser polarimetry SLO_TOMO Scanning Laser Ophthalmoscopy Tomo..."""

    AcquisitionMethodCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00221420, "SQ", "1", "1", name="Acquisition Method Code Sequence"),
    ]
    """Acquisition Method Code Sequence (0022,1420): Type 1, VR SQ, VM 1. The acquisition method used for obtaining ophthalmic thickness mapping. Only a single Item shall be included in this Sequence."""

    AcquisitionMethodAlgorithmSequence: Annotated[
        list[_AlgorithmIdentificationItem] | None,
        Attribute(
            0x00221423,
            "SQ",
            "1",
            "1C",
            name="Acquisition Method Algorithm Sequence",
            when=("code", 0x00221420, (("111923", "DCM"),)),
            otherwise="may",
        ),
    ] = None
    """Acquisition Method Algorithm Sequence (0022,1423): Type 1C, VR SQ, VM 1. Required if Acquisition Method Code Sequence (0022,1420) contains an Item with the value of (111923, DCM, \"Corneal birefringence compensation\") May be present otherwise. Software algorithm used to provide acquisition method. Required if Acquisition Method Code Sequence (0022,1420) contains an Item with the value of (111923, DCM, \"Corneal birefringence compensation\") May be present otherwise."""

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
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.28.2.1.1 for specialization."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples Per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples Per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. See Section C.7.6.3.1.1 for further explanation. Enumerated Values: 1"""

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
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specified the intended interpretation of the pixel data. See Section C.7.6.3.1.2 for further explanation. Enumerated Values: MONOCHROME2"""

    PixelRepresentation: Annotated[
        vr.US,
        Attribute(
            0x00280103, "US", "1", "1", name="Pixel Representation", enumerated=((0, ("0000H",)),)
        ),
    ]
    """Pixel Representation (0028,0103): Type 1, VR US, VM 1. Data representation of pixel samples. Enumerated Values: 0000H unsigned integer"""

    PixelSpacing: Annotated[
        list[vr.DS], Attribute(0x00280030, "DS", "2", "1", name="Pixel Spacing")
    ]
    """Pixel Spacing (0028,0030): Type 1, VR DS, VM 2. Physical distance in the patient between the center of each pixel, specified by a numeric pair - adjacent row spacing (delimiter) adjacent column spacing in mm."""

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

    PixelPresentation: Annotated[
        _PixelPresentationOphthalmicThicknessMapValue,
        Attribute(
            0x00089205,
            "CS",
            "1",
            "1",
            name="Pixel Presentation",
            enumerated=((0, ("COLOR", "COLOR_REF")),),
        ),
    ]
    """Pixel Presentation (0008,9205): Type 1, VR CS, VM 1. The source of the color information for use during rendering. Enumerated Values: COLOR Use Supplemental Palette Color Lookup Table Module Attributes COLOR_REF Use Referenced Color Palette Instance UID (0028,0304)"""

    ReferencedColorPaletteInstanceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00280304,
            "UI",
            "1",
            "1C",
            name="Referenced Color Palette Instance UID",
            when=("value", 0x00089205, 0, "in", ("COLOR_REF",)),
        ),
    ] = None
    """Referenced Color Palette Instance UID (0028,0304): Type 1C, VR UI, VM 1. Required if Pixel Presentation (0008,9205) is COLOR_REF. The identifier of the color palette (i.e., an Instance of the Color Palette Storage SOP Class \"1.2.840.10008.5.1.4.39.1\") for use during rendering. Required if Pixel Presentation (0008,9205) is COLOR_REF."""

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

    BurnedInAnnotation: Annotated[
        _BurnedInAnnotationEnhancedMRImageValue,
        Attribute(
            0x00280301, "CS", "1", "1", name="Burned In Annotation", enumerated=((0, ("NO",)),)
        ),
    ]
    """Burned In Annotation (0028,0301): Type 1, VR CS, VM 1. Indicates that the image does not contain burned in annotation to identify the patient and date the image was acquired. Enumerated Values: NO"""

    RecognizableVisualFeatures: Annotated[
        _RecognizableVisualFeaturesIntravascularOCTImageValue,
        Attribute(
            0x00280302,
            "CS",
            "1",
            "1",
            name="Recognizable Visual Features",
            enumerated=((0, ("NO",)),),
        ),
    ]
    """Recognizable Visual Features (0028,0302): Type 1, VR CS, VM 1. Indicates whether or not the image contains sufficiently recognizable visual features to allow the image or a reconstruction from a set of images to identify the patient. Enumerated Values: NO"""

    ImageLaterality: Annotated[
        _ImageLateralityOphthalmicThicknessMapValue,
        Attribute(
            0x00200062, "CS", "1", "1", name="Image Laterality", enumerated=((0, ("R", "L")),)
        ),
    ]
    """Image Laterality (0020,0062): Type 1, VR CS, VM 1. Laterality of object imaged (as described in Anatomic Region Sequence (0008,2218)) examined. Enumerated Values: R right eye L left eye This Attribute is mandatory, in order to ensure that images may be positioned correctly relative to one a..."""

    OphthalmicThicknessMapTypeCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00221436, "SQ", "1", "1", name="Ophthalmic Thickness Map Type Code Sequence"),
    ]
    """Ophthalmic Thickness Map Type Code Sequence (0022,1436): Type 1, VR SQ, VM 1. The type of ophthalmic thickness map encoded in this SOP Instance. It specifies the meaning of the pixel values. Only a single Item shall be included in this Sequence."""

    RealWorldValueMappingSequence: Annotated[
        list[_RealWorldValueMappingItem],
        Attribute(0x00409096, "SQ", "1", "1", name="Real World Value Mapping Sequence"),
    ]
    """Real World Value Mapping Sequence (0040,9096): Type 1, VR SQ, VM 1. The mapping of stored values to associated Real World values. One or more Items shall be included in this Sequence."""

    PixelValueMappingToCodedConceptSequence: Annotated[
        list[_PixelValueMappingToCodedConceptSequenceItem] | None,
        Attribute(
            0x00221450,
            "SQ",
            "1",
            "1C",
            name="Pixel Value Mapping to Coded Concept Sequence",
            when=("code", 0x00221436, (("111931", "DCM"),)),
            otherwise="may",
        ),
    ] = None
    """Pixel Value Mapping to Coded Concept Sequence (0022,1450): Type 1C, VR SQ, VM 1. Required if Ophthalmic Thickness Map Type Code Sequence (0022,1436) contains an Item with the value (111931, DCM, \"Thickness deviation category from normative data\"). May be present otherwise. Provides a pixel value and the mapping of that pixel value to an associated Coded Concept. Required if Ophthalmic Thickness Map Type Code Sequence (0022,1436) contains an Item with the value (111931, DCM, \"Thickness deviation category from..."""

    OphthalmicThicknessMappingNormalsSequence: Annotated[
        list[_ExternallySourcedDataSetIdentificationItem] | None,
        Attribute(
            0x00221443,
            "SQ",
            "1",
            "1C",
            name="Ophthalmic Thickness Mapping Normals Sequence",
            when=("code", 0x00221436, (("111931", "DCM"), ("111932", "DCM"))),
            otherwise="may",
        ),
    ] = None
    """Ophthalmic Thickness Mapping Normals Sequence (0022,1443): Type 1C, VR SQ, VM 1. Required if Ophthalmic Thickness Map Type Code Sequence (0022,1436) contains an Item with the value or (111931, DCM, \"Thickness deviation category from normative data\") or (111932, DCM, \"Thickness deviation from normative data\"). May be present otherwise. Identifies the Externally Sourced Data Set used for mapping values from a normative data base. Required if Ophthalmic Thickness Map Type Code Sequence (0022,1436) contains an Item with the value or (111931, DCM, \"Thickness deviation categor..."""

    RelevantOPTAttributesSequence: Annotated[
        list[_RelevantOPTAttributesSequenceItem] | None,
        Attribute(
            0x00221472,
            "SQ",
            "1",
            "1C",
            name="Relevant OPT Attributes Sequence",
            when=("value", 0x00221415, 0, "in", ("OCT",)),
        ),
    ] = None
    """Relevant OPT Attributes Sequence (0022,1472): Type 1C, VR SQ, VM 1. Required if Ophthalmic Mapping Device Type (0022,1415) is OCT. Attributes from the OPT image that provide critical context for the interpretation of this ophthalmic map SOP Instance. Required if Ophthalmic Mapping Device Type (0022,1415) is OCT. Only a single Item shall be included in this Sequence."""

    SourceImageSequence: Annotated[
        list[_ReferencedInstanceSequenceItemMRSpectroscopy] | None,
        Attribute(
            0x00082112,
            "SQ",
            "1",
            "1C",
            name="Source Image Sequence",
            when=("value", 0x00221415, 0, "in", ("OCT",)),
            otherwise="may",
        ),
    ] = None
    """Source Image Sequence (0008,2112): Type 1C, VR SQ, VM 1. Required if Ophthalmic Mapping Device Type (0022,1415) is OCT. May be present otherwise. The Image SOP Class/Instance pair of the Image that was used to generate this Image. Required if Ophthalmic Mapping Device Type (0022,1415) is OCT. May be present otherwise. Only a single Item shall be included in this Sequence."""

    ReferencedInstanceSequence: Annotated[
        list[_ReferencedInstanceSequenceItemRTDose] | None,
        Attribute(
            0x0008114A,
            "SQ",
            "1",
            "1C",
            name="Referenced Instance Sequence",
            when=("unknown", "depends on what is known to the creator"),
            otherwise="may",
        ),
    ] = None
    """Referenced Instance Sequence (0008,114A): Type 1C, VR SQ, VM 1. Required if Ophthalmic Photography Reference Image available. May be present otherwise. A Sequence that provides reference to a set of SOP Class/Instance pairs identifying images or other composite SOP Instances to plan the acquisition or significant related information."""

    RegistrationToLocalizerSequence: Annotated[
        list[_RegistrationToLocalizerSequenceItem] | None,
        Attribute(0x00221465, "SQ", "1", "3", name="Registration to Localizer Sequence"),
    ] = None
    """Registration to Localizer Sequence (0022,1465): Type 3, VR SQ, VM 1. Registration of current Instance to a localizer SOP Instance referenced in Attribute Referenced Instance Sequence (0008,114A). See Section C.8.28.2.1.2 for an example."""

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

    RelativeImagePositionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0022001D, "SQ", "1", "3", name="Relative Image Position Code Sequence"),
    ] = None
    """Relative Image Position Code Sequence (0022,001D): Type 3, VR SQ, VM 1. The position of this image on the retina (as defined by a specified nomenclature; the nomenclature is implicit in the code used). Only a single Item is permitted in this Sequence."""

    AnatomicStructureReferencePoint: Annotated[
        list[vr.FL] | None,
        Attribute(
            0x00221463,
            "FL",
            "2",
            "1C",
            name="Anatomic Structure Reference Point",
            when=(
                "code",
                0x00082228,
                (("67046006", "SCT"), ("81016008", "SCT"), ("49755003", "SCT"), ("111934", "DCM")),
            ),
            otherwise="may",
        ),
    ] = None
    """Anatomic Structure Reference Point (0022,1463): Type 1C, VR FL, VM 2. Required if Primary Anatomic Structure Sequence (0008,2228) contains an Item with the value (67046006, SCT, \"Fovea centralis\") or (81016008, SCT, \"Optic nerve head\") or (49755003, SCT, \"Lesion\") or (111934, DCM, \"Disc-Fovea\"). May be present otherwise. Location of a point in the image identified by an anatomic structure. This is used in ophthalmology for a landmark within a patient's eye. Given as column\\row. Column is the horizontal offset and row is the vertical offset."""

    RetinalThicknessDefinitionCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00221445,
            "SQ",
            "1",
            "1C",
            name="Retinal Thickness Definition Code Sequence",
            when=("value", 0x00080008, 3, "in", ("RETINAL_THICK",)),
        ),
    ] = None
    """Retinal Thickness Definition Code Sequence (0022,1445): Type 1C, VR SQ, VM 1. Required if Attribute Image Type (0008,0008) value 3 is RETINAL_THICK. The definition of the retinal thickness for this image. Required if Attribute Image Type (0008,0008) value 3 is RETINAL_THICK. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AcquisitionMethodAlgorithmSequenceItem": (
        "dicomodel.items.algorithm_identification_item",
        "AlgorithmIdentificationItem",
    ),
    "AcquisitionMethodCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmFamilyCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "AlgorithmNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "OphthalmicMappingDeviceTypeTerm": (
        "dicomodel.enums.ophthalmic_mapping_device_type",
        "OphthalmicMappingDeviceTypeTerm",
    ),
    "OphthalmicThicknessMapTypeCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "OphthalmicThicknessMappingNormalsSequenceItem": (
        "dicomodel.items.externally_sourced_data_set_identification_item",
        "ExternallySourcedDataSetIdentificationItem",
    ),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretation",
    ),
    "PixelPresentation": (
        "dicomodel.enums.pixel_presentation",
        "PixelPresentationOphthalmicThicknessMap",
    ),
    "PixelValueMappingCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PixelValueMappingToCodedConceptSequenceItem": (
        "dicomodel.items.pixel_value_mapping_to_coded_concept_sequence_item",
        "PixelValueMappingToCodedConceptSequenceItem",
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
        "RecognizableVisualFeaturesIntravascularOCTImage",
    ),
    "ReferencedInstanceSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_rt_dose",
        "ReferencedInstanceSequenceItemRTDose",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "RegisteredLocalizerUnits": (
        "dicomodel.enums.registered_localizer_units",
        "RegisteredLocalizerUnits",
    ),
    "RegistrationToLocalizerSequenceItem": (
        "dicomodel.items.registration_to_localizer_sequence_item",
        "RegistrationToLocalizerSequenceItem",
    ),
    "RelativeImagePositionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RelevantOPTAttributesSequenceItem": (
        "dicomodel.items.relevant_opt_attributes_sequence_item",
        "RelevantOPTAttributesSequenceItem",
    ),
    "RetinalThicknessDefinitionCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SourceImageSequenceItem": (
        "dicomodel.items.referenced_instance_sequence_item_mr_spectroscopy",
        "ReferencedInstanceSequenceItemMRSpectroscopy",
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
