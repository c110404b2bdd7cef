"""Item class AssessmentObservationsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.observation_significance import (
        ObservationSignificanceValue as _ObservationSignificanceValue,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.structured_constraint_observation_sequence_item import (
        StructuredConstraintObservationSequenceItem as _StructuredConstraintObservationSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _ObservationSignificanceValue = Lazy(
        "dicomodel.enums.observation_significance", "ObservationSignificanceValue"
    )
    _StructuredConstraintObservationSequenceItem = Lazy(
        "dicomodel.items.structured_constraint_observation_sequence_item",
        "StructuredConstraintObservationSequenceItem",
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
    from dicomodel.enums.observation_significance import (
        ObservationSignificance as ObservationSignificance,
    )
    from dicomodel.items.attribute_value_item import (
        AttributeValueItem as AssessedAttributeValueSequenceItem,
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
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ObservationBasisCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as SelectorCodeSequenceValueItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.structured_constraint_observation_sequence_item import (
        StructuredConstraintObservationSequenceItem as StructuredConstraintObservationSequenceItem,
    )

__all__ = [
    "AssessedAttributeValueSequenceItem",
    "AssessmentObservationsSequenceItem",
    "ConstraintType",
    "ConstraintValueSequenceItem",
    "ConstraintViolationSignificance",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ObservationBasisCodeSequenceItem",
    "ObservationSignificance",
    "RecommendedDefaultValueSequenceItem",
    "SelectorCodeSequenceValueItem",
    "StructuredConstraintObservationSequenceItem",
]


class AssessmentObservationsSequenceItem(DicomModel):
    """An item of Assessment Observations Sequence (0082,0007), as first defined in Content Assessment Results Module Attributes (C.33.1-1)."""

    dicom_name: ClassVar[str] = "Assessment Observations Sequence"
    dicom_table: ClassVar[str] = "table_C.33.1-1"

    ObservationSignificance: Annotated[
        _ObservationSignificanceValue,
        Attribute(
            0x00820008,
            "CS",
            "1",
            "1",
            name="Observation Significance",
            enumerated=((0, ("MAJOR", "MODERATE", "MINOR", "CONSISTENT")),),
        ),
    ]
    """Observation Significance (0082,0008): Type 1, VR CS, VM 1. The significance of this observation regarding the quality or effectiveness of the assessed SOP Instance of this observation. Enumerated Values: MAJOR The observation represents a major concern."""

    ObservationBasisCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00820022, "SQ", "1", "1", name="Observation Basis Code Sequence"),
    ]
    """Observation Basis Code Sequence (0082,0022): Type 1, VR SQ, VM 1. Basis on which the Observation was performed. Only a single Item shall be included in this Sequence."""

    ObservationDescription: Annotated[
        vr.UT, Attribute(0x0082000A, "UT", "1", "1", name="Observation Description")
    ]
    """Observation Description (0082,000A): Type 1, VR UT, VM 1. Human-readable description of the Observation."""

    StructuredConstraintObservationSequence: Annotated[
        list[_StructuredConstraintObservationSequenceItem] | None,
        Attribute(0x0082000C, "SQ", "1", "2", name="Structured Constraint Observation Sequence"),
    ]
    """Structured Constraint Observation Sequence (0082,000C): Type 2, VR SQ, VM 1. Structured Constraint(s) that were used to make this observation and description of conformance or violation. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AssessedAttributeValueSequenceItem": (
        "dicomodel.items.attribute_value_item",
        "AttributeValueItem",
    ),
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
    "ObservationBasisCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ObservationSignificance": (
        "dicomodel.enums.observation_significance",
        "ObservationSignificance",
    ),
    "RecommendedDefaultValueSequenceItem": (
        "dicomodel.items.attribute_value_item",
        "AttributeValueItem",
    ),
    "SelectorCodeSequenceValueItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "StructuredConstraintObservationSequenceItem": (
        "dicomodel.items.structured_constraint_observation_sequence_item",
        "StructuredConstraintObservationSequenceItem",
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
