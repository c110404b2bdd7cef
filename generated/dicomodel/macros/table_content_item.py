"""Table Content Item Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.tabulated_values_sequence_item_table_content_item import (
        TabulatedValuesSequenceItemTableContentItem as _TabulatedValuesSequenceItemTableContentItem,
    )
else:
    from dicomodel.lazy import Lazy

    _TabulatedValuesSequenceItemTableContentItem = Lazy(
        "dicomodel.items.tabulated_values_sequence_item_table_content_item",
        "TabulatedValuesSequenceItemTableContentItem",
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
    from dicomodel.items.tabulated_values_sequence_item_table_content_item import (
        TabulatedValuesSequenceItemTableContentItem as TabulatedValuesSequenceItem,
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
    "TableContentItemMacro",
    "TableRowDefinitionSequenceItem",
    "TabulatedValuesSequenceItem",
]


class TableContentItemMacro(DicomModel):
    """Table Content Item Macro Attributes (PS3.3 Table C.18.10-1)."""

    dicom_name: ClassVar[str] = "Table Content Item"
    dicom_table: ClassVar[str] = "table_C.18.10-1"

    TabulatedValuesSequence: Annotated[
        list[_TabulatedValuesSequenceItemTableContentItem],
        Attribute(0x0040A801, "SQ", "1", "1", name="Tabulated Values Sequence"),
    ]
    """Tabulated Values Sequence (0040,A801): Type 1, VR SQ, VM 1. This is the table that represents the value of the Content Item. Shall consist of a single Item whose Attributes convey the cell value(s), which represent rows and columns consisting of text, codes, integers, real numbers or DateTimes."""


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
    "TabulatedValuesSequenceItem": (
        "dicomodel.items.tabulated_values_sequence_item_table_content_item",
        "TabulatedValuesSequenceItemTableContentItem",
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
