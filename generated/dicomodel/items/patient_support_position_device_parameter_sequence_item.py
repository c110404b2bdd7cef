"""Item class PatientSupportPositionDeviceParameterSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.patient_support_position_parameter_sequence_item import (
        PatientSupportPositionParameterSequenceItem as _PatientSupportPositionParameterSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PatientSupportPositionParameterSequenceItem = Lazy(
        "dicomodel.items.patient_support_position_parameter_sequence_item",
        "PatientSupportPositionParameterSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.value_type import ValueType as ValueType
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
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
    "PatientSupportPositionParameterSequenceItem",
    "ReferencedSOPSequenceItem",
    "ValueType",
]


class PatientSupportPositionDeviceParameterSequenceItem(DicomModel):
    """An item of Patient Support Position Device Parameter Sequence (300A,065D), as first defined in Patient to Equipment Relationship Macro Attributes (10.39-1)."""

    dicom_name: ClassVar[str] = "Patient Support Position Device Parameter Sequence"
    dicom_table: ClassVar[str] = "table_10.39-1"

    ReferencedDeviceIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A0607,
            "US",
            "1",
            "1C",
            name="Referenced Device Index",
            when=("value", 0x300A065C, 0, "in", ("DEVICE_SPECIFIC",)),
        ),
    ] = None
    """Referenced Device Index (300A,0607): Type 1C, VR US, VM 1. Required if Patient Support Position Specification Method (300A,065C) equals DEVICE_SPECIFIC. The value of Device Index (3010,0039) in Patient Support Devices Sequence (300A,0686) corresponding to the Patient Support Device in use. Required if Patient Support Position Specification Method (300A,065C) equals DEVICE_SPECIFIC."""

    DeviceOrderIndex: Annotated[
        vr.US | None,
        Attribute(
            0x300A065E,
            "US",
            "1",
            "1C",
            name="Device Order Index",
            when=("value", 0x300A065C, 0, "in", ("DEVICE_SPECIFIC",)),
        ),
    ] = None
    """Device Order Index (300A,065E): Type 1C, VR US, VM 1. Required if Patient Support Position Specification Method (300A,065C) equals DEVICE_SPECIFIC. Index defining the order in which the Items in the Patient Support Position Device Parameter Sequence (300A,065D) are applied. The value shall start at 1 and increase monotonically by 1."""

    PatientSupportPositionParameterSequence: Annotated[
        list[_PatientSupportPositionParameterSequenceItem],
        Attribute(0x300A065B, "SQ", "1", "1", name="Patient Support Position Parameter Sequence"),
    ]
    """Patient Support Position Parameter Sequence (300A,065B): Type 1, VR SQ, VM 1. Translational and rotational parameters for a particular Patient Support device. One or more Items shall be included in this Sequence."""


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
    "PatientSupportPositionParameterSequenceItem": (
        "dicomodel.items.patient_support_position_parameter_sequence_item",
        "PatientSupportPositionParameterSequenceItem",
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
