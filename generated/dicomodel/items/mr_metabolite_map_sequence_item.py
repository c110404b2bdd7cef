"""Item class MRMetaboliteMapSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.chemical_shift_sequence_item import (
        ChemicalShiftSequenceItem as _ChemicalShiftSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
else:
    from dicomodel.lazy import Lazy

    _ChemicalShiftSequenceItem = Lazy(
        "dicomodel.items.chemical_shift_sequence_item", "ChemicalShiftSequenceItem"
    )
    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.chemical_shift_sequence_item import (
        ChemicalShiftSequenceItem as ChemicalShiftSequenceItem,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as MetaboliteMapCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ChemicalShiftSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MRMetaboliteMapSequenceItem",
    "MappingResourceTerm",
    "MetaboliteMapCodeSequenceItem",
]


class MRMetaboliteMapSequenceItem(DicomModel):
    """An item of MR Metabolite Map Sequence (0018,9152), as first defined in MR Metabolite Map Macro Attributes (C.8-99)."""

    dicom_name: ClassVar[str] = "MR Metabolite Map Sequence"
    dicom_table: ClassVar[str] = "table_C.8-99"

    MetaboliteMapDescription: Annotated[
        vr.ST | None,
        Attribute(
            0x00189080,
            "ST",
            "1",
            "1C",
            name="Metabolite Map Description",
            when=("value", 0x00089007, 1, "in", ("ORIGINAL",)),
            otherwise="may",
        ),
    ] = None
    """Metabolite Map Description (0018,9080): Type 1C, VR ST, VM 1. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise. Text describing the Metabolite Map. Required if Frame Type (0008,9007) Value 1 of this frame is ORIGINAL. May be present otherwise."""

    MetaboliteMapCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00189083, "SQ", "1", "3", name="Metabolite Map Code Sequence"),
    ] = None
    """Metabolite Map Code Sequence (0018,9083): Type 3, VR SQ, VM 1. When the measured peaks or their ratios can be related to metabolite substances, this Sequence may be used to describe the metabolite substance whose resonant peaks are mapped in the Metabolite Map, or the ratio of substance resonant peaks..."""

    ChemicalShiftSequence: Annotated[
        list[_ChemicalShiftSequenceItem] | None,
        Attribute(0x00189084, "SQ", "1", "3", name="Chemical Shift Sequence"),
    ] = None
    """Chemical Shift Sequence (0018,9084): Type 3, VR SQ, VM 1. The list of frequencies that were used to create the Metabolite Map. One or more Items are permitted in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ChemicalShiftSequenceItem": (
        "dicomodel.items.chemical_shift_sequence_item",
        "ChemicalShiftSequenceItem",
    ),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MetaboliteMapCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
