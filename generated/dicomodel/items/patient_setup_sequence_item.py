"""Item class PatientSetupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.patient_position import (
        PatientPositionTermRTImage as _PatientPositionTermRTImage,
    )
    from dicomodel.enums.setup_technique import SetupTechniqueTerm as _SetupTechniqueTerm
    from dicomodel.items.fixation_device_sequence_item import (
        FixationDeviceSequenceItem as _FixationDeviceSequenceItem,
    )
    from dicomodel.items.motion_synchronization_sequence_item import (
        MotionSynchronizationSequenceItem as _MotionSynchronizationSequenceItem,
    )
    from dicomodel.items.referenced_setup_image_sequence_item import (
        ReferencedSetupImageSequenceItem as _ReferencedSetupImageSequenceItem,
    )
    from dicomodel.items.rt_patient_treatment_preparation_item import (
        RTPatientTreatmentPreparationItem as _RTPatientTreatmentPreparationItem,
    )
    from dicomodel.items.setup_device_sequence_item import (
        SetupDeviceSequenceItem as _SetupDeviceSequenceItem,
    )
    from dicomodel.items.shielding_device_sequence_item import (
        ShieldingDeviceSequenceItem as _ShieldingDeviceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _FixationDeviceSequenceItem = Lazy(
        "dicomodel.items.fixation_device_sequence_item", "FixationDeviceSequenceItem"
    )
    _MotionSynchronizationSequenceItem = Lazy(
        "dicomodel.items.motion_synchronization_sequence_item", "MotionSynchronizationSequenceItem"
    )
    _PatientPositionTermRTImage = Lazy(
        "dicomodel.enums.patient_position", "PatientPositionTermRTImage"
    )
    _RTPatientTreatmentPreparationItem = Lazy(
        "dicomodel.items.rt_patient_treatment_preparation_item", "RTPatientTreatmentPreparationItem"
    )
    _ReferencedSetupImageSequenceItem = Lazy(
        "dicomodel.items.referenced_setup_image_sequence_item", "ReferencedSetupImageSequenceItem"
    )
    _SetupDeviceSequenceItem = Lazy(
        "dicomodel.items.setup_device_sequence_item", "SetupDeviceSequenceItem"
    )
    _SetupTechniqueTerm = Lazy("dicomodel.enums.setup_technique", "SetupTechniqueTerm")
    _ShieldingDeviceSequenceItem = Lazy(
        "dicomodel.items.shielding_device_sequence_item", "ShieldingDeviceSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.fixation_device_type import (
        FixationDeviceTypeTerm as FixationDeviceTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_position import PatientPositionTermRTImage as PatientPositionTerm
    from dicomodel.enums.respiratory_motion_compensation_technique import (
        RespiratoryMotionCompensationTechniqueTermRTPatientSetup as RespiratoryMotionCompensationTechniqueTerm,
    )
    from dicomodel.enums.respiratory_signal_source import (
        RespiratorySignalSourceTermRTPatientSetup as RespiratorySignalSourceTerm,
    )
    from dicomodel.enums.setup_device_type import SetupDeviceTypeTerm as SetupDeviceTypeTerm
    from dicomodel.enums.setup_technique import SetupTechniqueTerm as SetupTechniqueTerm
    from dicomodel.enums.shielding_device_type import (
        ShieldingDeviceTypeTerm as ShieldingDeviceTypeTerm,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
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
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.fixation_device_sequence_item import (
        FixationDeviceSequenceItem as FixationDeviceSequenceItem,
    )
    from dicomodel.items.motion_synchronization_sequence_item import (
        MotionSynchronizationSequenceItem as MotionSynchronizationSequenceItem,
    )
    from dicomodel.items.patient_treatment_preparation_procedure_sequence_item import (
        PatientTreatmentPreparationProcedureSequenceItem as PatientTreatmentPreparationProcedureSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as PatientTreatmentPreparationProcedureParameterSequenceItem,
    )
    from dicomodel.items.referenced_patient_setup_photo_sequence_item import (
        ReferencedPatientSetupPhotoSequenceItem as ReferencedPatientSetupPhotoSequenceItem,
    )
    from dicomodel.items.referenced_setup_image_sequence_item import (
        ReferencedSetupImageSequenceItem as ReferencedSetupImageSequenceItem,
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
    from dicomodel.items.setup_device_sequence_item import (
        SetupDeviceSequenceItem as SetupDeviceSequenceItem,
    )
    from dicomodel.items.shielding_device_sequence_item import (
        ShieldingDeviceSequenceItem as ShieldingDeviceSequenceItem,
    )
    from dicomodel.items.udi_item import UDIItem as UDISequenceItem

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContentItemModifierSequenceItem",
    "ContextGroupExtensionFlag",
    "DeviceAlternateIdentifierTypeTerm",
    "DeviceTypeCodeSequenceItem",
    "EquivalentCodeSequenceItem",
    "FixationDeviceSequenceItem",
    "FixationDeviceTypeTerm",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "MotionSynchronizationSequenceItem",
    "PatientPositionTerm",
    "PatientSetupSequenceItem",
    "PatientTreatmentPreparationDeviceSequenceItem",
    "PatientTreatmentPreparationMethodCodeSequenceItem",
    "PatientTreatmentPreparationProcedureCodeSequenceItem",
    "PatientTreatmentPreparationProcedureParameterSequenceItem",
    "PatientTreatmentPreparationProcedureSequenceItem",
    "PatientTreatmentPreparationSequenceItem",
    "ReferencedPatientSetupPhotoSequenceItem",
    "ReferencedSOPSequenceItem",
    "ReferencedSetupImageSequenceItem",
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratorySignalSourceTerm",
    "SetupDeviceSequenceItem",
    "SetupDeviceTypeTerm",
    "SetupTechniqueTerm",
    "ShieldingDeviceSequenceItem",
    "ShieldingDeviceTypeTerm",
    "UDISequenceItem",
    "ValueType",
]


class PatientSetupSequenceItem(DicomModel):
    """An item of Patient Setup Sequence (300A,0180), as first defined in RT Patient Setup Module Attributes (C.8-48)."""

    dicom_name: ClassVar[str] = "Patient Setup Sequence"
    dicom_table: ClassVar[str] = "table_C.8-48"

    PatientSetupNumber: Annotated[
        vr.IS, Attribute(0x300A0182, "IS", "1", "1", name="Patient Setup Number")
    ]
    """Patient Setup Number (300A,0182): Type 1, VR IS, VM 1. Identification number of the Patient Setup. The value of Patient Setup Number (300A,0182) shall be unique within the RT Plan in which it is created."""

    PatientSetupLabel: Annotated[
        vr.LO | None, Attribute(0x300A0183, "LO", "1", "3", name="Patient Setup Label")
    ] = None
    """Patient Setup Label (300A,0183): Type 3, VR LO, VM 1. The user-defined label for the Patient Setup."""

    PatientPosition: Annotated[
        _PatientPositionTermRTImage | vr.CS | None,
        Attribute(
            0x00185100,
            "CS",
            "1",
            "1C",
            name="Patient Position",
            when=("not", ("present", 0x300A0184)),
        ),
    ] = None
    """Patient Position (0018,5100): Type 1C, VR CS, VM 1. Required if Patient Additional Position (300A,0184) is not present. Patient position descriptor relative to the equipment. Required if Patient Additional Position (300A,0184) is not present. See Section C.8.8.12.1.2 for Defined Terms and further explanation."""

    PatientAdditionalPosition: Annotated[
        vr.LO | None,
        Attribute(
            0x300A0184,
            "LO",
            "1",
            "1C",
            name="Patient Additional Position",
            when=("not", ("present", 0x00185100)),
        ),
    ] = None
    """Patient Additional Position (300A,0184): Type 1C, VR LO, VM 1. Required if Patient Position (0018,5100) is not present. User-defined additional description of patient position. Required if Patient Position (0018,5100) is not present."""

    PatientTreatmentPreparationSequence: Annotated[
        list[_RTPatientTreatmentPreparationItem] | None,
        Attribute(0x300A079F, "SQ", "1", "3", name="Patient Treatment Preparation Sequence"),
    ] = None
    """Patient Treatment Preparation Sequence (300A,079F): Type 3, VR SQ, VM 1. Procedures and devices required to prepare a patient for treatment. Only a single Item is permitted in this Sequence. See Section C.8.8.12.1.3."""

    ReferencedSetupImageSequence: Annotated[
        list[_ReferencedSetupImageSequenceItem] | None,
        Attribute(0x300A0401, "SQ", "1", "3", name="Referenced Setup Image Sequence"),
    ] = None
    """Referenced Setup Image Sequence (300A,0401): Type 3, VR SQ, VM 1. Sequence of setup verification images for this patient setup. One or more Items are permitted in this Sequence. See Section C.8.8.12.1.1"""

    FixationDeviceSequence: Annotated[
        list[_FixationDeviceSequenceItem] | None,
        Attribute(0x300A0190, "SQ", "1", "3", name="Fixation Device Sequence"),
    ] = None
    """Fixation Device Sequence (300A,0190): Type 3, VR SQ, VM 1. Sequence of Fixation Devices used in Patient Setup. One or more Items are permitted in this Sequence."""

    ShieldingDeviceSequence: Annotated[
        list[_ShieldingDeviceSequenceItem] | None,
        Attribute(0x300A01A0, "SQ", "1", "3", name="Shielding Device Sequence"),
    ] = None
    """Shielding Device Sequence (300A,01A0): Type 3, VR SQ, VM 1. Sequence of Shielding Devices used in Patient Setup. One or more Items are permitted in this Sequence."""

    SetupTechnique: Annotated[
        _SetupTechniqueTerm | vr.CS | None,
        Attribute(0x300A01B0, "CS", "1", "3", name="Setup Technique"),
    ] = None
    """Setup Technique (300A,01B0): Type 3, VR CS, VM 1. Setup Technique used in Patient Setup. Defined Terms: ISOCENTRIC FIXED_SSD TBI BREAST_BRIDGE SKIN_APPOSITION"""

    SetupTechniqueDescription: Annotated[
        vr.ST | None, Attribute(0x300A01B2, "ST", "1", "3", name="Setup Technique Description")
    ] = None
    """Setup Technique Description (300A,01B2): Type 3, VR ST, VM 1. User-defined description of Setup Technique."""

    SetupDeviceSequence: Annotated[
        list[_SetupDeviceSequenceItem] | None,
        Attribute(0x300A01B4, "SQ", "1", "3", name="Setup Device Sequence"),
    ] = None
    """Setup Device Sequence (300A,01B4): Type 3, VR SQ, VM 1. Sequence of devices used for patient alignment in Patient Setup. One or more Items are permitted in this Sequence."""

    TableTopVerticalSetupDisplacement: Annotated[
        vr.DS | None,
        Attribute(0x300A01D2, "DS", "1", "3", name="Table Top Vertical Setup Displacement"),
    ] = None
    """Table Top Vertical Setup Displacement (300A,01D2): Type 3, VR DS, VM 1. Vertical Displacement in IEC TABLE TOP coordinate system (in mm) relative to initial Setup Position, i.e., vertical offset between patient positioning performed using setup and treatment position."""

    TableTopLongitudinalSetupDisplacement: Annotated[
        vr.DS | None,
        Attribute(0x300A01D4, "DS", "1", "3", name="Table Top Longitudinal Setup Displacement"),
    ] = None
    """Table Top Longitudinal Setup Displacement (300A,01D4): Type 3, VR DS, VM 1. Longitudinal Displacement in IEC TABLE TOP coordinate system (in mm) relative to initial Setup Position, i.e., longitudinal offset between patient positioning performed using setup and treatment position."""

    TableTopLateralSetupDisplacement: Annotated[
        vr.DS | None,
        Attribute(0x300A01D6, "DS", "1", "3", name="Table Top Lateral Setup Displacement"),
    ] = None
    """Table Top Lateral Setup Displacement (300A,01D6): Type 3, VR DS, VM 1. Lateral Displacement in IEC TABLE TOP coordinate system (in mm) relative to initial Setup Position, i.e., lateral offset between patient positioning performed using setup and treatment position."""

    MotionSynchronizationSequence: Annotated[
        list[_MotionSynchronizationSequenceItem] | None,
        Attribute(0x300A0410, "SQ", "1", "3", name="Motion Synchronization Sequence"),
    ] = None
    """Motion Synchronization Sequence (300A,0410): Type 3, VR SQ, VM 1. Sequence of Motion Synchronization. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
    "DeviceTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FixationDeviceSequenceItem": (
        "dicomodel.items.fixation_device_sequence_item",
        "FixationDeviceSequenceItem",
    ),
    "FixationDeviceTypeTerm": ("dicomodel.enums.fixation_device_type", "FixationDeviceTypeTerm"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MotionSynchronizationSequenceItem": (
        "dicomodel.items.motion_synchronization_sequence_item",
        "MotionSynchronizationSequenceItem",
    ),
    "PatientPositionTerm": ("dicomodel.enums.patient_position", "PatientPositionTermRTImage"),
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
    "ReferencedPatientSetupPhotoSequenceItem": (
        "dicomodel.items.referenced_patient_setup_photo_sequence_item",
        "ReferencedPatientSetupPhotoSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
    "ReferencedSetupImageSequenceItem": (
        "dicomodel.items.referenced_setup_image_sequence_item",
        "ReferencedSetupImageSequenceItem",
    ),
    "RespiratoryMotionCompensationTechniqueTerm": (
        "dicomodel.enums.respiratory_motion_compensation_technique",
        "RespiratoryMotionCompensationTechniqueTermRTPatientSetup",
    ),
    "RespiratorySignalSourceTerm": (
        "dicomodel.enums.respiratory_signal_source",
        "RespiratorySignalSourceTermRTPatientSetup",
    ),
    "SetupDeviceSequenceItem": (
        "dicomodel.items.setup_device_sequence_item",
        "SetupDeviceSequenceItem",
    ),
    "SetupDeviceTypeTerm": ("dicomodel.enums.setup_device_type", "SetupDeviceTypeTerm"),
    "SetupTechniqueTerm": ("dicomodel.enums.setup_technique", "SetupTechniqueTerm"),
    "ShieldingDeviceSequenceItem": (
        "dicomodel.items.shielding_device_sequence_item",
        "ShieldingDeviceSequenceItem",
    ),
    "ShieldingDeviceTypeTerm": ("dicomodel.enums.shielding_device_type", "ShieldingDeviceTypeTerm"),
    "UDISequenceItem": ("dicomodel.items.udi_item", "UDIItem"),
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
