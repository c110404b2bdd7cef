"""Item class MydriaticAgentSequenceItem.

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
        CodeSequenceItem as MydriaticAgentCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as MydriaticAgentConcentrationUnitsSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "MydriaticAgentCodeSequenceItem",
    "MydriaticAgentConcentrationUnitsSequenceItem",
    "MydriaticAgentSequenceItem",
]


class MydriaticAgentSequenceItem(DicomModel):
    """An item of Mydriatic Agent Sequence (0022,0058), as first defined in Ophthalmic Acquisition Parameters Macro Attributes (C.8.17.8-2)."""

    dicom_name: ClassVar[str] = "Mydriatic Agent Sequence"
    dicom_table: ClassVar[str] = "table_C.8.17.8-2"

    MydriaticAgentCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0022001C, "SQ", "1", "1", name="Mydriatic Agent Code Sequence"),
    ]
    """Mydriatic Agent Code Sequence (0022,001C): Type 1, VR SQ, VM 1. The actual agent administered to dilate the pupil. Only a single Item shall be included in this Sequence."""

    MydriaticAgentConcentration: Annotated[
        vr.DS | None, Attribute(0x0022004E, "DS", "1", "3", name="Mydriatic Agent Concentration")
    ] = None
    """Mydriatic Agent Concentration (0022,004E): Type 3, VR DS, VM 1. The concentration of the agent."""

    MydriaticAgentConcentrationUnitsSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00220042,
            "SQ",
            "1",
            "1C",
            name="Mydriatic Agent Concentration Units Sequence",
            when=("present", 0x0022004E),
        ),
    ] = None
    """Mydriatic Agent Concentration Units Sequence (0022,0042): Type 1C, VR SQ, VM 1. Required if Mydriatic Agent Concentration (0022,004E) is present. Units of measure for the Mydriatic Agent Concentration. Only a single Item shall be included in this Sequence. Required if Mydriatic Agent Concentration (0022,004E) is present."""


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
    "MydriaticAgentCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "MydriaticAgentConcentrationUnitsSequenceItem": (
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
