"""Item class GeneticModificationsSequenceItem.

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
        CodeSequenceItem as GeneticModificationsCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GeneticModificationsCodeSequenceItem",
    "GeneticModificationsSequenceItem",
    "MappingResourceTerm",
]


class GeneticModificationsSequenceItem(DicomModel):
    """An item of Genetic Modifications Sequence (0010,0221), as first defined in Patient Demographic Module Attributes (C.2-3)."""

    dicom_name: ClassVar[str] = "Genetic Modifications Sequence"
    dicom_table: ClassVar[str] = "table_C.2-3"

    GeneticModificationsDescription: Annotated[
        vr.UC | None,
        Attribute(0x00100222, "UC", "1", None, name="Genetic Modifications Description"),
    ] = None
    """Genetic Modifications Description (0010,0222): no Type, VR UC, VM 1. The genetic modifications of the Patient described using a specific nomenclature."""

    GeneticModificationsNomenclature: Annotated[
        vr.LO | None,
        Attribute(0x00100223, "LO", "1", None, name="Genetic Modifications Nomenclature"),
    ] = None
    """Genetic Modifications Nomenclature (0010,0223): no Type, VR LO, VM 1. The nomenclature used for Genetic Modifications Description (0010,0222)."""

    GeneticModificationsCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00100229, "SQ", "1", None, name="Genetic Modifications Code Sequence"),
    ] = None
    """Genetic Modifications Code Sequence (0010,0229): no Type, VR SQ, VM 1. A coded identification of the genetic modifications of the Patient. One or more Items are permitted in this Sequence. If more than one Item is present, each Item represents the same information but encoded using a different coding scheme (r..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "GeneticModificationsCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
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
