"""MR Metabolite Map Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.mr_metabolite_map_sequence_item import (
        MRMetaboliteMapSequenceItem as _MRMetaboliteMapSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _MRMetaboliteMapSequenceItem = Lazy(
        "dicomodel.items.mr_metabolite_map_sequence_item", "MRMetaboliteMapSequenceItem"
    )

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
    from dicomodel.items.mr_metabolite_map_sequence_item import (
        MRMetaboliteMapSequenceItem as MRMetaboliteMapSequenceItem,
    )

__all__ = [
    "ChemicalShiftSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MRMetaboliteMapMacro",
    "MRMetaboliteMapSequenceItem",
    "MappingResourceTerm",
    "MetaboliteMapCodeSequenceItem",
]


class MRMetaboliteMapMacro(DicomModel):
    """MR Metabolite Map Macro Attributes (PS3.3 Table C.8-99)."""

    dicom_name: ClassVar[str] = "MR Metabolite Map"
    dicom_table: ClassVar[str] = "table_C.8-99"

    MRMetaboliteMapSequence: Annotated[
        list[_MRMetaboliteMapSequenceItem],
        Attribute(0x00189152, "SQ", "1", "1", name="MR Metabolite Map Sequence"),
    ]
    """MR Metabolite Map Sequence (0018,9152): Type 1, VR SQ, VM 1. Describes the chemical shift parameters used to measure the resonant peaks from which the MR metabolite map represented by this frame was derived. Only a single Item shall be included in this Sequence."""


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
    "MRMetaboliteMapSequenceItem": (
        "dicomodel.items.mr_metabolite_map_sequence_item",
        "MRMetaboliteMapSequenceItem",
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
