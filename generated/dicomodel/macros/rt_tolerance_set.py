"""RT Tolerance Set Macro Attributes.

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
    from dicomodel.items.attribute_tolerance_values_sequence_item import (
        AttributeToleranceValuesSequenceItem as _AttributeToleranceValuesSequenceItem,
    )
    from dicomodel.items.patient_support_position_device_tolerance_sequence_item import (
        PatientSupportPositionDeviceToleranceSequenceItem as _PatientSupportPositionDeviceToleranceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AttributeToleranceValuesSequenceItem = Lazy(
        "dicomodel.items.attribute_tolerance_values_sequence_item",
        "AttributeToleranceValuesSequenceItem",
    )
    _PatientSupportPositionDeviceToleranceSequenceItem = Lazy(
        "dicomodel.items.patient_support_position_device_tolerance_sequence_item",
        "PatientSupportPositionDeviceToleranceSequenceItem",
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
    from dicomodel.items.attribute_tolerance_values_sequence_item import (
        AttributeToleranceValuesSequenceItem as AttributeToleranceValuesSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.patient_support_position_device_tolerance_sequence_item import (
        PatientSupportPositionDeviceToleranceSequenceItem as PatientSupportPositionDeviceToleranceSequenceItem,
    )
    from dicomodel.items.patient_support_position_tolerance_sequence_item import (
        PatientSupportPositionToleranceSequenceItem as PatientSupportPositionToleranceSequenceItem,
    )
    from dicomodel.items.referenced_sop_sequence_item import (
        ReferencedSOPSequenceItem as ReferencedSOPSequenceItem,
    )

__all__ = [
    "AttributeToleranceValuesSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PatientSupportPositionDeviceToleranceSequenceItem",
    "PatientSupportPositionSpecificationMethod",
    "PatientSupportPositionToleranceSequenceItem",
    "RTToleranceSetMacro",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class RTToleranceSetMacro(DicomModel):
    """RT Tolerance Set Macro Attributes (PS3.3 Table C.36.2.2.17-1)."""

    dicom_name: ClassVar[str] = "RT Tolerance Set"
    dicom_table: ClassVar[str] = "table_C.36.2.2.17-1"

    RTToleranceSetLabel: Annotated[
        vr.LO, Attribute(0x300A062A, "LO", "1", "1", name="RT Tolerance Set Label")
    ]
    """RT Tolerance Set Label (300A,062A): Type 1, VR LO, VM 1. User defined label for the Tolerance Set."""

    AttributeToleranceValuesSequence: Annotated[
        list[_AttributeToleranceValuesSequenceItem] | None,
        Attribute(0x300A062B, "SQ", "1", "2", name="Attribute Tolerance Values Sequence"),
    ]
    """Attribute Tolerance Values Sequence (300A,062B): Type 2, VR SQ, VM 1. Tolerance values representing the allowed difference between the planned and actual values. The Selector Attribute Macro identifies the Attributes for which the tolerances are specified."""

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
    """Patient Support Position Specification Method (300A,065C): Type 1, VR CS, VM 1. Method of specification for patient support parameters. Enumerated Values: ABSENT No parameters are specified. GLOBAL Parameters are specified irrespective of the devices in use. DEVICE_SPECIFIC Parameters are specified per device."""

    PatientSupportPositionDeviceToleranceSequence: Annotated[
        list[_PatientSupportPositionDeviceToleranceSequenceItem] | None,
        Attribute(
            0x300A0660,
            "SQ",
            "1",
            "1C",
            name="Patient Support Position Device Tolerance Sequence",
            when=("value", 0x300A065C, 0, "not_in", ("ABSENT",)),
        ),
    ] = None
    """Patient Support Position Device Tolerance Sequence (300A,0660): Type 1C, VR SQ, VM 1. Required if Patient Support Position Specification Method (300A,065C) does not equal ABSENT. Tolerance values for Patient Support devices. Required if Patient Support Position Specification Method (300A,065C) does not equal ABSENT."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AttributeToleranceValuesSequenceItem": (
        "dicomodel.items.attribute_tolerance_values_sequence_item",
        "AttributeToleranceValuesSequenceItem",
    ),
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
    "PatientSupportPositionDeviceToleranceSequenceItem": (
        "dicomodel.items.patient_support_position_device_tolerance_sequence_item",
        "PatientSupportPositionDeviceToleranceSequenceItem",
    ),
    "PatientSupportPositionSpecificationMethod": (
        "dicomodel.enums.patient_support_position_specification_method",
        "PatientSupportPositionSpecificationMethod",
    ),
    "PatientSupportPositionToleranceSequenceItem": (
        "dicomodel.items.patient_support_position_tolerance_sequence_item",
        "PatientSupportPositionToleranceSequenceItem",
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
