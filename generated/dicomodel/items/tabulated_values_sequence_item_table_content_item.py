"""Item class TabulatedValuesSequenceItemTableContentItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.cell_values_sequence_item_table_content_item import (
        CellValuesSequenceItemTableContentItem as _CellValuesSequenceItemTableContentItem,
    )
    from dicomodel.items.table_column_definition_sequence_item_table_content_item import (
        TableColumnDefinitionSequenceItemTableContentItem as _TableColumnDefinitionSequenceItemTableContentItem,
    )
    from dicomodel.items.table_row_definition_sequence_item_table_content_item import (
        TableRowDefinitionSequenceItemTableContentItem as _TableRowDefinitionSequenceItemTableContentItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CellValuesSequenceItemTableContentItem = Lazy(
        "dicomodel.items.cell_values_sequence_item_table_content_item",
        "CellValuesSequenceItemTableContentItem",
    )
    _TableColumnDefinitionSequenceItemTableContentItem = Lazy(
        "dicomodel.items.table_column_definition_sequence_item_table_content_item",
        "TableColumnDefinitionSequenceItemTableContentItem",
    )
    _TableRowDefinitionSequenceItemTableContentItem = Lazy(
        "dicomodel.items.table_row_definition_sequence_item_table_content_item",
        "TableRowDefinitionSequenceItemTableContentItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.selector_attribute_vr import SelectorAttributeVR as SelectorAttributeVR
    from dicomodel.items.cell_values_sequence_item_table_content_item import (
        CellValuesSequenceItemTableContentItem as CellValuesSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptNameCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as NumericValueQualifierCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.table_column_definition_sequence_item_table_content_item import (
        TableColumnDefinitionSequenceItemTableContentItem as TableColumnDefinitionSequenceItem,
    )
    from dicomodel.items.table_row_definition_sequence_item_table_content_item import (
        TableRowDefinitionSequenceItemTableContentItem as TableRowDefinitionSequenceItem,
    )

__all__ = [
    "CellValuesSequenceItem",
    "ConceptCodeSequenceItem",
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "NumericValueQualifierCodeSequenceItem",
    "SelectorAttributeVR",
    "TableColumnDefinitionSequenceItem",
    "TableRowDefinitionSequenceItem",
    "TabulatedValuesSequenceItemTableContentItem",
]


class TabulatedValuesSequenceItemTableContentItem(DicomModel):
    """An item of Tabulated Values Sequence (0040,A801), as first defined in Table Content Item Macro Attributes (C.18.10-1)."""

    dicom_name: ClassVar[str] = "Tabulated Values Sequence"
    dicom_table: ClassVar[str] = "table_C.18.10-1"

    NumberOfTableRows: Annotated[
        vr.UL, Attribute(0x0040A802, "UL", "1", "1", name="Number of Table Rows")
    ]
    """Number of Table Rows (0040,A802): Type 1, VR UL, VM 1. The number of rows in this table."""

    NumberOfTableColumns: Annotated[
        vr.UL, Attribute(0x0040A803, "UL", "1", "1", name="Number of Table Columns")
    ]
    """Number of Table Columns (0040,A803): Type 1, VR UL, VM 1. The number of columns in this table."""

    TableRowDefinitionSequence: Annotated[
        list[_TableRowDefinitionSequenceItemTableContentItem] | None,
        Attribute(0x0040A806, "SQ", "1", "3", name="Table Row Definition Sequence"),
    ] = None
    """Table Row Definition Sequence (0040,A806): Type 3, VR SQ, VM 1. The concepts that define the meaning of the rows of the table. One or more Items are permitted in this Sequence. If a single Item is present, then the concept applies to all the rows. Not all rows need to be described."""

    TableColumnDefinitionSequence: Annotated[
        list[_TableColumnDefinitionSequenceItemTableContentItem] | None,
        Attribute(0x0040A807, "SQ", "1", "3", name="Table Column Definition Sequence"),
    ] = None
    """Table Column Definition Sequence (0040,A807): Type 3, VR SQ, VM 1. The concepts that define the meaning of the columns of the table. One or more Items are permitted in this Sequence. Not all columns need to be described. If a single Item is present, then the concept applies to all the columns."""

    CellValuesSequence: Annotated[
        list[_CellValuesSequenceItemTableContentItem],
        Attribute(0x0040A808, "SQ", "1", "1", name="Cell Values Sequence"),
    ]
    """Cell Values Sequence (0040,A808): Type 1, VR SQ, VM 1. The values of each populated cell in the table, identified by row and column. One or more Items shall be included in this Sequence. The table may be sparse (i.e., not every cell is required to be populated)."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CellValuesSequenceItem": (
        "dicomodel.items.cell_values_sequence_item_table_content_item",
        "CellValuesSequenceItemTableContentItem",
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
    "NumericValueQualifierCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SelectorAttributeVR": ("dicomodel.enums.selector_attribute_vr", "SelectorAttributeVR"),
    "TableColumnDefinitionSequenceItem": (
        "dicomodel.items.table_column_definition_sequence_item_table_content_item",
        "TableColumnDefinitionSequenceItemTableContentItem",
    ),
    "TableRowDefinitionSequenceItem": (
        "dicomodel.items.table_row_definition_sequence_item_table_content_item",
        "TableRowDefinitionSequenceItemTableContentItem",
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
