"""MR Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.angio_flag import AngioFlagValue as _AngioFlagValue
    from dicomodel.enums.beat_rejection_flag import (
        BeatRejectionFlagValue as _BeatRejectionFlagValue,
    )
    from dicomodel.enums.in_plane_phase_encoding_direction import (
        InPlanePhaseEncodingDirectionMRImageValue as _InPlanePhaseEncodingDirectionMRImageValue,
    )
    from dicomodel.enums.mr_acquisition_type import (
        MRAcquisitionTypeValue as _MRAcquisitionTypeValue,
    )
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImageValue as _PhotometricInterpretationCRImageValue,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirectionValue as _SliceProgressionDirectionValue,
    )
    from dicomodel.enums.variable_flip_angle_flag import (
        VariableFlipAngleFlagValue as _VariableFlipAngleFlagValue,
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
    _AngioFlagValue = Lazy("dicomodel.enums.angio_flag", "AngioFlagValue")
    _BeatRejectionFlagValue = Lazy("dicomodel.enums.beat_rejection_flag", "BeatRejectionFlagValue")
    _ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem = Lazy(
        "dicomodel.items.imaging_equipment_to_treatment_delivery_device_relationship_sequence_item",
        "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    )
    _InPlanePhaseEncodingDirectionMRImageValue = Lazy(
        "dicomodel.enums.in_plane_phase_encoding_direction",
        "InPlanePhaseEncodingDirectionMRImageValue",
    )
    _MRAcquisitionTypeValue = Lazy("dicomodel.enums.mr_acquisition_type", "MRAcquisitionTypeValue")
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
    _SliceProgressionDirectionValue = Lazy(
        "dicomodel.enums.slice_progression_direction", "SliceProgressionDirectionValue"
    )
    _VariableFlipAngleFlagValue = Lazy(
        "dicomodel.enums.variable_flip_angle_flag", "VariableFlipAngleFlagValue"
    )
    _ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection = Lazy(
        "dicomodel.items.view_code_sequence_item_optional_view_and_slice_progression_direction",
        "ViewCodeSequenceItemOptionalViewAndSliceProgressionDirection",
    )

if TYPE_CHECKING:
    from dicomodel.enums.angio_flag import AngioFlag as AngioFlag
    from dicomodel.enums.beat_rejection_flag import BeatRejectionFlag as BeatRejectionFlag
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.in_plane_phase_encoding_direction import (
        InPlanePhaseEncodingDirectionMRImage as InPlanePhaseEncodingDirection,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.mr_acquisition_type import MRAcquisitionType as MRAcquisitionType
    from dicomodel.enums.photometric_interpretation import (
        PhotometricInterpretationCRImage as PhotometricInterpretation,
    )
    from dicomodel.enums.slice_progression_direction import (
        SliceProgressionDirection as SliceProgressionDirection,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.enums.variable_flip_angle_flag import (
        VariableFlipAngleFlag as VariableFlipAngleFlag,
    )
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
    "AngioFlag",
    "BeatRejectionFlag",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DevicePositionParameterSequenceItem",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "ImagingEquipmentToTreatmentDeliveryDeviceRelationshipSequenceItem",
    "InPlanePhaseEncodingDirection",
    "MRAcquisitionType",
    "MRImageModule",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
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
    "VariableFlipAngleFlag",
    "ViewCodeSequenceItem",
    "ViewModifierCodeSequenceItem",
]


class MRImageModule(DicomModel):
    """MR Image Module Attributes (PS3.3 Table C.8-4)."""

    dicom_name: ClassVar[str] = "MR Image"
    dicom_table: ClassVar[str] = "table_C.8-4"

    ImageType: Annotated[list[vr.CS], Attribute(0x00080008, "CS", "2-n", "1", name="Image Type")]
    """Image Type (0008,0008): Type 1, VR CS, VM 2-n. Image identification characteristics. See Section C.8.3.1.1.1 for specialization."""

    SamplesPerPixel: Annotated[
        vr.US,
        Attribute(0x00280002, "US", "1", "1", name="Samples per Pixel", enumerated=((0, ("1",)),)),
    ]
    """Samples per Pixel (0028,0002): Type 1, VR US, VM 1. Number of samples (planes) in this image. See Section C.8.3.1.1.2 for specialization."""

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
    """Photometric Interpretation (0028,0004): Type 1, VR CS, VM 1. Specifies the intended interpretation of the pixel data. See Section C.8.3.1.1.3 for specialization."""

    BitsAllocated: Annotated[
        vr.US,
        Attribute(0x00280100, "US", "1", "1", name="Bits Allocated", enumerated=((0, ("16",)),)),
    ]
    """Bits Allocated (0028,0100): Type 1, VR US, VM 1. Number of bits allocated for each pixel sample. Each sample shall have the same number of bits allocated. See Section C.8.3.1.1.4 for specialization."""

    BitsStored: Annotated[vr.US, Attribute(0x00280101, "US", "1", "1", name="Bits Stored")]
    """Bits Stored (0028,0101): Type 1, VR US, VM 1. Number of bits stored for each pixel sample. Each sample shall have the same number of bits stored."""

    HighBit: Annotated[vr.US, Attribute(0x00280102, "US", "1", "1", name="High Bit")]
    """High Bit (0028,0102): Type 1, VR US, VM 1. Most significant bit for pixel sample data. Each sample shall have the same high bit. High Bit (0028,0102) shall be one less than Bits Stored (0028,0101)."""

    ScanningSequence: Annotated[
        list[vr.CS],
        Attribute(
            0x00180020,
            "CS",
            "1-n",
            "1",
            name="Scanning Sequence",
            enumerated=((0, ("SE", "IR", "GR", "EP", "RM")),),
        ),
    ]
    """Scanning Sequence (0018,0020): Type 1, VR CS, VM 1-n. Description of the type of data taken. Enumerated Values: SE Spin Echo IR Inversion Recovery GR Gradient Recalled EP Echo Planar RM Research Mode Multi-valued, but not all combinations are valid (e.g., SE/GR, etc.)."""

    SequenceVariant: Annotated[
        list[vr.CS], Attribute(0x00180021, "CS", "1-n", "1", name="Sequence Variant")
    ]
    """Sequence Variant (0018,0021): Type 1, VR CS, VM 1-n. Variant of the Scanning Sequence. Defined Terms: SK segmented k-space MTC magnetization transfer contrast SS steady state TRSS time reversed steady state SP spoiled MP MAG prepared OSP oversampling phase NONE no sequence variant"""

    ScanOptions: Annotated[
        list[vr.CS] | None, Attribute(0x00180022, "CS", "1-n", "2", name="Scan Options")
    ]
    """Scan Options (0018,0022): Type 2, VR CS, VM 1-n. Parameters of scanning sequence. Defined Terms: PER Phase Encode Reordering RG Respiratory Gating CG Cardiac Gating PPG Peripheral Pulse Gating FC Flow Compensation PFF Partial Fourier - Frequency PFP Partial Fourier - Phase SP Spatial Pres..."""

    MRAcquisitionType: Annotated[
        _MRAcquisitionTypeValue | None,
        Attribute(
            0x00180023, "CS", "1", "2", name="MR Acquisition Type", enumerated=((0, ("2D", "3D")),)
        ),
    ]
    """MR Acquisition Type (0018,0023): Type 2, VR CS, VM 1. Identification of data encoding scheme. Enumerated Values: 2D frequency x phase 3D frequency x phase x phase"""

    RepetitionTime: Annotated[
        vr.DS | None,
        Attribute(
            0x00180080,
            "DS",
            "1",
            "2C",
            name="Repetition Time",
            when=(
                "or",
                ("value", 0x00180021, 0, "in", ("SK",)),
                ("value", 0x00180020, 0, "not_in", ("EP",)),
            ),
            otherwise="may",
        ),
    ] = None
    """Repetition Time (0018,0080): Type 2C, VR DS, VM 1. Required if Sequence Variant (0018,0021) is SK or if Scanning Sequence (0018,0020) is not EP. May be present otherwise. The period of time in msec between the beginning of a pulse sequence and the beginning of the succeeding (essentially identical) pulse sequence. Required if Sequence Variant (0018,0021) is SK or if Scanning Sequence (0018,0020) is not EP."""

    EchoTime: Annotated[vr.DS | None, Attribute(0x00180081, "DS", "1", "2", name="Echo Time")]
    """Echo Time (0018,0081): Type 2, VR DS, VM 1. Time in ms between the middle of the excitation pulse and the peak of the echo produced (kx=0). In the case of segmented k-space, the TE(eff) is the time between the middle of the excitation pulse to the peak of the echo that is used to cov..."""

    EchoTrainLength: Annotated[
        vr.IS | None, Attribute(0x00180091, "IS", "1", "2", name="Echo Train Length")
    ]
    """Echo Train Length (0018,0091): Type 2, VR IS, VM 1. Number of lines in k-space acquired per excitation per image."""

    InversionTime: Annotated[
        vr.DS | None,
        Attribute(
            0x00180082,
            "DS",
            "1",
            "2C",
            name="Inversion Time",
            when=("value", 0x00180020, 0, "in", ("IR",)),
        ),
    ] = None
    """Inversion Time (0018,0082): Type 2C, VR DS, VM 1. Required if Scanning Sequence (0018,0020) has values of IR. Time in msec after the middle of inverting RF pulse to middle of excitation pulse to detect the amount of longitudinal magnetization. Required if Scanning Sequence (0018,0020) has values of IR."""

    TriggerTime: Annotated[
        vr.DS | None,
        Attribute(
            0x00181060,
            "DS",
            "1",
            "2C",
            name="Trigger Time",
            when=(
                "unknown",
                "condition not read: no verb after 'Scan Options (0018,0022) that include heart' (in 'Required for Scan Options (0018,0022) that include heart gating')",
            ),
        ),
    ] = None
    """Trigger Time (0018,1060): Type 2C, VR DS, VM 1. Required for Scan Options (0018,0022) that include heart gating (e.g., CG, PPG, etc.). Time, in msec, between peak of the R wave and the peak of the echo produced. In the case of segmented k-space, the TE(eff) is the time between the peak of the echo that is used to cover the center of k-space."""

    SequenceName: Annotated[
        vr.SH | None, Attribute(0x00180024, "SH", "1", "3", name="Sequence Name")
    ] = None
    """Sequence Name (0018,0024): Type 3, VR SH, VM 1. User defined name for the combination of Scanning Sequence (0018,0020) and Sequence Variant (0018,0021)."""

    AngioFlag: Annotated[
        _AngioFlagValue | None,
        Attribute(0x00180025, "CS", "1", "3", name="Angio Flag", enumerated=((0, ("Y", "N")),)),
    ] = None
    """Angio Flag (0018,0025): Type 3, VR CS, VM 1. Angio Image Indicator. Primary image for Angio processing. Enumerated Values: Y Image is Angio N Image is not Angio"""

    NumberOfAverages: Annotated[
        vr.DS | None, Attribute(0x00180083, "DS", "1", "3", name="Number of Averages")
    ] = None
    """Number of Averages (0018,0083): Type 3, VR DS, VM 1. Number of times a given pulse sequence is repeated before any parameter is changed."""

    ImagingFrequency: Annotated[
        vr.DS | None, Attribute(0x00180084, "DS", "1", "3", name="Imaging Frequency")
    ] = None
    """Imaging Frequency (0018,0084): Type 3, VR DS, VM 1. Precession frequency in MHz of the nucleus being addressed."""

    ImagedNucleus: Annotated[
        vr.SH | None, Attribute(0x00180085, "SH", "1", "3", name="Imaged Nucleus")
    ] = None
    """Imaged Nucleus (0018,0085): Type 3, VR SH, VM 1. Nucleus that is resonant at the imaging frequency. Examples: 31P, 1H."""

    EchoNumbers: Annotated[
        list[vr.IS] | None, Attribute(0x00180086, "IS", "1-n", "3", name="Echo Number(s)")
    ] = None
    """Echo Number(s) (0018,0086): Type 3, VR IS, VM 1-n. The echo number used in generating this image. In the case of segmented k-space, it is the effective Echo Number."""

    MagneticFieldStrength: Annotated[
        vr.DS | None, Attribute(0x00180087, "DS", "1", "3", name="Magnetic Field Strength")
    ] = None
    """Magnetic Field Strength (0018,0087): Type 3, VR DS, VM 1. Nominal field strength of MR magnet, in Tesla."""

    NumberOfPhaseEncodingSteps: Annotated[
        vr.IS | None, Attribute(0x00180089, "IS", "1", "3", name="Number of Phase Encoding Steps")
    ] = None
    """Number of Phase Encoding Steps (0018,0089): Type 3, VR IS, VM 1. Total number of lines in k-space in the 'y' direction collected during acquisition."""

    PercentSampling: Annotated[
        vr.DS | None, Attribute(0x00180093, "DS", "1", "3", name="Percent Sampling")
    ] = None
    """Percent Sampling (0018,0093): Type 3, VR DS, VM 1. Fraction of acquisition matrix lines acquired, expressed as a percent."""

    PercentPhaseFieldOfView: Annotated[
        vr.DS | None, Attribute(0x00180094, "DS", "1", "3", name="Percent Phase Field of View")
    ] = None
    """Percent Phase Field of View (0018,0094): Type 3, VR DS, VM 1. Ratio of field of view dimension in phase direction to field of view dimension in frequency direction, expressed as a percent."""

    PixelBandwidth: Annotated[
        vr.DS | None, Attribute(0x00180095, "DS", "1", "3", name="Pixel Bandwidth")
    ] = None
    """Pixel Bandwidth (0018,0095): Type 3, VR DS, VM 1. Reciprocal of the total sampling period, in hertz per pixel."""

    NominalInterval: Annotated[
        vr.IS | None, Attribute(0x00181062, "IS", "1", "3", name="Nominal Interval")
    ] = None
    """Nominal Interval (0018,1062): Type 3, VR IS, VM 1. Average R-R interval used for the scans, in msec."""

    BeatRejectionFlag: Annotated[
        _BeatRejectionFlagValue | None,
        Attribute(
            0x00181080, "CS", "1", "3", name="Beat Rejection Flag", enumerated=((0, ("Y", "N")),)
        ),
    ] = None
    """Beat Rejection Flag (0018,1080): Type 3, VR CS, VM 1. Beat length sorting has been applied. Enumerated Values: Y yes N no"""

    LowRRValue: Annotated[
        vr.IS | None, Attribute(0x00181081, "IS", "1", "3", name="Low R-R Value")
    ] = None
    """Low R-R Value (0018,1081): Type 3, VR IS, VM 1. R-R interval low limit for beat rejection, in msec."""

    HighRRValue: Annotated[
        vr.IS | None, Attribute(0x00181082, "IS", "1", "3", name="High R-R Value")
    ] = None
    """High R-R Value (0018,1082): Type 3, VR IS, VM 1. R-R interval high limit for beat rejection, in msec."""

    IntervalsAcquired: Annotated[
        vr.IS | None, Attribute(0x00181083, "IS", "1", "3", name="Intervals Acquired")
    ] = None
    """Intervals Acquired (0018,1083): Type 3, VR IS, VM 1. Number of R-R intervals acquired."""

    IntervalsRejected: Annotated[
        vr.IS | None, Attribute(0x00181084, "IS", "1", "3", name="Intervals Rejected")
    ] = None
    """Intervals Rejected (0018,1084): Type 3, VR IS, VM 1. Number of R-R intervals rejected."""

    PVCRejection: Annotated[
        vr.LO | None, Attribute(0x00181085, "LO", "1", "3", name="PVC Rejection")
    ] = None
    """PVC Rejection (0018,1085): Type 3, VR LO, VM 1. Description of type of PVC rejection criteria used."""

    SkipBeats: Annotated[vr.IS | None, Attribute(0x00181086, "IS", "1", "3", name="Skip Beats")] = (
        None
    )
    """Skip Beats (0018,1086): Type 3, VR IS, VM 1. Number of beats skipped after a detected arrhythmia."""

    HeartRate: Annotated[vr.IS | None, Attribute(0x00181088, "IS", "1", "3", name="Heart Rate")] = (
        None
    )
    """Heart Rate (0018,1088): Type 3, VR IS, VM 1. Beats per minute."""

    CardiacNumberOfImages: Annotated[
        vr.IS | None, Attribute(0x00181090, "IS", "1", "3", name="Cardiac Number of Images")
    ] = None
    """Cardiac Number of Images (0018,1090): Type 3, VR IS, VM 1. Number of images per cardiac cycle."""

    TriggerWindow: Annotated[
        vr.IS | None, Attribute(0x00181094, "IS", "1", "3", name="Trigger Window")
    ] = None
    """Trigger Window (0018,1094): Type 3, VR IS, VM 1. Percent of R-R interval, based on Heart Rate (0018,1088), prescribed as a window for a valid/usable trigger."""

    ReconstructionDiameter: Annotated[
        vr.DS | None, Attribute(0x00181100, "DS", "1", "3", name="Reconstruction Diameter")
    ] = None
    """Reconstruction Diameter (0018,1100): Type 3, VR DS, VM 1. Diameter in mm. of the region from within which data were used in creating the reconstruction of the image. Data may exist outside this region and portions of the patient may exist outside this region."""

    ReceiveCoilName: Annotated[
        vr.SH | None, Attribute(0x00181250, "SH", "1", "3", name="Receive Coil Name")
    ] = None
    """Receive Coil Name (0018,1250): Type 3, VR SH, VM 1. Receive coil used."""

    TransmitCoilName: Annotated[
        vr.SH | None, Attribute(0x00181251, "SH", "1", "3", name="Transmit Coil Name")
    ] = None
    """Transmit Coil Name (0018,1251): Type 3, VR SH, VM 1. Transmit coil used."""

    AcquisitionMatrix: Annotated[
        list[vr.US] | None, Attribute(0x00181310, "US", "4", "3", name="Acquisition Matrix")
    ] = None
    """Acquisition Matrix (0018,1310): Type 3, VR US, VM 4. Dimensions of the acquired frequency /phase data before reconstruction. Multi-valued: frequency rows\\frequency columns\\phase rows\\phase columns."""

    InPlanePhaseEncodingDirection: Annotated[
        _InPlanePhaseEncodingDirectionMRImageValue | None,
        Attribute(
            0x00181312,
            "CS",
            "1",
            "3",
            name="In-plane Phase Encoding Direction",
            enumerated=((0, ("ROW", "COL")),),
        ),
    ] = None
    """In-plane Phase Encoding Direction (0018,1312): Type 3, VR CS, VM 1. The axis of phase encoding with respect to the image. Enumerated Values: ROW phase encoded in rows. COL phase encoded in columns."""

    FlipAngle: Annotated[vr.DS | None, Attribute(0x00181314, "DS", "1", "3", name="Flip Angle")] = (
        None
    )
    """Flip Angle (0018,1314): Type 3, VR DS, VM 1. Steady state angle in degrees to which the magnetic vector is flipped from the magnetic vector of the primary field."""

    SAR: Annotated[vr.DS | None, Attribute(0x00181316, "DS", "1", "3", name="SAR")] = None
    """SAR (0018,1316): Type 3, VR DS, VM 1. Calculated whole body Specific Absorption Rate in watts/kilogram."""

    VariableFlipAngleFlag: Annotated[
        _VariableFlipAngleFlagValue | None,
        Attribute(
            0x00181315,
            "CS",
            "1",
            "3",
            name="Variable Flip Angle Flag",
            enumerated=((0, ("Y", "N")),),
        ),
    ] = None
    """Variable Flip Angle Flag (0018,1315): Type 3, VR CS, VM 1. Flip angle variation applied during image acquisition. Enumerated Values: Y yes N no"""

    dBdt: Annotated[vr.DS | None, Attribute(0x00181318, "DS", "1", "3", name="dB/dt")] = None
    """dB/dt (0018,1318): Type 3, VR DS, VM 1. The rate of change of the gradient coil magnetic flux density with time (T/s)."""

    TemporalPositionIdentifier: Annotated[
        vr.IS | None, Attribute(0x00200100, "IS", "1", "3", name="Temporal Position Identifier")
    ] = None
    """Temporal Position Identifier (0020,0100): Type 3, VR IS, VM 1. Temporal order of a dynamic or functional set of Images."""

    NumberOfTemporalPositions: Annotated[
        vr.IS | None, Attribute(0x00200105, "IS", "1", "3", name="Number of Temporal Positions")
    ] = None
    """Number of Temporal Positions (0020,0105): Type 3, VR IS, VM 1. Total number of temporal positions prescribed."""

    TemporalResolution: Annotated[
        vr.DS | None, Attribute(0x00200110, "DS", "1", "3", name="Temporal Resolution")
    ] = None
    """Temporal Resolution (0020,0110): Type 3, VR DS, VM 1. Time delta between Images in a dynamic or functional set of Images."""

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

    B1rms: Annotated[vr.FL | None, Attribute(0x00181320, "FL", "1", "3", name="B1rms")] = None
    """B1rms (0018,1320): Type 3, VR FL, VM 1. B1+ rms value in units of microtesla (µT) for the acquisition producing the image. See [IEC 60601-2-33]."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AnatomicRegionModifierSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "AnatomicRegionSequenceItem": (
        "dicomodel.items.anatomic_region_sequence_item",
        "AnatomicRegionSequenceItem",
    ),
    "AngioFlag": ("dicomodel.enums.angio_flag", "AngioFlag"),
    "BeatRejectionFlag": ("dicomodel.enums.beat_rejection_flag", "BeatRejectionFlag"),
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
    "InPlanePhaseEncodingDirection": (
        "dicomodel.enums.in_plane_phase_encoding_direction",
        "InPlanePhaseEncodingDirectionMRImage",
    ),
    "MRAcquisitionType": ("dicomodel.enums.mr_acquisition_type", "MRAcquisitionType"),
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
    "SliceProgressionDirection": (
        "dicomodel.enums.slice_progression_direction",
        "SliceProgressionDirection",
    ),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
    "ValueType": ("dicomodel.enums.value_type", "ValueType"),
    "VariableFlipAngleFlag": ("dicomodel.enums.variable_flip_angle_flag", "VariableFlipAngleFlag"),
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
