"""Table Summary Statistics Macro Attributes.

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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ModifierCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ConceptNameCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MeasurementUnitsCodeSequenceItem",
    "ModifierCodeSequenceItem",
    "TableSummaryStatisticsMacro",
]


class TableSummaryStatisticsMacro(DicomModel):
    """Table Summary Statistics Macro Attributes (PS3.3 Table C.8.33-3)."""

    dicom_name: ClassVar[str] = "Table Summary Statistics"
    dicom_table: ClassVar[str] = "table_C.8.33-3"

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0040A043, "SQ", "1", "1", name="Concept Name Code Sequence"),
    ]
    """Concept Name Code Sequence (0040,A043): Type 1, VR SQ, VM 1. The value (quantity) for which the statistic is a summary. Only a single Item shall be included in this Sequence."""

    ModifierCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0040A195, "SQ", "1", "1", name="Modifier Code Sequence"),
    ]
    """Modifier Code Sequence (0040,A195): Type 1, VR SQ, VM 1. Specified the statistic and modifies the Concept Name Code Sequence (0040,A0143) of this Macro. Only a single Item shall be included in this Sequence."""

    MeasurementUnitsCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
    ]
    """Measurement Units Code Sequence (0040,08EA): Type 1, VR SQ, VM 1. Units of measurement for the statistic. Only a single Item shall be included in this Sequence."""

    FloatingPointValue: Annotated[
        list[vr.FD], Attribute(0x0040A161, "FD", "1-n", "1", name="Floating Point Value")
    ]
    """Floating Point Value (0040,A161): Type 1, VR FD, VM 1-n. The value of the statistic. Only a single value shall be present."""


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
    "ModifierCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
