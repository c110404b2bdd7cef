"""Item class BreedRegistrationSequenceItem.

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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as BreedRegistryCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "BreedRegistrationSequenceItem",
    "BreedRegistryCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]


class BreedRegistrationSequenceItem(DicomModel):
    """An item of Breed Registration Sequence (0010,2294), as first defined in Patient Demographic Module Attributes (C.2-3)."""

    dicom_name: ClassVar[str] = "Breed Registration Sequence"
    dicom_table: ClassVar[str] = "table_C.2-3"

    BreedRegistrationNumber: Annotated[
        vr.LO | None, Attribute(0x00102295, "LO", "1", None, name="Breed Registration Number")
    ] = None
    """Breed Registration Number (0010,2295): no Type, VR LO, VM 1. Identification number of a non-human organism within the registry."""

    BreedRegistryCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00102296, "SQ", "1", None, name="Breed Registry Code Sequence"),
    ] = None
    """Breed Registry Code Sequence (0010,2296): no Type, VR SQ, VM 1. Identification of the organization with which a non-human organism is registered. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "BreedRegistryCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
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
