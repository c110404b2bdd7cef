"""Item class StrainStockSequenceItemPatient.

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
        CodeSequenceItem as StrainSourceRegistryCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "StrainSourceRegistryCodeSequenceItem",
    "StrainStockSequenceItemPatient",
]


class StrainStockSequenceItemPatient(DicomModel):
    """An item of Strain Stock Sequence (0010,0216), as first defined in Patient Module Attributes (C.7-1)."""

    dicom_name: ClassVar[str] = "Strain Stock Sequence"
    dicom_table: ClassVar[str] = "table_C.7-1"

    StrainStockNumber: Annotated[
        vr.LO, Attribute(0x00100214, "LO", "1", "1", name="Strain Stock Number")
    ]
    """Strain Stock Number (0010,0214): Type 1, VR LO, VM 1. The stock number of the strain of the Patient issued by the organization identified by Strain Source (0010,0217). See Section C.7.1.1.1.4."""

    StrainSource: Annotated[vr.LO, Attribute(0x00100217, "LO", "1", "1", name="Strain Source")]
    """Strain Source (0010,0217): Type 1, VR LO, VM 1. Identification of the organization that is the source of the non-human organism, issued by the registry identified by Strain Source Registry Code Sequence (0010,0215). See Section C.7.1.1.1.4."""

    StrainSourceRegistryCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x00100215, "SQ", "1", "1", name="Strain Source Registry Code Sequence"),
    ]
    """Strain Source Registry Code Sequence (0010,0215): Type 1, VR SQ, VM 1. Identification of the organization that is the registry of sources of non-human organisms. See Section C.7.1.1.1.4. Only a single Item is permitted in this Sequence."""


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
    "StrainSourceRegistryCodeSequenceItem": (
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
