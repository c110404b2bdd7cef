"""CT Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.multienergy_ct_acquisition import (
        MultienergyCTAcquisitionValue as _MultienergyCTAcquisitionValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImageValue as _PhotometricInterpretationCRImageValue,
    )
    from dicomodel.enums.rescale_type import RescaleTypeTerm as _RescaleTypeTerm
    from dicomodel.enums.rotation_direction import RotationDirectionValue as _RotationDirectionValue
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirectionValue as _SliceProgressionDirectionValue,
    )
    from dicomodel.items.anatomic_region_sequence_item import (
        AnatomicRegionSequenceItem as _AnatomicRegionSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.ct_additional_x_ray_source_sequence_item_ct_image import (
        CTAdditionalXRaySourceSequenceItemCTImage as _CTAdditionalXRaySourceSequenceItemCTImage,
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
    _CTAdditionalXRaySourceSequenceItemCTImage = Lazy(
        "dicomodel.items.ct_additional_x_ray_source_sequence_item_ct_image",
        "CTAdditionalXRaySourceSequenceItemCTImage",
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem = Lazy(
        "dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item",
        "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    )
    _MultienergyCTAcquisitionValue = Lazy(
        "dicomodel.enums.multienergy_ct_acquisition", "MultienergyCTAcquisitionValue"
    )
    _PatientToEquipmentRelationshipSequenceItem = Lazy(
        "dicomodel.items.patient_to_equipment_relationship_sequence_item",
        "PatientToEquipmentRelationshipSequenceItem",
    )
    _PhotometricInterpretationCRImageValue = Lazy(
        "dicomodel.enums.photometric_interpretation", "PhotometricInterpretationCRImageValue"
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
    _RescaleTypeTerm = Lazy("dicomodel.enums.rescale_type", "RescaleTypeTerm")
    _RotationDirectionValue = Lazy("dicomodel.enums.rotation_direction", "RotationDirectionValue")
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
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.multienergy_ct_acquisition import (
        MultienergyCTAcquisition as MultienergyCTAcquisition,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImage as PhotometricInterpretation,
    )
    from dicomodel.enums.rescale_type import RescaleTypeTerm as RescaleTypeTerm
    from dicomodel.enums.rotation_direction import RotationDirection as RotationDirection
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
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as CTDIPhantomTypeCodeSequenceItem,
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
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as WaterEquivalentDiameterCalculationMethodCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.content_item import ContentItem as DevicePositionParameterSequenceItem
    from dicomodel.items.content_item import (
        ContentItem as PatientSupportPositionParameterSequenceItem,
    )
    from dicomodel.items.ct_additional_x_ray_source_sequence_item_ct_image import (
        CTAdditionalXRaySourceSequenceItemCTImage as CTAdditionalXRaySourceSequenceItem,
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
    "CTAdditionalXRaySourceSequenceItem",
    "CTDIPhantomTypeCodeSequenceItem",
    "CTImageModule",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DevicePositionParameterSequenceItem",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
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
    "PrimaryAnatomicStructureModifierSequenceItem",
    "PrimaryAnatomicStructureSequenceItem",
    "ReferencedBeamSequenceItem",
    "ReferencedPatientSetupPhotoSequenceItem",
    "ReferencedRTPlanSequenceItem",
    "ReferencedSOPSequenceItem",
    "RescaleTypeTerm",
    "RotationDirection",
    "SliceProgressionDirection",
    "UDISequenceItem",
    "ValueType",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem",
]


class CTImageModule(DicomModel):
    """CT Image Module Attributes (PS3.3 Table C.8-3)."""

    dicom_name: ClassVar[str] = "CT Image"
    dicom_table: ClassVar[str] = "table_C.8-3"

    ImageType: Annotated[list[vr.CS], Attribute(0x00080008, "CS", "2-n", "1", name="Image Type")]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.2.1.1.1 for specialization."""

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

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. See Section C.8.2.1.1.2 for specialization."""

    PhotometricInterpretation: Annotated[
        _PhotometricInterpretationCRImageValue,
        Attribute(
            0x00280004,
            "CS",
            "1",
            "1",
            name="Photometric Interpretation",
            enumerated=((0, ("MONOCHROME1", "MONOCHROME2")),),
        ),
    ]
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. See Section C.8.2.1.1.3 for specialization."""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("16",)),)),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. See Section C.8.2.1.1.4 for specialization."""

    BitsStored: Annotated[
        vr.US,
        Attribute(
            0x00280101,
            "US",
            "1",
            "1",
            name="Bits Stored",
            enumerated=((0, ("12", "13", "14", "15", "16")),),
        ),
    ]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored. See Section C.8.2.1.1.5 for specialization."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Each sample shall have the same high bit. See Section C.8.2.1.1.6 for specialization."""

    RescaleIntercept: Annotated[
        vr.DS, Attribute(0x00281052, "DS", "1", "1", name="Rescale Intercept")
    ]
    """Rescale Intercept (0028,1052): Type 1, VR DS, VM 1. The value b in relationship between stored values (SV) and the output units. Output units = m*SV+b If Image Type (0008,0008) Value 1 is ORIGINAL and Value 3 is not LOCALIZER, and Multi-energy CT Acquisition (0018,9361) is either absent or N..."""

    RescaleSlope: Annotated[vr.DS, Attribute(0x00281053, "DS", "1", "1", name="Rescale Slope")]
    """Rescale Slope (0028,1053): Type 1, VR DS, VM 1. m in the equation specified in Rescale Intercept (0028,1052)."""

    RescaleType: Annotated[
        _RescaleTypeTerm | vr.LO | None,
        Attribute(
            0x00281054,
            "LO",
            "1",
            "1C",
            name="Rescale Type",
            when=(
                "or",
                ("value", 0x00281054, 0, "not_in", ("HU",)),
                ("value", 0x00189361, 0, "in", ("YES",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Rescale Type (0028,1054): Type 1C, VR LO, VM 1. Required if the Rescale Type is not HU (Hounsfield Units), or Multi-energy CT Acquisition (0018,9361) is YES. May be present otherwise. Specifies the output units of Rescale Slope (0028,1053) and Rescale Intercept (0028,1052). See Section C.11.1.1.2 for Defined Terms and further explanation."""

    KVP: Annotated[vr.DS | None, Attribute(0x00180060, "DS", "1", "2", name="KVP")]
    """KVP (0018,0060): Type 2, VR DS, VM 1. Peak kilo voltage output of the X-Ray generator used. Shall be empty if this Attribute is present in Multi-energy CT Acquisition Sequence (0018,9362)."""

    AcquisitionNumber: Annotated[
        vr.IS | None, Attribute(0x00200012, "IS", "1", "2", name="Acquisition Number")
    ]
    """Acquisition Number (0020,0012): Type 2, VR IS, VM 1. A number identifying the single continuous gathering of data over a period of time that resulted in this image."""

    ScanOptions: Annotated[
        list[vr.CS] | None, Attribute(0x00180022, "CS", "1-n", "3", name="Scan Options")
    ] = None
    """Scan Options (0018,0022): Type 3, VR CS, VM 1-n. Parameters of scanning sequence."""

    DataCollectionDiameter: Annotated[
        vr.DS | None, Attribute(0x00180090, "DS", "1", "3", name="Data Collection Diameter")
    ] = None
    """Data Collection Diameter (0018,0090): Type 3, VR DS, VM 1. The diameter in mm of the region over which data were collected. Shall not be present if this Attribute is present in Multi-energy CT Acquisition Sequence (0018,9362) and the value of this Attribute is not the same in all Items of the Multi..."""

    DataCollectionCenterPatient: Annotated[
        list[vr.FD] | None,
        Attribute(0x00189313, "FD", "3", "3", name="Data Collection Center (Patient)"),
    ] = None
    """Data Collection Center (Patient) (0018,9313): Type 3, VR FD, VM 3. The x, y, and z coordinates (in the Patient-Based Coordinate System) in mm of the center of the region in which data were collected. See Section C.8.15.3.6.1."""

    ReconstructionDiameter: Annotated[
        vr.DS | None, Attribute(0x00181100, "DS", "1", "3", name="Reconstruction Diameter")
    ] = None
    """Reconstruction Diameter (0018,1100): Type 3, VR DS, VM 1. Diameter in mm of the region from within which data were used in creating the reconstruction of the image. Data may exist outside this region and portions of the patient may exist outside this region."""

    ReconstructionTargetCenterPatient: Annotated[
        list[vr.FD] | None,
        Attribute(0x00189318, "FD", "3", "3", name="Reconstruction Target Center (Patient)"),
    ] = None
    """Reconstruction Target Center (Patient) (0018,9318): Type 3, VR FD, VM 3. The x, y, and z coordinates (in the Patient-Based Coordinate System) of the reconstruction center target point as used for reconstruction in mm. See Section C.8.15.3.6.1."""

    DistanceSourceToDetector: Annotated[
        vr.DS | None, Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector")
    ] = None
    """Distance Source to Detector (0018,1110): Type 3, VR DS, VM 1. Distance in mm from source to detector center. This value is traditionally referred to as Source Image Receptor Distance (SID)."""

    DistanceSourceToPatient: Annotated[
        vr.DS | None, Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient")
    ] = None
    """Distance Source to Patient (0018,1111): Type 3, VR DS, VM 1. Distance in mm from source to isocenter (center of field of view). This value is traditionally referred to as Source Object Distance (SOD)."""

    GantryDetectorTilt: Annotated[
        vr.DS | None, Attribute(0x00181120, "DS", "1", "3", name="Gantry/Detector Tilt")
    ] = None
    """Gantry/Detector Tilt (0018,1120): Type 3, VR DS, VM 1. Nominal angle of tilt in degrees of the scanning gantry. Not intended for mathematical computations."""

    TableHeight: Annotated[
        vr.DS | None, Attribute(0x00181130, "DS", "1", "3", name="Table Height")
    ] = None
    """Table Height (0018,1130): Type 3, VR DS, VM 1. The distance in mm of the top of the patient table to the center of rotation; below the center is positive."""

    RotationDirection: Annotated[
        _RotationDirectionValue | None,
        Attribute(
            0x00181140, "CS", "1", "3", name="Rotation Direction", enumerated=((0, ("CW", "CC")),)
        ),
    ] = None
    """Rotation Direction (0018,1140): Type 3, VR CS, VM 1. Direction of rotation of the source when relevant, about nearest principal axis of equipment. Enumerated Values: CW clockwise CC counter clockwise"""

    ExposureTime: Annotated[
        vr.IS | None, Attribute(0x00181150, "IS", "1", "3", name="Exposure Time")
    ] = None
    """Exposure Time (0018,1150): Type 3, VR IS, VM 1. Time of X-Ray exposure in msec. If Acquisition Type (0018,9302) equals SPIRAL, the value of this Attribute shall be Revolution Time (0018,9305) divided by the Spiral Pitch Factor (0018,9311)."""

    XRayTubeCurrent: Annotated[
        vr.IS | None, Attribute(0x00181151, "IS", "1", "3", name="X-Ray Tube Current")
    ] = None
    """X-Ray Tube Current (0018,1151): Type 3, VR IS, VM 1. X-Ray Tube Current in mA. Shall not be present if the corresponding Attribute, X-Ray Tube Current in mA (0018,9330), is present in Multi-energy CT Acquisition Sequence (0018,9362) and the value of this Attribute is not the same in all Items..."""

    Exposure: Annotated[vr.IS | None, Attribute(0x00181152, "IS", "1", "3", name="Exposure")] = None
    """Exposure (0018,1152): Type 3, VR IS, VM 1. The exposure expressed in mAs, for example calculated from Exposure Time and X-Ray Tube Current. Shall not be present if the corresponding Attribute, Exposure in mAs (0018,9332), is present in Multi-energy CT Acquisition Sequence (0018,9362..."""

    ExposureInuAs: Annotated[
        vr.IS | None, Attribute(0x00181153, "IS", "1", "3", name="Exposure in µAs")
    ] = None
    """Exposure in µAs (0018,1153): Type 3, VR IS, VM 1. The exposure expressed in µAs, for example calculated from Exposure Time and X-Ray Tube Current. Shall not be present if the corresponding Attribute, Exposure in mAs (0018,9332), is present in Multi-energy CT Acquisition Sequence (0018,9362..."""

    FilterType: Annotated[
        vr.SH | None, Attribute(0x00181160, "SH", "1", "3", name="Filter Type")
    ] = None
    """Filter Type (0018,1160): Type 3, VR SH, VM 1. Label for the type of filter inserted into the X-Ray beam. Shall not be present if this Attribute is present in Multi-energy CT Acquisition Sequence (0018,9362) and the value of this Attribute is not the same in all Items of the Multi-energ..."""

    FilterMaterial: Annotated[
        list[vr.CS] | None, Attribute(0x00187050, "CS", "1-n", "3", name="Filter Material")
    ] = None
    """Filter Material (0018,7050): Type 3, VR CS, VM 1-n. The X-Ray absorbing material used in the filter. May be multi-valued. See Annex P in PS3.16 for Defined Terms."""

    GeneratorPower: Annotated[
        vr.IS | None, Attribute(0x00181170, "IS", "1", "3", name="Generator Power")
    ] = None
    """Generator Power (0018,1170): Type 3, VR IS, VM 1. Power in kW to the X-Ray generator. Shall not be present if this Attribute is present in Multi-energy CT Acquisition Sequence (0018,9362) and the value of this Attribute is not the same in all Items of the Multi-energy CT Acquisition Sequen..."""

    FocalSpots: Annotated[
        list[vr.DS] | None, Attribute(0x00181190, "DS", "1-n", "3", name="Focal Spot(s)")
    ] = None
    """Focal Spot(s) (0018,1190): Type 3, VR DS, VM 1-n. Size of the focal spot in mm. For devices with variable focal spot or multiple focal spots, small dimension followed by large dimension."""

    ConvolutionKernel: Annotated[
        list[vr.SH] | None, Attribute(0x00181210, "SH", "1-n", "3", name="Convolution Kernel")
    ] = None
    """Convolution Kernel (0018,1210): Type 3, VR SH, VM 1-n. A label describing the convolution kernel or algorithm used to reconstruct the data."""

    RevolutionTime: Annotated[
        vr.FD | None, Attribute(0x00189305, "FD", "1", "3", name="Revolution Time")
    ] = None
    """Revolution Time (0018,9305): Type 3, VR FD, VM 1. The time in seconds of a complete revolution of the source around the gantry orbit."""

    SingleCollimationWidth: Annotated[
        vr.FD | None, Attribute(0x00189306, "FD", "1", "3", name="Single Collimation Width")
    ] = None
    """Single Collimation Width (0018,9306): Type 3, VR FD, VM 1. The width of a single row of acquired data (in mm). Adjacent physical detector rows may have been combined to form a single effective acquisition row."""

    TotalCollimationWidth: Annotated[
        vr.FD | None, Attribute(0x00189307, "FD", "1", "3", name="Total Collimation Width")
    ] = None
    """Total Collimation Width (0018,9307): Type 3, VR FD, VM 1. The width of the total collimation (in mm) over the area of active X-Ray detection. This will be equal the number of effective detector rows multiplied by single collimation width."""

    TableSpeed: Annotated[
        vr.FD | None, Attribute(0x00189309, "FD", "1", "3", name="Table Speed")
    ] = None
    """Table Speed (0018,9309): Type 3, VR FD, VM 1. The distance in mm that the table moves in one second during the gathering of data that resulted in this image."""

    TableFeedPerRotation: Annotated[
        vr.FD | None, Attribute(0x00189310, "FD", "1", "3", name="Table Feed per Rotation")
    ] = None
    """Table Feed per Rotation (0018,9310): Type 3, VR FD, VM 1. Motion of the table (in mm) during a complete revolution of the source around the gantry orbit."""

    SpiralPitchFactor: Annotated[
        vr.FD | None, Attribute(0x00189311, "FD", "1", "3", name="Spiral Pitch Factor")
    ] = None
    """Spiral Pitch Factor (0018,9311): Type 3, VR FD, VM 1. Ratio of the Table Feed per Rotation (0018,9310) to the Total Collimation Width (0018,9307)."""

    ExposureModulationType: Annotated[
        list[vr.CS] | None, Attribute(0x00189323, "CS", "1-n", "3", name="Exposure Modulation Type")
    ] = None
    """Exposure Modulation Type (0018,9323): Type 3, VR CS, VM 1-n. A label describing the type of exposure modulation used for the purpose of limiting the dose. Defined Terms: NONE"""

    CTDIvol: Annotated[vr.FD | None, Attribute(0x00189345, "FD", "1", "3", name="CTDIvol")] = None
    """CTDIvol (0018,9345): Type 3, VR FD, VM 1. Computed Tomography Dose Index (CTDIvol), in mGy according to [IEC 60601-2-44]. It describes the average dose for this image for the selected CT conditions of operation."""

    CTDIPhantomTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00189346, "SQ", "1", "3", name="CTDI Phantom Type Code Sequence"),
    ] = None
    """CTDI Phantom Type Code Sequence (0018,9346): Type 3, VR SQ, VM 1. The type of phantom used for CTDI measurement according to [IEC 60601-2-44]. Only a single Item is permitted in this Sequence."""

    WaterEquivalentDiameter: Annotated[
        vr.FD | None, Attribute(0x00181271, "FD", "1", "3", name="Water Equivalent Diameter")
    ] = None
    """Water Equivalent Diameter (0018,1271): Type 3, VR FD, VM 1. The diameter, in mm, of a cylinder of water having the same X-Ray attenuation as the patient for this reconstructed slice (e.g., as described in [AAPM Report 220])."""

    WaterEquivalentDiameterCalculationMethodCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00181272,
            "SQ",
            "1",
            "1C",
            name="Water Equivalent Diameter Calculation Method Code Sequence",
            when=("present", 0x00181271),
        ),
    ] = None
    """Water Equivalent Diameter Calculation Method Code Sequence (0018,1272): Type 1C, VR SQ, VM 1. Required if Water Equivalent Diameter (0018,1271) is present. The method of calculation of Water Equivalent Diameter (0018,1271). Required if Water Equivalent Diameter (0018,1271) is present. Only a single Item is permitted in this Sequence."""

    ImageAndFluoroscopyAreaDoseProduct: Annotated[
        vr.DS | None,
        Attribute(0x0018115E, "DS", "1", "3", name="Image and Fluoroscopy Area Dose Product"),
    ] = None
    """Image and Fluoroscopy Area Dose Product (0018,115E): Type 3, VR DS, VM 1. X-Ray dose, measured in dGy*cm*cm, to which the patient was exposed for the acquisition of the entire Irradiation Event from which this image was reconstructed."""

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

    CalciumScoringMassFactorPatient: Annotated[
        vr.FL | None,
        Attribute(0x00189351, "FL", "1", "3", name="Calcium Scoring Mass Factor Patient"),
    ] = None
    """Calcium Scoring Mass Factor Patient (0018,9351): Type 3, VR FL, VM 1. The calibration factor for the calcium mass score. These factors incorporate the effects of KV value of the CT image the patient size. machine specific corrections See Section C.8.2.1.1.7."""

    CalciumScoringMassFactorDevice: Annotated[
        list[vr.FL] | None,
        Attribute(0x00189352, "FL", "3", "3", name="Calcium Scoring Mass Factor Device"),
    ] = None
    """Calcium Scoring Mass Factor Device (0018,9352): Type 3, VR FL, VM 3. The calibration factors for the calcium mass score of the device. These factors incorporate the effects of KV value of the CT image machine specific corrections This a multi-value Attribute, the first value specifies the mass factor for a s..."""

    EnergyWeightingFactor: Annotated[
        vr.FL | None,
        Attribute(
            0x00189353,
            "FL",
            "1",
            "1C",
            name="Energy Weighting Factor",
            when=("code", 0x00089215, (("113097", "DCM"),)),
            otherwise="may",
        ),
    ] = None
    """Energy Weighting Factor (0018,9353): Type 1C, VR FL, VM 1. Required if one Derivation Code Sequence (0008,9215) Item value is (113097, DCM, \"Multi-energy proportional weighting\"). May be present otherwise. The weighting factor of the data from the primary source in a multiple energy composition image. This factor incorporates the effects of the specific X-Ray source and kV value examination specific characteristics."""

    CTAdditionalXRaySourceSequence: Annotated[
        list[_CTAdditionalXRaySourceSequenceItemCTImage] | None,
        Attribute(0x00189360, "SQ", "1", "3", name="CT Additional X-Ray Source Sequence"),
    ] = None
    """CT Additional X-Ray Source Sequence (0018,9360): Type 3, VR SQ, VM 1. Acquisition parameters for X-Ray sources beyond the primary X-Ray source, which is specified in other Attributes of this Module. One or more Items are permitted in this Sequence."""

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
    "CTAdditionalXRaySourceSequenceItem": (
        "dicomodel.items.ct_additional_x_ray_source_sequence_item_ct_image",
        "CTAdditionalXRaySourceSequenceItemCTImage",
    ),
    "CTDIPhantomTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
        "PhotometricInterpretationCRImage",
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
    "RescaleTypeTerm": ("dicomodel.enums.rescale_type", "RescaleTypeTerm"),
    "RotationDirection": ("dicomodel.enums.rotation_direction", "RotationDirection"),
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
    "WaterEquivalentDiameterCalculationMethodCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
