"""Enhanced CT Image Module Attributes.

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
    from dicomodel.enums.content_qualification import (
        ContentQualificationValue as _ContentQualificationValue,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompressionValue as _LossyImageCompressionValue,
    )
    from dicomodel.enums.multienergy_ct_acquisition import (
        MultienergyCTAcquisitionValue as _MultienergyCTAcquisitionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationValue as _PhotometricInterpretationValue,
    )
    from dicomodel.enums.pixel_presentation import PixelPresentationValue as _PixelPresentationValue
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImageValue as _PresentationLUTShapeSCMultiFrameImageValue,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeaturesValue as _RecognizableVisualFeaturesValue,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirectionValue as _SliceProgressionDirectionValue,
    )
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as _VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import (
        VolumetricPropertiesValue as _VolumetricPropertiesValue,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as _HierarchicalSOPInstanceReferenceItem,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as _ImagePixelItemImageReference,
    )
    from dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item import (
        ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem as _ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem,
    )
    from dicomodel.items.patient_to_equipment_relationship_sequence_item import (
        PatientToEquipmentRelationshipSequenceItem as _PatientToEquipmentRelationshipSequenceItem,
    )
    from dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference import (
        ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference as _ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference,
    )
    from dicomodel.items.rt_patient_treatment_preparation_item import (
        RTPatientTreatmentPreparationItem as _RTPatientTreatmentPreparationItem,
    )
    from dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction import (
        ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection as _ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection,
    )
else:
    from dicomodel.lazy import Lazy

    _BurnedInAnnotationEnhancedMRImageValue = Lazy(
        "dicomodel.enums.burned_in_annotation", "BurnedInAnnotationEnhancedMRImageValue"
    )
    _ContentQualificationValue = Lazy(
        "dicomodel.enums.content_qualification", "ContentQualificationValue"
    )
    _HierarchicalSOPInstanceReferenceItem = Lazy(
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    )
    _ImagePixelItemImageReference = Lazy(
        "dicomodel.items.image_pixel_item_image_reference", "ImagePixelItemImageReference"
    )
    _ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem = Lazy(
        "dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item",
        "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _MultienergyCTAcquisitionValue = Lazy(
        "dicomodel.enums.multienergy_ct_acquisition", "MultienergyCTAcquisitionValue"
    )
    _PatientToEquipmentRelationshipSequenceItem = Lazy(
        "dicomodel.items.patient_to_equipment_relationship_sequence_item",
        "PatientToEquipmentRelationshipSequenceItem",
    )
    _PhotometricInterpretationValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationValue"
    )
    _PixelPresentationValue = Lazy("dicomodel.enums.pixel_presentation", "PixelPresentationValue")
    _PresentationLUTShapeSCMultiFrameImageValue = Lazy(
        "dicomodel.enums.presentation_lut_shape", "PresentationLUTShapeSCMultiFrameImageValue"
    )
    _RTPatientTreatmentPreparationItem = Lazy(
        "dicomodel.items.rt_patient_treatment_preparation_item", "RTPatientTreatmentPreparationItem"
    )
    _RecognizableVisualFeaturesValue = Lazy(
        "dicomodel.enums.recognizable_visual_features", "RecognizableVisualFeaturesValue"
    )
    _ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference = Lazy(
        "dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference",
        "ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference",
    )
    _SliceProgressionDirectionValue = Lazy(
        "dicomodel.enums.slice_progression_direction", "SliceProgressionDirectionValue"
    )
    _ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection = Lazy(
        "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
        "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
    )
    _VolumeBasedCalculationTechniqueTerm = Lazy(
        "dicomodel.enums.volume_based_calculation_technique", "VolumeBasedCalculationTechniqueTerm"
    )
    _VolumetricPropertiesValue = Lazy(
        "dicomodel.enums.volumetric_properties", "VolumetricPropertiesValue"
    )

if TYPE_CHECKING:
    from dicomodel.enums.burned_in_annotation import (
        BurnedInAnnotationEnhancedMRImage as BurnedInAnnotation,
    )
    from dicomodel.enums.color_space import ColorSpaceTerm as ColorSpaceTerm
    from dicomodel.enums.content_qualification import ContentQualification as ContentQualification
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mac_algorithm import MACAlgorithmTerm as MACAlgorithmTerm
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.multienergy_ct_acquisition import (
        MultienergyCTAcquisition as MultienergyCTAcquisition,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretation as PhotometricInterpretation,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationTerm as PhotometricInterpretationTerm,
    )
    from dicomodel.enums.pixel_presentation import PixelPresentation as PixelPresentation
    from dicomodel.enums.presentation_lut_shape import (
        PresentationLUTShapeSCMultiFrameImage as PresentationLUTShape,
    )
    from dicomodel.enums.recognizable_visual_features import (
        RecognizableVisualFeatures as RecognizableVisualFeatures,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirection as SliceProgressionDirection,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.enums.volume_based_calculation_technique import (
        VolumeBasedCalculationTechniqueTerm as VolumeBasedCalculationTechniqueTerm,
    )
    from dicomodel.enums.volumetric_properties import VolumetricProperties as VolumetricProperties
    from dicomodel.items.beam_sequence_item import BeamSequenceItem as ReferencedBeamSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DeviceTypeCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientTreatmentPreparationMethodCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PatientTreatmentPreparationProcedureCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ViewModifierCodeSequenceItem
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.content_item import ContentItem as DevicePositionParameterSequenceItem
    from dicomodel.items.content_item import (
        ContentItem as PatientSupportPositionParameterSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hierarchical_series_reference_item import (
        HierarchicalSeriesReferenceItem as ReferencedSeriesSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedImageEvidenceSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedPresentationStateSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedRawDataSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as ReferencedWaveformSequenceItem,
    )
    from dicomodel.items.hierarchical_sop_instance_reference_item import (
        HierarchicalSOPInstanceReferenceItem as SourceImageEvidenceSequenceItem,
    )
    from dicomodel.items.image_pixel_item_image_reference import (
        ImagePixelItemImageReference as IconImageSequenceItem,
    )
    from dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item import (
        ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem as ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem,
    )
    from dicomodel.items.patient_to_equipment_relationship_sequence_item import (
        PatientToEquipmentRelationshipSequenceItem as PatientToEquipmentRelationshipSequenceItem,
    )
    from dicomodel.items.patient_treatment_preparation_procedure_sequence_item import (
        PatientTreatmentPreparationProcedureSequenceItem as PatientTreatmentPreparationProcedureSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as PatientTreatmentPreparationProcedureParameterSequenceItem,
    )
    from dicomodel.items.referenced_digital_signature_sequence_item import (
        ReferencedDigitalSignatureSequenceItem as ReferencedDigitalSignatureSequenceItem,
    )
    from dicomodel.items.referenced_patient_setup_photo_sequence_item import (
        ReferencedPatientSetupPhotoSequenceItem as ReferencedPatientSetupPhotoSequenceItem,
    )
    from dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference import (
        ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.referenced_sop_instance_mac_sequence_item import (
        ReferencedSOPInstanceMACSequenceItem as ReferencedSOPInstanceMACSequenceItem,
    )
    from dicomodel.items.rt_accessory_device_identification_item import (
        RTAccessoryDeviceIdentificationItem as PatientTreatmentPreparationDeviceSequenceItem,
    )
    from dicomodel.items.rt_patient_treatment_preparation_item import (
        RTPatientTreatmentPreparationItem as PatientTreatmentPreparationSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem
    from dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction import (
        ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection as ViewCodeSequenceItem,
    )

__all__ = [
    "BurnedInAnnotation",
    "ColorSpaceTerm",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContentQualification",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DevicePositionParameterSequenceItem",
    "DeviceTypeCodeSequenceItem",
    "EnhancedCTImageModule",
    "EquivalentCodeSequenceItem",
    "IconImageSequenceItem",
    "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    "LossyImageCompression",
    "MACAlgorithmTerm",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MultienergyCTAcquisition",
    "PatientSupportPositionParameterSequenceItem",
    "PatientToEquipmentRelationshipSequenceItem",
    "PatientTreatmentPreparationDeviceSequenceItem",
    "PatientTreatmentPreparationMethodCodeSequenceItem",
    "PatientTreatmentPreparationProcedureCodeSequenceItem",
    "PatientTreatmentPreparationProcedureParameterSequenceItem",
    "PatientTreatmentPreparationProcedureSequenceItem",
    "PatientTreatmentPreparationSequenceItem",
    "PhotometricInterpretation",
    "PhotometricInterpretationTerm",
    "PixelPresentation",
    "PresentationLUTShape",
    "PurposeOfReferenceCodeSequenceItem",
    "RecognizableVisualFeatures",
    "ReferencedBeamSequenceItem",
    "ReferencedDigitalSignatureSequenceItem",
    "ReferencedImageEvidenceSequenceItem",
    "ReferencedPatientSetupPhotoSequenceItem",
    "ReferencedPresentationStateSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedRawDataSequenceItem",
    "ReferencedSOPInstanceMACSequenceItem",
    "ReferencedSeriesSequenceItem",
    "ReferencedWaveformSequenceItem",
    "SliceProgressionDirection",
    "SourceImageEvidenceSequenceItem",
    "UDISequenceItem",
    "ValueType",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
    "VolumeBasedCalculationTechniqueTerm",
    "VolumetricProperties",
]


class EnhancedCTImageModule(DicomModel):
    """Enhanced CT Image Module Attributes (PS3.3 Table C.8-114)."""

    dicom_name: ClassVar[str] = "Enhanced CT Image"
    dicom_table: ClassVar[str] = "table_C.8-114"

    ImageType: Annotated[
        list[vr.CS],
        Attribute(
            0x00080008,
            "CS",
            "2-n",
            "1",
            name="Image Type",
            enumerated=((1, ("ORIGINAL", "DERIVED", "MIXED")), (2, ("PRIMARY",)), (4, ("NONE",))),
        ),
    ]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image characteristics. See Section C.8.16.1 and Section C.8.15.2.1.1."""

    MultienergyCTAcquisition: Annotated[
        _MultienergyCTAcquisitionValue | None,
        Attribute(
            0x00189361,
            "CS",
            "1",
            "3",
            name="Multi-energy CT Acquisition",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Multi-energy CT Acquisition (0018,9361): Type 3, VR CS, VM 1. Indicates whether the image is created by means of Multi-energy technique. Enumerated Values: YES NO"""

    PixelPresentation: Annotated[
        _PixelPresentationValue,
        Attribute(
            0x00089205,
            "CS",
            "1",
            "1",
            name="Pixel Presentation",
            enumerated=((0, ("COLOR", "MONOCHROME", "MIXED", "TRUE_COLOR")),),
        ),
    ]
    """Pixel Presentation (0008,9205): Type 1, VR CS, VM 1. Indication of the presence or absence of color information that may be used during rendering. See Section C.8.16.2.1.1 for a description and Enumerated Values."""

    VolumetricProperties: Annotated[
        _VolumetricPropertiesValue,
        Attribute(
            0x00089206,
            "CS",
            "1",
            "1",
            name="Volumetric Properties",
            enumerated=((0, ("VOLUME", "SAMPLED", "DISTORTED", "MIXED")),),
        ),
    ]
    """Volumetric Properties (0008,9206): Type 1, VR CS, VM 1. Indication if geometric manipulations are possible with frames in the SOP Instance. See Section C.8.16.2.1.2 for a description and Enumerated Values."""

    VolumeBasedCalculationTechnique: Annotated[
        _VolumeBasedCalculationTechniqueTerm | vr.CS,
        Attribute(0x00089207, "CS", "1", "1", name="Volume Based Calculation Technique"),
    ]
    """Volume Based Calculation Technique (0008,9207): Type 1, VR CS, VM 1. Method used for volume calculations with frames in the SOP Instance. See Section C.8.16.2.1.3 for a description and Defined Terms."""

    AcquisitionNumber: Annotated[
        vr.IS | None, Attribute(0x00200012, "IS", "1", "3", name="Acquisition Number")
    ] = None
    """Acquisition Number (0020,0012): Type 3, VR IS, VM 1. A number identifying the single continuous gathering of data over a period of time that resulted in this image. This number is not required to be unique across SOP Instances in a Series."""

    AcquisitionDateTime: Annotated[
        vr.DT | None,
        Attribute(
            0x0008002A,
            "DT",
            "1",
            "1C",
            name="Acquisition DateTime",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.2.2",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Acquisition DateTime (0008,002A): Type 1C, VR DT, VM 1. Required if Image Type (0008,0008) Value 1 of this frame is ORIGINAL or MIXED and SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.2.2\" (Legacy Converted), may be present otherwise. The date and time that the acquisition of data started. The synchronization of this time with an external clock is specified in the Synchronization Module in Acquisition Time Synchronized (0018,1800)."""

    AcquisitionDuration: Annotated[
        vr.FD | None,
        Attribute(
            0x00189073,
            "FD",
            "1",
            "1C",
            name="Acquisition Duration",
            when=(
                "and",
                ("value", 0x00080008, 1, "in", ("ORIGINAL", "MIXED")),
                ("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.2.2",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Acquisition Duration (0018,9073): Type 1C, VR FD, VM 1. Required if Image Type (0008,0008) Value 1 of this frame is ORIGINAL or MIXED and SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.2.2\" (Legacy Converted), may be present otherwise. The time in seconds needed to complete the acquisition of data. See Section C.7.6.16.2.2.1 for further explanation. Required if Image Type (0008,0008) Value 1 of this frame is ORIGINAL or MIXED and SOP Class UID is not \"1.2.840.10008.5.1.4...."""

    ReferencedRawDataSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(0x00089121, "SQ", "1", "3", name="Referenced Raw Data Sequence"),
    ] = None
    """Referenced Raw Data Sequence (0008,9121): Type 3, VR SQ, VM 1. The Raw data that was used to derive this Image. One or more Items are permitted in this Sequence. The Items of in this Sequence may identify raw data that has not been stored or encoded as a DICOM object."""

    ReferencedWaveformSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(0x0008113A, "SQ", "1", "3", name="Referenced Waveform Sequence"),
    ] = None
    """Referenced Waveform Sequence (0008,113A): Type 3, VR SQ, VM 1. References to waveforms acquired in conjunction with this image. These Waveforms may or may not be temporally synchronized with this image. One or more Items are permitted in this Sequence."""

    ReferencedImageEvidenceSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(
            0x00089092,
            "SQ",
            "1",
            "1C",
            name="Referenced Image Evidence Sequence",
            when=(
                "and",
                ("has_value", 0x00081140),
                (
                    "not",
                    (
                        "sop_class",
                        (
                            "1.2.840.10008.5.1.4.1.1.2.2",
                            "1.2.840.10008.5.1.4.1.1.4.4",
                            "1.2.840.10008.5.1.4.1.1.128.1",
                        ),
                    ),
                ),
            ),
            otherwise="may",
        ),
    ] = None
    """Referenced Image Evidence Sequence (0008,9092): Type 1C, VR SQ, VM 1. Required if the Referenced Image Sequence (0008,1140) is present and not empty, and the SOP Class UID of the referencing SOP Instance is not a legacy converted SOP Class (Legacy Converted Enhanced CT Image Storage \"1.2.840.10008.5.1.4.1.1.2.2\", Legacy Converted Enhanced MR Image Storage \"1.2.840.10008.5.1.4.1.1.4.4\", Legacy Converted Enhanced PET Image Storage \"1.2.840.10008.5.1.4.1.1.128.1\"). Full set of Composite SOP Instances referred to inside the Referenced Image Sequences of this Instance. See Section 10.42.1.1 for further explanation. One or more Items shall be included in this Sequence."""

    SourceImageEvidenceSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(
            0x00089154,
            "SQ",
            "1",
            "1C",
            name="Source Image Evidence Sequence",
            when=(
                "and",
                ("has_value", 0x00082112),
                (
                    "not",
                    (
                        "sop_class",
                        (
                            "1.2.840.10008.5.1.4.1.1.2.2",
                            "1.2.840.10008.5.1.4.1.1.4.4",
                            "1.2.840.10008.5.1.4.1.1.128.1",
                        ),
                    ),
                ),
            ),
            otherwise="may",
        ),
    ] = None
    """Source Image Evidence Sequence (0008,9154): Type 1C, VR SQ, VM 1. Required if the Source Image Sequence (0008,2112) is present and not empty, and the SOP Class UID of the referencing SOP Instance is not a legacy converted SOP Class (Legacy Converted Enhanced CT Image Storage \"1.2.840.10008.5.1.4.1.1.2.2\", Legacy Converted Enhanced MR Image Storage \"1.2.840.10008.5.1.4.1.1.4.4\", Legacy Converted Enhanced PET Image Storage \"1.2.840.10008.5.1.4.1.1.128.1\"). Full set of Composite SOP Instances referred to inside the Source Image Sequences of this Instance. See Section 10.42.1.1 for further explanation. One or more Items shall be included in this Sequence."""

    ReferencedPresentationStateSequence: Annotated[
        list[_HierarchicalSOPInstanceReferenceItem] | None,
        Attribute(
            0x00089237,
            "SQ",
            "1",
            "1C",
            name="Referenced Presentation State Sequence",
            when=(
                "unknown",
                "names no attribute: Presentation State is created together with the images",
            ),
        ),
    ] = None
    """Referenced Presentation State Sequence (0008,9237): Type 1C, VR SQ, VM 1. Required if Presentation State is created together with the images. References to Presentation State instances created together with this instance This Sequence does not reference Presentation States generated after image creation, such as during interpretation."""

    SamplesPerPixel: Annotated[
        vr.US, Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel")
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. This value shall be 1."""

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
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. Enumerated Values: MONOCHROME2 See Section C.7.6.3.1.2 for definition of this term."""

    BitsAllocated: Annotated[vr.US, Attribute(0x00280100, "US", "1", "1", name="Bits Allocated")]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. This value shall be 16."""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. This value shall be 12 or16."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Each sample shall have the same high bit. Shall be one less than the value in Bits Stored (0028,0101)."""

    ContentQualification: Annotated[
        _ContentQualificationValue | None,
        Attribute(
            0x00189004,
            "CS",
            "1",
            "1C",
            name="Content Qualification",
            enumerated=((0, ("PRODUCT", "RESEARCH", "SERVICE")),),
            when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.2.2",))),
            otherwise="may",
        ),
    ] = None
    """Content Qualification (0018,9004): Type 1C, VR CS, VM 1. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.2.2\" (Legacy Converted), may be present otherwise. Content Qualification Indicator Enumerated Values: PRODUCT RESEARCH SERVICE See Section C.8.13.2.1.1 for further explanation. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.2.2\" (Legacy Converted), may be present otherwise."""

    ImageComments: Annotated[
        vr.LT | None, Attribute(0x00204000, "LT", "1", "3", name="Image Comments")
    ] = None
    """Image Comments (0020,4000): Type 3, VR LT, VM 1. User-defined comments about the image."""

    BurnedInAnnotation: Annotated[
        _BurnedInAnnotationEnhancedMRImageValue | None,
        Attribute(
            0x00280301,
            "CS",
            "1",
            "1C",
            name="Burned In Annotation",
            enumerated=((0, ("NO",)),),
            when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.2.2",))),
            otherwise="may",
        ),
    ] = None
    """Burned In Annotation (0028,0301): Type 1C, VR CS, VM 1. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.2.2\" (Legacy Converted), may be present otherwise. Indicates whether or not the image contains sufficient burned in annotation to identify the patient and date the image was acquired."""

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

    LossyImageCompression: Annotated[
        _LossyImageCompressionValue | None,
        Attribute(
            0x00282110,
            "CS",
            "1",
            "1C",
            name="Lossy Image Compression",
            enumerated=((0, ("00", "01")),),
            when=("not", ("sop_class", ("1.2.840.10008.5.1.4.1.1.2.2",))),
            otherwise="may",
        ),
    ] = None
    """Lossy Image Compression (0028,2110): Type 1C, VR CS, VM 1. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.2.2\" (Legacy Converted). May be present otherwise. Specifies whether an Image has undergone lossy compression (at a point in its lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

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

    IconImageSequence: Annotated[
        list[_ImagePixelItemImageReference] | None,
        Attribute(0x00880200, "SQ", "1", "3", name="Icon Image Sequence"),
    ] = None
    """Icon Image Sequence (0088,0200): Type 3, VR SQ, VM 1. This icon image is representative of the Image. Only a single Item is permitted in this Sequence."""

    ViewCodeSequence: Annotated[
        list[_ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection] | None,
        Attribute(0x00540220, "SQ", "1", "3", name="View Code Sequence"),
    ] = None
    """View Code Sequence (0054,0220): Type 3, VR SQ, VM 1. Sequence that describes the projection of the anatomic region of interest. Only a single Item is permitted in this Sequence."""

    SliceProgressionDirection: Annotated[
        _SliceProgressionDirectionValue | None,
        Attribute(
            0x00540500,
            "CS",
            "1",
            "3",
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
        ),
    ] = None
    """Slice Progression Direction (0054,0500): Type 3, VR CS, VM 1. Describes the anatomical direction in which a set of slices is progressing (see Section 10.20.1.1). Meaningful only for cardiac images. Enumerated Values are defined in Section 10.20.1.1."""

    EquipmentFrameOfReferenceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x300A0675,
            "UI",
            "1",
            "1C",
            name="Equipment Frame of Reference UID",
            when=("or", ("present", 0x300A07A1), ("present", 0x300A07A0)),
        ),
    ] = None
    """Equipment Frame of Reference UID (300A,0675): Type 1C, VR UI, VM 1. Required if either Imaging Equipment to Treatment Delivery Device Relationship Sequence (300A,07A1) or Patient to Equipment Relationship Sequence (300A,07A0) is present. Frame of Reference identifier for the Treatment Delivery Device. Required if either Imaging Equipment to Treatment Delivery Device Relationship Sequence (300A,07A1) or Patient to Equipment Relationship Sequence (300A,07A0) is present."""

    ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequence: Annotated[
        list[_ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem] | None,
        Attribute(
            0x300A07A1,
            "SQ",
            "1",
            "3",
            name="Imaging Equipment to Treatment Delivery Device Relationship Sequence",
        ),
    ] = None
    """Imaging Equipment to Treatment Delivery Device Relationship Sequence (300A,07A1): Type 3, VR SQ, VM 1. The relationship between the coordinate system of the Imaging Device and coordinate system of the Treatment Delivery Device. Only a single Item is permitted in this Sequence. See Section 10.39.1.1."""

    IsocenterPosition: Annotated[
        list[vr.DS] | None, Attribute(0x300A012C, "DS", "3", "3", name="Isocenter Position")
    ] = None
    """Isocenter Position (300A,012C): Type 3, VR DS, VM 3. Isocenter coordinates (x,y,z), in mm. Specifies the location of the machine isocenter in the Patient-Based Coordinate System associated with the Frame of Reference."""

    PatientToEquipmentRelationshipSequence: Annotated[
        list[_PatientToEquipmentRelationshipSequenceItem] | None,
        Attribute(0x300A07A0, "SQ", "1", "3", name="Patient to Equipment Relationship Sequence"),
    ] = None
    """Patient to Equipment Relationship Sequence (300A,07A0): Type 3, VR SQ, VM 1. The relationship between the Patient Frame of Reference and the coordinate system of the Treatment Delivery Device. Only a single Item is permitted in this Sequence."""

    PatientTreatmentPreparationSequence: Annotated[
        list[_RTPatientTreatmentPreparationItem] | None,
        Attribute(0x300A079F, "SQ", "1", "3", name="Patient Treatment Preparation Sequence"),
    ] = None
    """Patient Treatment Preparation Sequence (300A,079F): Type 3, VR SQ, VM 1. Procedures and devices required to prepare a patient for treatment. Only a single Item is permitted in this Sequence. See Section C.8.8.12.1.3."""

    ReferencedRTPlanSequence: Annotated[
        list[_ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference] | None,
        Attribute(0x300C0002, "SQ", "1", "3", name="Referenced RT Plan Sequence"),
    ] = None
    """Referenced RT Plan Sequence (300C,0002): Type 3, VR SQ, VM 1. RT Plan Instance associated with the acquisition of this Instance. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BurnedInAnnotation": (
        "dicomodel.enums.burned_in_annotation",
        "BurnedInAnnotationEnhancedMRImage",
    ),
    "ColorSpaceTerm": ("dicomodel.enums.color_space", "ColorSpaceTerm"),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "ContentQualification": ("dicomodel.enums.content_qualification", "ContentQualification"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DeviceAlternateIdentifierTypeTerm": (
        "dicomodel.enums.device_alternate_identifier_type",
        "DeviceAlternateIdentifierTypeTerm",
    ),
    "DevicePositionParameterSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "IconImageSequenceItem": (
        "dicomodel.items.image_pixel_item_image_reference",
        "ImagePixelItemImageReference",
    ),
    "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem": (
        "dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item",
        "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    ),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MACAlgorithmTerm": ("dicomodel.enums.mac_algorithm", "MACAlgorithmTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MultienergyCTAcquisition": (
        "dicomodel.enums.multienergy_ct_acquisition",
        "MultienergyCTAcquisition",
    ),
    "PatientSupportPositionParameterSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
    "PatientToEquipmentRelationshipSequenceItem": (
        "dicomodel.items.patient_to_equipment_relationship_sequence_item",
        "PatientToEquipmentRelationshipSequenceItem",
    ),
    "PatientTreatmentPreparationDeviceSequenceItem": (
        "dicomodel.items.rt_accessory_device_identification_item",
        "RTAccessoryDeviceIdentificationItem",
    ),
    "PatientTreatmentPreparationMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientTreatmentPreparationProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientTreatmentPreparationProcedureParameterSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
    ),
    "PatientTreatmentPreparationProcedureSequenceItem": (
        "dicomodel.items.patient_treatment_preparation_procedure_sequence_item",
        "PatientTreatmentPreparationProcedureSequenceItem",
    ),
    "PatientTreatmentPreparationSequenceItem": (
        "dicomodel.items.rt_patient_treatment_preparation_item",
        "RTPatientTreatmentPreparationItem",
    ),
    "PhotometricInterpretation": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretation",
    ),
    "PhotometricInterpretationTerm": (
        "dicomodel.enums.photometric_interpretation",
        "PhotometricInterpretationTerm",
    ),
    "PixelPresentation": ("dicomodel.enums.pixel_presentation", "PixelPresentation"),
    "PresentationLUTShape": (
        "dicomodel.enums.presentation_lut_shape",
        "PresentationLUTShapeSCMultiFrameImage",
    ),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "RecognizableVisualFeatures": (
        "dicomodel.enums.recognizable_visual_features",
        "RecognizableVisualFeatures",
    ),
    "ReferencedBeamSequenceItem": ("dicomodel.items.beam_sequence_item", "BeamSequenceItem"),
    "ReferencedDigitalSignatureSequenceItem": (
        "dicomodel.items.referenced_digital_signature_sequence_item",
        "ReferencedDigitalSignatureSequenceItem",
    ),
    "ReferencedImageEvidenceSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "ReferencedPatientSetupPhotoSequenceItem": (
        "dicomodel.items.referenced_patient_setup_photo_sequence_item",
        "ReferencedPatientSetupPhotoSequenceItem",
    ),
    "ReferencedPresentationStateSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "ReferencedRTPlanSequenceItem": (
        "dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference",
        "ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference",
    ),
    "ReferencedRawDataSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "ReferencedSOPInstanceMACSequenceItem": (
        "dicomodel.items.referenced_sop_instance_mac_sequence_item",
        "ReferencedSOPInstanceMACSequenceItem",
    ),
    "ReferencedSeriesSequenceItem": (
        "dicomodel.items.hierarchical_series_reference_item",
        "HierarchicalSeriesReferenceItem",
    ),
    "ReferencedWaveformSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "SliceProgressionDirection": (
        "dicomodel.enums.slice_progression_direction",
        "SliceProgressionDirection",
    ),
    "SourceImageEvidenceSequenceItem": (
        "dicomodel.items.hierarchical_sop_instance_reference_item",
        "HierarchicalSOPInstanceReferenceItem",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "ViewCodeSequenceItem": (
        "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
        "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
    ),
    "ViewModifierCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "VolumeBasedCalculationTechniqueTerm": (
        "dicomodel.enums.volume_based_calculation_technique",
        "VolumeBasedCalculationTechniqueTerm",
    ),
    "VolumetricProperties": ("dicomodel.enums.volumetric_properties", "VolumetricProperties"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
