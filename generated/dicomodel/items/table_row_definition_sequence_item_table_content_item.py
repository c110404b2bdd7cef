"""Item class TableRowDefinitionSequenceItemTableContentItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "TableRowDefinitionSequenceItemTableContentItem",
]


class TableRowDefinitionSequenceItemTableContentItem(DicomModel):
    """An item of Table Row Definition Sequence (0040,A806), as first defined in Table Content Item Macro Attributes (C.18.10-1)."""

    dicom_name: ClassVar[str] = "Table Row Definition Sequence"
    dicom_table: ClassVar[str] = "table_C.18.10-1"

    TableRowNumber: Annotated[
        vr.UL | None,
        Attribute(
            0x0040A804,
            "UL",
            "1",
            "1C",
            name="Table Row Number",
            when=("unknown", "depends on what the item applies to"),
        ),
    ] = None
    """Table Row Number (0040,A804): Type 1C, VR UL, VM 1. Required if the concept does not apply to all rows. The row, numbered from 1, of the table that this concept describes. Required if the concept does not apply to all rows."""

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0040A043, "SQ", "1", "1", name="Concept Name Code Sequence"),
    ]
    """Concept Name Code Sequence (0040,A043): Type 1, VR SQ, VM 1. The concept that describes the meaning of the row(s). Only a single Item shall be included in this Sequence."""

    MeasurementUnitsCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x004008EA,
            "SQ",
            "1",
            "1C",
            name="Measurement Units Code Sequence",
            when=("unknown", "depends on the values of the table's cells"),
        ),
    ] = None
    """Measurement Units Code Sequence (0040,08EA): Type 1C, VR SQ, VM 1. Required if all the columns in this row are numeric values (Selector Attribute VR is DS, FD, FL, IS, SL, SS, UL, or US), have units (are not dimensionless), and have the same units. Units of measurement that apply to all the numeric values in this row. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
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
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
