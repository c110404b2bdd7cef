"""PET Image Module Attributes.

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
        PhotometricInterpretationValue as _PhotometricInterpretationValue,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirectionValue as _SliceProgressionDirectionValue,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item import (
        ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem as _ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem,
    )
    from dicomodel.items.patient_to_equipment_relationship_sequence_item import (
        PatientToEquipmentRelationshipSequenceItem as _PatientToEquipmentRelationshipSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as _PrimaryAnatomicStructureSequenceItem,
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

    _AnatomicRegionSequenceItem = Lazy(
        "dicomodel.items.anatomic_region_sequence_item", "AnatomicRegionSequenceItem"
    )
    _ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem = Lazy(
        "dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item",
        "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    )
    _LossyImageCompressionValue = Lazy(
        "dicomodel.enums.lossy_image_compression", "LossyImageCompressionValue"
    )
    _PatientToEquipmentRelationshipSequenceItem = Lazy(
        "dicomodel.items.patient_to_equipment_relationship_sequence_item",
        "PatientToEquipmentRelationshipSequenceItem",
    )
    _PhotometricInterpretationValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationValue"
    )
    _PrimaryAnatomicStructureSequenceItem = Lazy(
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    )
    _RTPatientTreatmentPreparationItem = Lazy(
        "dicomodel.items.rt_patient_treatment_preparation_item", "RTPatientTreatmentPreparationItem"
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

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.lossy_image_compression import (
        LossyImageCompression as LossyImageCompression,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretation as PhotometricInterpretation,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirection as SliceProgressionDirection,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as AnatomicRegionSequenceItem,
    )
    from dicomodel.items.beam_sequence_item import BeamSequenceItem as ReferencedBeamSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as AnatomicRegionModifierSequenceItem,
    )
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
        CodeSequenceItem as PrimaryAnatomicStructureModifierSequenceItem,
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
    from dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item import (
        ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem as ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem,
    )
    from dicomodel.items.patient_to_equipment_relationship_sequence_item import (
        PatientToEquipmentRelationshipSequenceItem as PatientToEquipmentRelationshipSequenceItem,
    )
    from dicomodel.items.patient_treatment_preparation_procedure_sequence_item import (
        PatientTreatmentPreparationProcedureSequenceItem as PatientTreatmentPreparationProcedureSequenceItem,
    )
    from dicomodel.items.primary_anatomic_structure_sequence_item import (
        PrimaryAnatomicStructureSequenceItem as PrimaryAnatomicStructureSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as PatientTreatmentPreparationProcedureParameterSequenceItem,
    )
    from dicomodel.items.referenced_patient_setup_photo_sequence_item import (
        ReferencedPatientSetupPhotoSequenceItem as ReferencedPatientSetupPhotoSequenceItem,
    )
    from dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference import (
        ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference as ReferencedRTPlanSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
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
    "AnatomicRegionModifierSequenceItem",
    "AnatomicRegionSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DevicePositionParameterSequenceItem",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    "LossyImageCompression",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PETImageModule",
    "PatientSupportPositionParameterSequenceItem",
    "PatientToEquipmentRelationshipSequenceItem",
    "PatientTreatmentPreparationDeviceSequenceItem",
    "PatientTreatmentPreparationMethodCodeSequenceItem",
    "PatientTreatmentPreparationProcedureCodeSequenceItem",
    "PatientTreatmentPreparationProcedureParameterSequenceItem",
    "PatientTreatmentPreparationProcedureSequenceItem",
    "PatientTreatmentPreparationSequenceItem",
    "PhotometricInterpretation",
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ReferencedBeamSequenceItem",
    "ReferencedPatientSetupPhotoSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedSOPSequenceItem",
    "SliceProgressionDirection",
    "UDISequenceItem",
    "ValueType",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
]


class PETImageModule(DicomModel):
    """PET Image Module Attributes (PS3.3 Table C.8-63)."""

    dicom_name: ClassVar[str] = "PET Image"
    dicom_table: ClassVar[str] = "table_C.8-63"

    ImageType: Annotated[list[vr.CS], Attribute(0x00080008, "CS", "2-n", "1", name="Image Type")]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.9.4.1.1 for specialization."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. Enumerated Values: 1"""

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
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. See Section C.8.9.4.1.2 for specialization."""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("16",)),)),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. Enumerated Values: 16"""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. The value shall be the same as the value in Bits Allocated (0028,0100)."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Each sample shall have the same high bit. Shall be one less than the value in Bits Stored (0028,0101)."""

    RescaleIntercept: Annotated[
        vr.DS, Attribute(0x00281052, "DS", "1", "1", name="Rescale Intercept")
    ]
    """Rescale Intercept (0028,1052): Type 1, VR DS, VM 1. The value b in relationship between stored values (SV) and pixel value units (U) defined in Units (0054,1001): U = m*SV+b. The Rescale Intercept is always zero for PET images."""

    RescaleSlope: Annotated[vr.DS, Attribute(0x00281053, "DS", "1", "1", name="Rescale Slope")]
    """Rescale Slope (0028,1053): Type 1, VR DS, VM 1. m in the equation specified in Rescale Intercept (0028,1052)."""

    FrameReferenceTime: Annotated[
        vr.DS, Attribute(0x00541300, "DS", "1", "1", name="Frame Reference Time")
    ]
    """Frame Reference Time (0054,1300): Type 1, VR DS, VM 1. The time that the pixel values in the image occurred. Frame Reference Time is the offset, in msec, from the Series reference time. See explanation in Section C.8.9.4.1.5."""

    TriggerTime: Annotated[
        vr.DS | None,
        Attribute(
            0x00181060,
            "DS",
            "1",
            "1C",
            name="Trigger Time",
            when=("value", 0x00541000, 1, "in", ("GATED",)),
        ),
    ] = None
    """Trigger Time (0018,1060): Type 1C, VR DS, VM 1. Required if Series Type (0054,1000), Value 1 is GATED. Time interval, in msec, from the start of the trigger to the beginning of data acquisition for this image. Required if Series Type (0054,1000), Value 1 is GATED."""

    FrameTime: Annotated[
        vr.DS | None,
        Attribute(
            0x00181063,
            "DS",
            "1",
            "1C",
            name="Frame Time",
            when=("value", 0x00541000, 1, "in", ("GATED",)),
        ),
    ] = None
    """Frame Time (0018,1063): Type 1C, VR DS, VM 1. Required if Series Type (0054,1000), Value 1 is GATED. Nominal duration per individual frame, in msec. Required if Series Type (0054,1000), Value 1 is GATED. See Section C.8.9.4.1.3 for explanation."""

    LowRRValue: Annotated[
        vr.IS | None,
        Attribute(
            0x00181081,
            "IS",
            "1",
            "1C",
            name="Low R-R Value",
            when=(
                "and",
                ("value", 0x00541000, 1, "in", ("GATED",)),
                ("value", 0x00181080, 0, "in", ("Y",)),
            ),
        ),
    ] = None
    """Low R-R Value (0018,1081): Type 1C, VR IS, VM 1. Required if Series Type (0054,1000), Value 1 is GATED and Beat Rejection Flag (0018,1080) is Y. R-R interval lower limit for beat rejection, in msec. Required if Series Type (0054,1000), Value 1 is GATED and Beat Rejection Flag (0018,1080) is Y."""

    HighRRValue: Annotated[
        vr.IS | None,
        Attribute(
            0x00181082,
            "IS",
            "1",
            "1C",
            name="High R-R Value",
            when=(
                "and",
                ("value", 0x00541000, 1, "in", ("GATED",)),
                ("value", 0x00181080, 0, "in", ("Y",)),
            ),
        ),
    ] = None
    """High R-R Value (0018,1082): Type 1C, VR IS, VM 1. Required if Series Type (0054,1000), Value 1 is GATED and Beat Rejection Flag (0018,1080) is Y. R-R interval upper limit for beat rejection, in msec. Required if Series Type (0054,1000), Value 1 is GATED and Beat Rejection Flag (0018,1080) is Y."""

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
    """Lossy Image Compression (0028,2110): Type 1C, VR CS, VM 1. Required if Lossy Compression has been performed on the image. May be present otherwise. Specifies whether an Image has undergone lossy compression (at a point in its lifetime). Enumerated Values: 00 Image has not been subjected to lossy compression. 01 Image has been subjected to lossy compression."""

    ImageIndex: Annotated[vr.US, Attribute(0x00541330, "US", "1", "1", name="Image Index")]
    """Image Index (0054,1330): Type 1, VR US, VM 1. An index identifying the position of this image within a PET Series. See Section C.8.9.4.1.9 for explanation."""

    AcquisitionDate: Annotated[
        vr.DA | None, Attribute(0x00080022, "DA", "1", "2", name="Acquisition Date")
    ]
    """Acquisition Date (0008,0022): Type 2, VR DA, VM 1. The date the acquisition of data that resulted in this image started. See Section C.8.9.4.1.4 for specialization."""

    AcquisitionTime: Annotated[
        vr.TM | None, Attribute(0x00080032, "TM", "1", "2", name="Acquisition Time")
    ]
    """Acquisition Time (0008,0032): Type 2, VR TM, VM 1. The time the acquisition of data that resulted in this image started. See Section C.8.9.4.1.4 for specialization."""

    ActualFrameDuration: Annotated[
        vr.IS | None, Attribute(0x00181242, "IS", "1", "2", name="Actual Frame Duration")
    ]
    """Actual Frame Duration (0018,1242): Type 2, VR IS, VM 1. Elapsed time of the data acquisition for this image, in msec. See Section C.8.9.4.1.6 for explanation."""

    NominalInterval: Annotated[
        vr.IS | None, Attribute(0x00181062, "IS", "1", "3", name="Nominal Interval")
    ] = None
    """Nominal Interval (0018,1062): Type 3, VR IS, VM 1. Average duration of accepted beats, in msec, of the R-R interval."""

    IntervalsAcquired: Annotated[
        vr.IS | None, Attribute(0x00181083, "IS", "1", "3", name="Intervals Acquired")
    ] = None
    """Intervals Acquired (0018,1083): Type 3, VR IS, VM 1. Number of heartbeats that fall within Low R-R Value (0018,1081) and High R-R Value (0018,1082), and were therefore accepted and contribute coincidence events to this R-R Interval."""

    IntervalsRejected: Annotated[
        vr.IS | None, Attribute(0x00181084, "IS", "1", "3", name="Intervals Rejected")
    ] = None
    """Intervals Rejected (0018,1084): Type 3, VR IS, VM 1. Number of heartbeats that fall outside Low R-R Value (0018,1081) and High R-R Value (0018,1082), and do not contribute coincidence events to this R-R Interval. However, they may contribute coincidence events to other R-R Intervals."""

    PrimaryPromptsCountsAccumulated: Annotated[
        vr.IS | None,
        Attribute(0x00541310, "IS", "1", "3", name="Primary (Prompts) Counts Accumulated"),
    ] = None
    """Primary (Prompts) Counts Accumulated (0054,1310): Type 3, VR IS, VM 1. The sum of events that occur in the primary event channel. The counts include Trues +Scatter+ Randoms if Randoms Correction Method (0054,1100) is NONE; otherwise the counts are Trues +Scatter."""

    SecondaryCountsAccumulated: Annotated[
        list[vr.IS] | None,
        Attribute(0x00541311, "IS", "1-n", "3", name="Secondary Counts Accumulated"),
    ] = None
    """Secondary Counts Accumulated (0054,1311): Type 3, VR IS, VM 1-n. Sum of counts accumulated in secondary channels. See Section C.8.9.4.1.7 for explanation."""

    SliceSensitivityFactor: Annotated[
        vr.DS | None, Attribute(0x00541320, "DS", "1", "3", name="Slice Sensitivity Factor")
    ] = None
    """Slice Sensitivity Factor (0054,1320): Type 3, VR DS, VM 1. The slice-to-slice sensitivity correction factor that was used to correct this image. The value shall be one if no slice sensitivity correction was applied."""

    DecayFactor: Annotated[
        vr.DS | None,
        Attribute(
            0x00541321,
            "DS",
            "1",
            "1C",
            name="Decay Factor",
            when=("value", 0x00541102, 0, "not_in", ("NONE",)),
        ),
    ] = None
    """Decay Factor (0054,1321): Type 1C, VR DS, VM 1. Required if Decay Correction (0054,1102) is other than NONE. The decay factor that was used to scale this image. Required if Decay Correction (0054,1102) is other than NONE. If decay correction is applied, all images in the Series shall be decay corrected to the same time."""

    DoseCalibrationFactor: Annotated[
        vr.DS | None, Attribute(0x00541322, "DS", "1", "3", name="Dose Calibration Factor")
    ] = None
    """Dose Calibration Factor (0054,1322): Type 3, VR DS, VM 1. Factor that was used to scale this image from counts/sec to Bq/ml using a dose calibrator. The value shall be one if no dose calibration was applied. See Section C.8.9.4.1.8 for explanation."""

    ScatterFractionFactor: Annotated[
        vr.DS | None, Attribute(0x00541323, "DS", "1", "3", name="Scatter Fraction Factor")
    ] = None
    """Scatter Fraction Factor (0054,1323): Type 3, VR DS, VM 1. An estimate of the fraction of acquired counts that were due to scatter and were corrected in this image. The value shall be zero if no scatter correction was applied."""

    DeadTimeFactor: Annotated[
        vr.DS | None, Attribute(0x00541324, "DS", "1", "3", name="Dead Time Factor")
    ] = None
    """Dead Time Factor (0054,1324): Type 3, VR DS, VM 1. The average dead time correction factor that was applied to this image. The value shall be one if no dead time correction was applied."""

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
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContentItemModifierSequenceItem": ("dicomodel.items.content_item", "ContentItem"),
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
    "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem": (
        "dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item",
        "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    ),
    "LossyImageCompression": ("dicomodel.enums.lossy_image_compression", "LossyImageCompression"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "PrimaryAnatomicStructureModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PrimaryAnatomicStructureSequenceItem": (
        "dicomodel.items.primary_anatomic_structure_sequence_item",
        "PrimaryAnatomicStructureSequenceItem",
    ),
    "ReferencedBeamSequenceItem": ("dicomodel.items.beam_sequence_item", "BeamSequenceItem"),
    "ReferencedPatientSetupPhotoSequenceItem": (
        "dicomodel.items.referenced_patient_setup_photo_sequence_item",
        "ReferencedPatientSetupPhotoSequenceItem",
    ),
    "ReferencedRTPlanSequenceItem": (
        "dicomodel.items.referenced_rt_plan_sequence_item_rt_equipment_mapping_and_plan_reference",
        "ReferencedRTPlanSequenceItemRTEquipmentMappingAndPlanReference",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "SliceProgressionDirection": (
        "dicomodel.enums.slice_progression_direction",
        "SliceProgressionDirection",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "ViewCodeSequenceItem": (
        "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
        "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
    ),
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
