"""RT Patient Treatment Preparation Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.patient_treatment_preparation_procedure_sequence_item import (
        PatientTreatmentPreparationProcedureSequenceItem as _PatientTreatmentPreparationProcedureSequenceItem,
    )
    from dicomodel.items.referenced_patient_setup_photo_sequence_item import (
        ReferencedPatientSetupPhotoSequenceItem as _ReferencedPatientSetupPhotoSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _PatientTreatmentPreparationProcedureSequenceItem = Lazy(
        "dicomodel.items.patient_treatment_preparation_procedure_sequence_item",
        "PatientTreatmentPreparationProcedureSequenceItem",
    )
    _ReferencedPatientSetupPhotoSequenceItem = Lazy(
        "dicomodel.items.referenced_patient_setup_photo_sequence_item",
        "ReferencedPatientSetupPhotoSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.device_alternate_identifier_type import (
        DeviceAlternateIdentifierTypeTerm as DeviceAlternateIdentifierTypeTerm,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
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
    from dicomodel.items.patient_treatment_preparation_procedure_sequence_item import (
        PatientTreatmentPreparationProcedureSequenceItem as PatientTreatmentPreparationProcedureSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as PatientTreatmentPreparationProcedureParameterSequenceItem,
    )
    from dicomodel.items.referenced_patient_setup_photo_sequence_item import (
        ReferencedPatientSetupPhotoSequenceItem as ReferencedPatientSetupPhotoSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )
    from dicomodel.items.rt_accessory_device_identification_item import (
        RTAccessoryDeviceIdentificationItem as PatientTreatmentPreparationDeviceSequenceItem,
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
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PatientTreatmentPreparationDeviceSequenceItem",
    "PatientTreatmentPreparationMethodCodeSequenceItem",
    "PatientTreatmentPreparationProcedureCodeSequenceItem",
    "PatientTreatmentPreparationProcedureParameterSequenceItem",
    "PatientTreatmentPreparationProcedureSequenceItem",
    "RTPatientTreatmentPreparationMacro",
    "ReferencedPatientSetupPhotoSequenceItem",
    "ReferencedSOPSequenceItem",
    "UDISequenceItem",
    "ValueType",
]


class RTPatientTreatmentPreparationMacro(DicomModel):
    """RT Patient Treatment Preparation Macro Attributes (PS3.3 Table C.36.2.3.4-1)."""

    dicom_name: ClassVar[str] = "RT Patient Treatment Preparation"
    dicom_table: ClassVar[str] = "table_C.36.2.3.4-1"

    PatientTreatmentPreparationMethodCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x300A078D, "SQ", "1", "1", name="Patient Treatment Preparation Method Code Sequence"
        ),
    ]
    """Patient Treatment Preparation Method Code Sequence (300A,078D): Type 1, VR SQ, VM 1. Method used to prepare the Patient for treatment. Only a single Item shall be included in this Sequence."""

    PatientTreatmentPreparationMethodDescription: Annotated[
        vr.LT | None,
        Attribute(
            0x300A0792, "LT", "1", "3", name="Patient Treatment Preparation Method Description"
        ),
    ] = None
    """Patient Treatment Preparation Method Description (300A,0792): Type 3, VR LT, VM 1. User-defined description of patient treatment preparation technique."""

    ReferencedPatientSetupPhotoSequence: Annotated[
        list[_ReferencedPatientSetupPhotoSequenceItem] | None,
        Attribute(0x300A078C, "SQ", "1", "3", name="Referenced Patient Setup Photo Sequence"),
    ] = None
    """Referenced Patient Setup Photo Sequence (300A,078C): Type 3, VR SQ, VM 1. References to photos illustrating the patient setup. One or more Items are permitted in this Sequence."""

    PatientTreatmentPreparationProcedureSequence: Annotated[
        list[_PatientTreatmentPreparationProcedureSequenceItem] | None,
        Attribute(
            0x300A0790, "SQ", "1", "2", name="Patient Treatment Preparation Procedure Sequence"
        ),
    ]
    """Patient Treatment Preparation Procedure Sequence (300A,0790): Type 2, VR SQ, VM 1. Procedures for preparing for the treatment of the patient. Zero or more Items shall be included in this Sequence."""


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
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
    "ReferencedPatientSetupPhotoSequenceItem": (
        "dicomodel.items.referenced_patient_setup_photo_sequence_item",
        "ReferencedPatientSetupPhotoSequenceItem",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
    ),
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
