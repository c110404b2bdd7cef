"""Item class PatientSupportPositionItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.patient_support_position_specification_method import (
        PatientSupportPositionSpecificationMethodValue as _PatientSupportPositionSpecificationMethodValue,
    )
    from dicomodel.items.patient_support_position_device_parameter_sequence_item import (
        PatientSupportPositionDeviceParameterSequenceItem as _PatientSupportPositionDeviceParameterSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PatientSupportPositionDeviceParameterSequenceItem = Lazy(
        "dicomodel.items.patient_support_position_device_parameter_sequence_item",
        "PatientSupportPositionDeviceParameterSequenceItem",
    )
    _PatientSupportPositionSpecificationMethodValue = Lazy(
        "dicomodel.enums.patient_support_position_specification_method",
        "PatientSupportPositionSpecificationMethodValue",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.patient_support_position_specification_method import (
        PatientSupportPositionSpecificationMethod as PatientSupportPositionSpecificationMethod,
    )
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.patient_support_position_device_parameter_sequence_item import (
        PatientSupportPositionDeviceParameterSequenceItem as PatientSupportPositionDeviceParameterSequenceItem,
    )
    from dicomodel.items.patient_support_position_parameter_sequence_item import (
        PatientSupportPositionParameterSequenceItem as PatientSupportPositionParameterSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PatientSupportPositionDeviceParameterSequenceItem",
    "PatientSupportPositionItem",
    "PatientSupportPositionParameterSequenceItem",
    "PatientSupportPositionSpecificationMethod",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class PatientSupportPositionItem(DicomModel):
    """An item of Patient Support Position Sequence (3006,00CB), as first defined in Patient to Equipment Relationship Macro Attributes (10.39-1)."""

    dicom_name: ClassVar[str] = "Patient Support Position Sequence"
    dicom_table: ClassVar[str] = "table_10.39-1"

    PatientSupportPositionSpecificationMethod: Annotated[
        _PatientSupportPositionSpecificationMethodValue,
        Attribute(
            0x300A065C,
            "CS",
            "1",
            "1",
            name="Patient Support Position Specification Method",
            enumerated=((0, ("ABSENT", "GLOBAL", "DEVICE_SPECIFIC")),),
        ),
    ]
    """Patient Support Position Specification Method (300A,065C): Type 1, VR CS, VM 1. Method of specification for patient support parameters. Enumerated Values: ABSENT No parameters are specified. GLOBAL Parameters are specified using a globally known method, irrespective of the device in use."""

    PatientSupportPositionDeviceParameterSequence: Annotated[
        list[_PatientSupportPositionDeviceParameterSequenceItem] | None,
        Attribute(
            0x300A065D,
            "SQ",
            "1",
            "1C",
            name="Patient Support Position Device Parameter Sequence",
            when=("value", 0x300A065C, 0, "not_in", ("ABSENT",)),
        ),
    ] = None
    """Patient Support Position Device Parameter Sequence (300A,065D): Type 1C, VR SQ, VM 1. Required if Patient Support Position Specification Method (300A,065C) does not equal ABSENT. Translational and rotational parameters for Patient Support devices. Required if Patient Support Position Specification Method (300A,065C) does not equal ABSENT."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ConceptNameCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "PatientSupportPositionDeviceParameterSequenceItem": (
        "dicomodel.items.patient_support_position_device_parameter_sequence_item",
        "PatientSupportPositionDeviceParameterSequenceItem",
    ),
    "PatientSupportPositionParameterSequenceItem": (
        "dicomodel.items.patient_support_position_parameter_sequence_item",
        "PatientSupportPositionParameterSequenceItem",
    ),
    "PatientSupportPositionSpecificationMethod": (
        "dicomodel.enums.patient_support_position_specification_method",
        "PatientSupportPositionSpecificationMethod",
    ),
    "ReferencedSOPSequenceItem": (
        "dicomodel.items.referenced_sop_sequence_item",
        "ReferencedSOPSequenceItem",
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
