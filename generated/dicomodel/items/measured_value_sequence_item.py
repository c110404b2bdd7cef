"""Item class MeasuredValueSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item_document_content import (
        CodeSequenceItemDocumentContent as _CodeSequenceItemDocumentContent,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItemDocumentContent = Lazy(
        "dicomodel.items.code_sequence_item_document_content", "CodeSequenceItemDocumentContent"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item_document_content import (
        CodeSequenceItemDocumentContent as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item_document_content import (
        EquivalentCodeSequenceItemDocumentContent as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasuredValueSequenceItem",
    "MeasurementUnitsCodeSequenceItem",
]


class MeasuredValueSequenceItem(DicomModel):
    """An item of Measured Value Sequence (0040,A300), as first defined in Document Content Macro Attributes (C.17-5)."""

    dicom_name: ClassVar[str] = "Measured Value Sequence"
    dicom_table: ClassVar[str] = "table_C.17-5"

    NumericValue: Annotated[
        list[vr.DS] | None,
        Attribute(
            0x0040A30A,
            "DS",
            "1-n",
            "1C",
            name="Numeric Value",
            when=("value", 0x0040A040, 0, "in", ("NUM",)),
        ),
    ] = None
    """Numeric Value (0040,A30A): Type 1, VR DS, VM 1-n. Numeric measurement value. Only a single value shall be present."""

    FloatingPointValue: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x0040A161,
            "FD",
            "1-n",
            "1C",
            name="Floating Point Value",
            when=(
                "and",
                ("value", 0x0040A040, 0, "in", ("NUM",)),
                ("unknown", "depends on the precision of the value"),
            ),
            otherwise="may",
        ),
    ] = None
    """Floating Point Value (0040,A161): Type 1C, VR FD, VM 1-n. Required if Numeric Value (0040,A30A) has insufficient precision to represent the value as a string. May be present otherwise. The floating point representation of Numeric Value (0040,A30A). Only a single value shall be present. Required if Numeric Value (0040,A30A) has insufficient precision to represent the value as a string. May be present otherwise."""

    RationalNumeratorValue: Annotated[
        list[vr.SL] | None,
        Attribute(
            0x0040A162,
            "SL",
            "1-n",
            "1C",
            name="Rational Numerator Value",
            when=(
                "and",
                ("value", 0x0040A040, 0, "in", ("NUM",)),
                ("unknown", "depends on the precision of the value"),
            ),
            otherwise="may",
        ),
    ] = None
    """Rational Numerator Value (0040,A162): Type 1C, VR SL, VM 1-n. Required if Numeric Value (0040,A30A) has insufficient precision to represent a rational value as a string. May be present otherwise. The integer numerator of a rational representation of Numeric Value (0040,A30A), encoded as a signed integer value. Only a single value shall be present."""

    RationalDenominatorValue: Annotated[
        list[vr.UL] | None,
        Attribute(
            0x0040A163,
            "UL",
            "1-n",
            "1C",
            name="Rational Denominator Value",
            when=("and", ("value", 0x0040A040, 0, "in", ("NUM",)), ("present", 0x0040A162)),
        ),
    ] = None
    """Rational Denominator Value (0040,A163): Type 1C, VR UL, VM 1-n. Required if Rational Numerator Value (0040,A162) is present. The integer denominator of a rational representation of Numeric Value (0040,A30A), encoded as a non-zero unsigned integer value. Only a single value shall be present. Required if Rational Numerator Value (0040,A162) is present."""

    MeasurementUnitsCodeSequence: Annotated[
        list[_CodeSequenceItemDocumentContent] | None,
        Attribute(
            0x004008EA,
            "SQ",
            "1",
            "1C",
            name="Measurement Units Code Sequence",
            when=("value", 0x0040A040, 0, "in", ("NUM",)),
        ),
    ] = None
    """Measurement Units Code Sequence (0040,08EA): Type 1, VR SQ, VM 1. Units of measurement. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item_document_content",
        "EquivalentCodeSequenceItemDocumentContent",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": (
        "dicomodel.items.code_sequence_item_document_content",
        "CodeSequenceItemDocumentContent",
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
