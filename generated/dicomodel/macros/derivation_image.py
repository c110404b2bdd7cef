"""Derivation Image Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.derivation_image_sequence_item import (
        DerivationImageSequenceItem as _DerivationImageSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _DerivationImageSequenceItem = Lazy(
        "dicomodel.items.derivation_image_sequence_item", "DerivationImageSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.enums.spatial_locations_preserved import (
        SpatialLocationsPreserved as SpatialLocationsPreserved,
    )
    from dicomodel.items.code_sequence_item import CodeSequenceItem as DerivationCodeSequenceItem
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.derivation_image_sequence_item import (
        DerivationImageSequenceItem as DerivationImageSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.source_image_sequence_item import (
        SourceImageSequenceItem as SourceImageSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DerivationCodeSequenceItem",
    "DerivationImageMacro",
    "DerivationImageSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "SourceImageSequenceItem",
    "SpatialLocationsPreserved",
]


class DerivationImageMacro(DicomModel):
    """Derivation Image Macro Attributes (PS3.3 Table C.7.6.16-7)."""

    dicom_name: ClassVar[str] = "Derivation Image"
    dicom_table: ClassVar[str] = "table_C.7.6.16-7"

    DerivationImageSequence: Annotated[
        list[_DerivationImageSequenceItem] | None,
        Attribute(0x00089124, "SQ", "1", "2", name="Derivation Image Sequence"),
    ]
    """Derivation Image Sequence (0008,9124): Type 2, VR SQ, VM 1. The set of Images or other composite SOP Instances that were used to derive this frame. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "DerivationImageSequenceItem": (
        "dicomodel.items.derivation_image_sequence_item",
        "DerivationImageSequenceItem",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PurposeOfReferenceCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
    "SourceImageSequenceItem": (
        "dicomodel.items.source_image_sequence_item",
        "SourceImageSequenceItem",
    ),
    "SpatialLocationsPreserved": (
        "dicomodel.enums.spatial_locations_preserved",
        "SpatialLocationsPreserved",
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
