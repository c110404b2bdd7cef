"""Defined Storage Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.acquisition_protocol_element_specification_sequence_item import (
        AcquisitionProtocolElementSpecificationSequenceItem as _AcquisitionProtocolElementSpecificationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AcquisitionProtocolElementSpecificationSequenceItem = Lazy(
        "dicomodel.items.acquisition_protocol_element_specification_sequence_item",
        "AcquisitionProtocolElementSpecificationSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.constraint_type import ConstraintType as ConstraintType
    from dicomodel.enums.constraint_violation_significance import (
        ConstraintViolationSignificance as ConstraintViolationSignificance,
    )
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.modifiable_constraint_flag import (
        ModifiableConstraintFlag as ModifiableConstraintFlag,
    )
    from dicomodel.items.acquisition_protocol_element_specification_sequence_item import (
        AcquisitionProtocolElementSpecificationSequenceItem as StorageProtocolElementSpecificationSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as ConstraintValueSequenceItem,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as RecommendedDefaultValueSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SelectorCodeSequenceValueItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.parameters_specification_sequence_item import (
        ParametersSpecificationSequenceItem as ParametersSpecificationSequenceItem,
    )

__all__ = [
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContextGroupExtensionFlag",
    "DefinedStorageModule",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModifiableConstraintFlag",
    "ParametersSpecificationSequenceItem",
    "RecommendedDefaultValueSequenceItem",
    "SelectorCodeSequenceValueItem",
    "StorageProtocolElementSpecificationSequenceItem",
]


class DefinedStorageModule(DicomModel):
    """Defined Storage Module Attributes (PS3.3 Table C.34.13-1)."""

    dicom_name: ClassVar[str] = "Defined Storage"
    dicom_table: ClassVar[str] = "table_C.34.13-1"

    StorageProtocolElementSpecificationSequence: Annotated[
        list[_AcquisitionProtocolElementSpecificationSequenceItem],
        Attribute(
            0x00189935, "SQ", "1", "1", name="Storage Protocol Element Specification Sequence"
        ),
    ]
    """Storage Protocol Element Specification Sequence (0018,9935): Type 1, VR SQ, VM 1. Specification of the parameters for storage of imaging data. There shall be one Item in this Sequence for each Storage Protocol Element. See Section C.34.13.1. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConstraintType": ("dicomodel.enums.constraint_type", "ConstraintType"),
    "ConstraintValueSequenceItem": ("dicomodel.items.attribute_value_item", "AttributeValueItem"),
    "ConstraintViolationSignificance": (
        "dicomodel.enums.constraint_violation_significance",
        "ConstraintViolationSignificance",
    ),
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
    "ModifiableConstraintFlag": (
        "dicomodel.enums.modifiable_constraint_flag",
        "ModifiableConstraintFlag",
    ),
    "ParametersSpecificationSequenceItem": (
        "dicomodel.items.parameters_specification_sequence_item",
        "ParametersSpecificationSequenceItem",
    ),
    "RecommendedDefaultValueSequenceItem": (
        "dicomodel.items.attribute_value_item",
        "AttributeValueItem",
    ),
    "SelectorCodeSequenceValueItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "StorageProtocolElementSpecificationSequenceItem": (
        "dicomodel.items.acquisition_protocol_element_specification_sequence_item",
        "AcquisitionProtocolElementSpecificationSequenceItem",
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
