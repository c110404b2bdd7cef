"""Item class TrackStatisticsSequenceItem.

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
    "TrackStatisticsSequenceItem",
]


class TrackStatisticsSequenceItem(DicomModel):
    """An item of Track Statistics Sequence (0066,0130), as first defined in Tractography Results Module Attributes (C.8.33-2)."""

    dicom_name: ClassVar[str] = "Track Statistics Sequence"
    dicom_table: ClassVar[str] = "table_C.8.33-2"

    ConceptNameCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0040A043, "SQ", "1", "1", name="Concept Name Code Sequence"),
    ]
    """Concept Name Code Sequence (0040,A043): Type 1, VR SQ, VM 1. The value (quantity) for which the statistic is a summary. Only a single Item shall be included in this Sequence."""

    ModifierCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0040A195, "SQ", "1", "1", name="Modifier Code Sequence"),
    ]
    """Modifier Code Sequence (0040,A195): Type 1, VR SQ, VM 1. Specified the statistic and modifies the Concept Name Code Sequence (0040,A0143) of this Sequence Item. Only a single Item shall be included in this Sequence."""

    MeasurementUnitsCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x004008EA, "SQ", "1", "1", name="Measurement Units Code Sequence"),
    ]
    """Measurement Units Code Sequence (0040,08EA): Type 1, VR SQ, VM 1. Units of measurement for the statistic. Only a single Item shall be included in this Sequence."""

    FloatingPointValues: Annotated[
        vr.OF, Attribute(0x00660125, "OF", "1", "1", name="Floating Point Values")
    ]
    """Floating Point Values (0066,0125): Type 1, VR OF, VM 1. A value per track in the Track Sequence (0066,0102). The number and order of values shall equal the Items in the Track Sequence (0066,0102)."""


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
