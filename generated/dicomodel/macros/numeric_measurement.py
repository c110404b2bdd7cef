"""Numeric Measurement Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.measured_value_sequence_item_numeric_measurement import (
        MeasuredValueSequenceItemNumericMeasurement as _MeasuredValueSequenceItemNumericMeasurement,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _MeasuredValueSequenceItemNumericMeasurement = Lazy(
        "dicomodel.items.measured_value_sequence_item_numeric_measurement",
        "MeasuredValueSequenceItemNumericMeasurement",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as NumericValueQualifierCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.measured_value_sequence_item_numeric_measurement import (
        MeasuredValueSequenceItemNumericMeasurement as MeasuredValueSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasuredValueSequenceItem",
    "MeasurementUnitsCodeSequenceItem",
    "NumericMeasurementMacro",
    "NumericValueQualifierCodeSequenceItem",
]


class NumericMeasurementMacro(DicomModel):
    """Numeric Measurement Macro Attributes (PS3.3 Table C.18.1-1)."""

    dicom_name: ClassVar[str] = "Numeric Measurement"
    dicom_table: ClassVar[str] = "table_C.18.1-1"

    MeasuredValueSequence: Annotated[
        list[_MeasuredValueSequenceItemNumericMeasurement] | None,
        Attribute(0x0040A300, "SQ", "1", "2", name="Measured Value Sequence"),
    ]
    """Measured Value Sequence (0040,A300): Type 2, VR SQ, VM 1. This is the value of the Content Item. Shall consist of a Sequence of Items conveying the measured value(s), which represent integers or real numbers and units of measurement. Zero or one Item shall be included in this Sequence."""

    NumericValueQualifierCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x0040A301,
            "SQ",
            "1",
            "1C",
            name="Numeric Value Qualifier Code Sequence",
            when=("and", ("present", 0x0040A300), ("not", ("has_value", 0x0040A300))),
        ),
    ] = None
    """Numeric Value Qualifier Code Sequence (0040,A301): Type 1C, VR SQ, VM 1. Required if Measured Value Sequence (0040,A300) is empty. Qualification of Numeric Value (0040,A30A) in Measured Value Sequence (0040,A300), or reason for absence of Measured Value Sequence (0040,A300) Item. Only a single Item is permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasuredValueSequenceItem": (
        "dicomodel.items.measured_value_sequence_item_numeric_measurement",
        "MeasuredValueSequenceItemNumericMeasurement",
    ),
    "MeasurementUnitsCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "NumericValueQualifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
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
