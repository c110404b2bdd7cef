"""Patient Specification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.attribute_value_constraint_item import (
        AttributeValueConstraintItem as _AttributeValueConstraintItem,
    )
else:
    from dicomodel.lazy import Lazy

    _AttributeValueConstraintItem = Lazy(
        "dicomodel.items.attribute_value_constraint_item", "AttributeValueConstraintItem"
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
    from dicomodel.items.attribute_value_constraint_item import (
        AttributeValueConstraintItem as PatientSpecificationSequenceItem,
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

__all__ = [
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "PatientSpecificationModule",
    "PatientSpecificationSequenceItem",
    "RecommendedDefaultValueSequenceItem",
    "SelectorCodeSequenceValueItem",
]


class PatientSpecificationModule(DicomModel):
    """Patient Specification Module Attributes (PS3.3 Table C.34.5-1)."""

    dicom_name: ClassVar[str] = "Patient Specification"
    dicom_table: ClassVar[str] = "table_C.34.5-1"

    PatientSpecificationSequence: Annotated[
        list[_AttributeValueConstraintItem],
        Attribute(0x00189911, "SQ", "1", "1", name="Patient Specification Sequence"),
    ]
    """Patient Specification Sequence (0018,9911): Type 1, VR SQ, VM 1. Constraints on the characteristics of patients to which the protocol is applicable. One or more Items shall be included in this Sequence."""


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
    "PatientSpecificationSequenceItem": (
        "dicomodel.items.attribute_value_constraint_item",
        "AttributeValueConstraintItem",
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
