"""Item class TableColumnDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item_document_content3 import (
        CodeSequenceItemDocumentContent3 as _CodeSequenceItemDocumentContent3,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItemDocumentContent3 = Lazy(
        "dicomodel.items.code_sequence_item_document_content3", "CodeSequenceItemDocumentContent3"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item_document_content3 import (
        CodeSequenceItemDocumentContent3 as ConceptNameCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item_document_content3 import (
        CodeSequenceItemDocumentContent3 as MeasurementUnitsCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item_document_content3 import (
        EquivalentCodeSequenceItemDocumentContent3 as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "TableColumnDefinitionSequenceItem",
]


class TableColumnDefinitionSequenceItem(DicomModel):
    """An item of Table Column Definition Sequence (0040,A807), as first defined in Document Content Macro Attributes (C.17-5)."""

    dicom_name: ClassVar[str] = "Table Column Definition Sequence"
    dicom_table: ClassVar[str] = "table_C.17-5"

    TableColumnNumber: Annotated[
        vr.UL | None,
        Attribute(
            0x0040A805,
            "UL",
            "1",
            "1C",
            name="Table Column Number",
            when=(
                "and",
                ("value", 0x0040A040, 0, "in", ("TABLE",)),
                ("unknown", "depends on what the item applies to"),
            ),
        ),
    ] = None
    """Table Column Number (0040,A805): Type 1C, VR UL, VM 1. Required if the concept does not apply to all columns. The column, numbered from 1, of the table that this concept describes. Required if the concept does not apply to all columns."""

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItemDocumentContent3] | None,
        Attribute(
            0x0040A043,
            "SQ",
            "1",
            "1C",
            name="Concept Name Code Sequence",
            when=("value", 0x0040A040, 0, "in", ("TABLE",)),
        ),
    ] = None
    """Concept Name Code Sequence (0040,A043): Type 1, VR SQ, VM 1. The concept that describes the meaning of the column(s). Only a single Item shall be included in this Sequence."""

    MeasurementUnitsCodeSequence: Annotated[
        list[_CodeSequenceItemDocumentContent3] | None,
        Attribute(
            0x004008EA,
            "SQ",
            "1",
            "1C",
            name="Measurement Units Code Sequence",
            when=(
                "and",
                ("value", 0x0040A040, 0, "in", ("TABLE",)),
                ("unknown", "depends on the values of the table's cells"),
            ),
        ),
    ] = None
    """Measurement Units Code Sequence (0040,08EA): Type 1C, VR SQ, VM 1. Required if all the rows in this column are numeric values (Selector Attribute VR is DS, FD, FL, IS, SL, SS, UL, or US), have units (are not dimensionless), and have the same units. Units of measurement that apply to all the numeric values in this column. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptNameCodeSequenceItem": (
        "dicomodel.items.code_sequence_item_document_content3",
        "CodeSequenceItemDocumentContent3",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item_document_content3",
        "EquivalentCodeSequenceItemDocumentContent3",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MeasurementUnitsCodeSequenceItem": (
        "dicomodel.items.code_sequence_item_document_content3",
        "CodeSequenceItemDocumentContent3",
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
