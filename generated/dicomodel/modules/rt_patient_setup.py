"""RT Patient Setup Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.patient_setup_sequence_item import (
        PatientSetupSequenceItem as _PatientSetupSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PatientSetupSequenceItem = Lazy(
        "dicomodel.items.patient_setup_sequence_item", "PatientSetupSequenceItem"
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
    from dicomodel.items.patient_setup_sequence_item import (
        PatientSetupSequenceItem as PatientSetupSequenceItem,
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
    "RTPatientSetupModule",
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


class RTPatientSetupModule(DicomModel):
    """RT Patient Setup Module Attributes (PS3.3 Table C.8-48)."""

    dicom_name: ClassVar[str] = "RT Patient Setup"
    dicom_table: ClassVar[str] = "table_C.8-48"

    PatientSetupSequence: Annotated[
        list[_PatientSetupSequenceItem],
        Attribute(0x300A0180, "SQ", "1", "1", name="Patient Setup Sequence"),
    ]
    """Patient Setup Sequence (300A,0180): Type 1, VR SQ, VM 1. Sequence of patient setup data for current plan. One or more Items shall be included in this Sequence."""


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
    "PatientSetupSequenceItem": (
        "dicomodel.items.patient_setup_sequence_item",
        "PatientSetupSequenceItem",
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
