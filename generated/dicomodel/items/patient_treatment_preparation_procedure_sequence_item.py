"""Item class PatientTreatmentPreparationProcedureSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as _ProtocolContextSequenceItem,
    )
    from dicomodel.items.rt_accessory_device_identification_item import (
        RTAccessoryDeviceIdentificationItem as _RTAccessoryDeviceIdentificationItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ProtocolContextSequenceItem = Lazy(
        "dicomodel.items.protocol_context_sequence_item", "ProtocolContextSequenceItem"
    )
    _RTAccessoryDeviceIdentificationItem = Lazy(
        "dicomodel.items.rt_accessory_device_identification_item",
        "RTAccessoryDeviceIdentificationItem",
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
        CodeSequenceItem as PatientTreatmentPreparationProcedureCodeSequenceItem,
    )
    from dicomodel.items.content_item import ContentItem as ContentItemModifierSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.protocol_context_sequence_item import (
        ProtocolContextSequenceItem as PatientTreatmentPreparationProcedureParameterSequenceItem,
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
    "PatientTreatmentPreparationProcedureCodeSequenceItem",
    "PatientTreatmentPreparationProcedureParameterSequenceItem",
    "PatientTreatmentPreparationProcedureSequenceItem",
    "ReferencedSOPSequenceItem",
    "UDISequenceItem",
    "ValueType",
]


class PatientTreatmentPreparationProcedureSequenceItem(DicomModel):
    """An item of Patient Treatment Preparation Procedure Sequence (300A,0790), as first defined in RT Patient Treatment Preparation Macro Attributes (C.36.2.3.4-1)."""

    dicom_name: ClassVar[str] = "Patient Treatment Preparation Procedure Sequence"
    dicom_table: ClassVar[str] = "table_C.36.2.3.4-1"

    PatientTreatmentPreparationProcedureIndex: Annotated[
        vr.US,
        Attribute(0x300A0795, "US", "1", "1", name="Patient Treatment Preparation Procedure Index"),
    ]
    """Patient Treatment Preparation Procedure Index (300A,0795): Type 1, VR US, VM 1. Index of the Patient Treatment Preparation Procedure in this Sequence. The value shall start at 1 and increase monotonically by 1."""

    PatientTreatmentPreparationProcedureCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(
            0x300A0791, "SQ", "1", "1", name="Patient Treatment Preparation Procedure Code Sequence"
        ),
    ]
    """Patient Treatment Preparation Procedure Code Sequence (300A,0791): Type 1, VR SQ, VM 1. Procedure performed to prepare the patient for treatment. Only a single Item shall be present in this Sequence."""

    PatientTreatmentPreparationDeviceSequence: Annotated[
        list[_RTAccessoryDeviceIdentificationItem] | None,
        Attribute(0x300A078F, "SQ", "1", "3", name="Patient Treatment Preparation Device Sequence"),
    ] = None
    """Patient Treatment Preparation Device Sequence (300A,078F): Type 3, VR SQ, VM 1. Devices used for preparing the patient for treatment. Only a single Item is permitted in this Sequence."""

    PatientTreatmentPreparationProcedureParameterDescription: Annotated[
        vr.LT | None,
        Attribute(
            0x300A078E,
            "LT",
            "1",
            "2",
            name="Patient Treatment Preparation Procedure Parameter Description",
        ),
    ]
    """Patient Treatment Preparation Procedure Parameter Description (300A,078E): Type 2, VR LT, VM 1. User-defined description of patient treatment preparation procedure parameter(s)."""

    PatientTreatmentPreparationProcedureParameterSequence: Annotated[
        list[_ProtocolContextSequenceItem] | None,
        Attribute(
            0x300A0793,
            "SQ",
            "1",
            "2",
            name="Patient Treatment Preparation Procedure Parameter Sequence",
        ),
    ]
    """Patient Treatment Preparation Procedure Parameter Sequence (300A,0793): Type 2, VR SQ, VM 1. Parameters for the Patient Treatment Preparation Procedure. Zero or more Items shall be included in this Sequence."""


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
    "PatientTreatmentPreparationProcedureCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "PatientTreatmentPreparationProcedureParameterSequenceItem": (
        "dicomodel.items.protocol_context_sequence_item",
        "ProtocolContextSequenceItem",
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
