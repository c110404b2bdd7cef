"""Item class AcquisitionProtocolElementSpecificationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.parameters_specification_sequence_item import (
        ParametersSpecificationSequenceItem as _ParametersSpecificationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ParametersSpecificationSequenceItem = Lazy(
        "dicomodel.items.parameters_specification_sequence_item",
        "ParametersSpecificationSequenceItem",
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
    "AcquisitionProtocolElementSpecificationSequenceItem",
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModifiableConstraintFlag",
    "ParametersSpecificationSequenceItem",
    "RecommendedDefaultValueSequenceItem",
    "SelectorCodeSequenceValueItem",
]


class AcquisitionProtocolElementSpecificationSequenceItem(DicomModel):
    """An item of Acquisition Protocol Element Specification Sequence (0018,991F), as first defined in General Defined Acquisition Module Attributes (C.34.9-1)."""

    dicom_name: ClassVar[str] = "Acquisition Protocol Element Specification Sequence"
    dicom_table: ClassVar[str] = "table_C.34.9-1"

    ProtocolElementNumber: Annotated[
        vr.US, Attribute(0x00189921, "US", "1", "1", name="Protocol Element Number")
    ]
    """Protocol Element Number (0018,9921): Type 1, VR US, VM 1. The Protocol Element Number of the Acquisition Protocol Element being specified in this Item."""

    ParametersSpecificationSequence: Annotated[
        list[_ParametersSpecificationSequenceItem] | None,
        Attribute(0x00189913, "SQ", "1", "3", name="Parameters Specification Sequence"),
    ] = None
    """Parameters Specification Sequence (0018,9913): Type 3, VR SQ, VM 1. Constraints on one or more acquisition parameters. One or more Items are permitted in this Sequence."""


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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
