"""Waveform Filter Lookup Table Macro Attributes.

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
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as FrequencyEncodingCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MagnitudeEncodingCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FrequencyEncodingCodeSequenceItem",
    "MagnitudeEncodingCodeSequenceItem",
    "MappingResourceTerm",
    "WaveformFilterLookupTableMacro",
]


class WaveformFilterLookupTableMacro(DicomModel):
    """Waveform Filter Lookup Table Macro Attributes (PS3.3 Table C.10.13-1)."""

    dicom_name: ClassVar[str] = "Waveform Filter Lookup Table"
    dicom_table: ClassVar[str] = "table_C.10.13-1"

    FilterLookupTableDescription: Annotated[
        vr.ST | None, Attribute(0x003A032B, "ST", "1", "3", name="Filter Lookup Table Description")
    ] = None
    """Filter Lookup Table Description (003A,032B): Type 3, VR ST, VM 1. A textual description of the Filter Lookup Table."""

    FrequencyEncodingCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x003A032C, "SQ", "1", "1", name="Frequency Encoding Code Sequence"),
    ]
    """Frequency Encoding Code Sequence (003A,032C): Type 1, VR SQ, VM 1. Encoding of frequency values in the Lookup Table Data."""

    MagnitudeEncodingCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x003A032D, "SQ", "1", "1", name="Magnitude Encoding Code Sequence"),
    ]
    """Magnitude Encoding Code Sequence (003A,032D): Type 1, VR SQ, VM 1. Encoding of filter response magnitude in the Lookup Table Data."""

    FilterLookupTableData: Annotated[
        vr.OD, Attribute(0x003A032E, "OD", "1", "1", name="Filter Lookup Table Data")
    ]
    """Filter Lookup Table Data (003A,032E): Type 1, VR OD, VM 1. Lookup Table Data. See Section C.10.13.1 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FrequencyEncodingCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MagnitudeEncodingCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
