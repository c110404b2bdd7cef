"""Item class DerivationImageSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.source_image_sequence_item import (
        SourceImageSequenceItem as _SourceImageSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _SourceImageSequenceItem = Lazy(
        "dicomodel.items.source_image_sequence_item", "SourceImageSequenceItem"
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
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.source_image_sequence_item import (
        SourceImageSequenceItem as SourceImageSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "DerivationCodeSequenceItem",
    "DerivationImageSequenceItem",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
    "SourceImageSequenceItem",
    "SpatialLocationsPreserved",
]


class DerivationImageSequenceItem(DicomModel):
    """An item of Derivation Image Sequence (0008,9124), as first defined in Derivation Image Macro Attributes (C.7.6.16-7)."""

    dicom_name: ClassVar[str] = "Derivation Image Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.16-7"

    DerivationDescription: Annotated[
        vr.ST | None, Attribute(0x00082111, "ST", "1", "3", name="Derivation Description")
    ] = None
    """Derivation Description (0008,2111): Type 3, VR ST, VM 1. A text description of how this frame data was derived. See Section C.12.4.1.1 for further explanation."""

    DerivationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00089215,
            "SQ",
            "1",
            "1C",
            name="Derivation Code Sequence",
            when=(
                "not",
                (
                    "sop_class",
                    (
                        "1.2.840.10008.5.1.4.1.1.2.2",
                        "1.2.840.10008.5.1.4.1.1.4.4",
                        "1.2.840.10008.5.1.4.1.1.128.1",
                    ),
                ),
            ),
            otherwise="may",
        ),
    ] = None
    """Derivation Code Sequence (0008,9215): Type 1C, VR SQ, VM 1. Required if SOP Class UID is not \"1.2.840.10008.5.1.4.1.1.2.2\" (Legacy Converted Enhanced CT Image Storage) and not \"1.2.840.10008.5.1.4.1.1.4.4\" (Legacy Converted Enhanced MR Image Storage) and not \"1.2.840.10008.5.1.4.1.1.128.1\" (Legacy Converted Enhanced PET Image Storage), may be present otherwise. A coded description of how this frame was derived. See Section C.12.4.1.1 for further explanation. One or more Items shall be included in this Sequence. More than one Item indicates that successive derivation steps have been applied."""

    SourceImageSequence: Annotated[
        list[_SourceImageSequenceItem] | None,
        Attribute(0x00082112, "SQ", "1", "2", name="Source Image Sequence"),
    ]
    """Source Image Sequence (0008,2112): Type 2, VR SQ, VM 1. The set of Images or other Composite SOP Instances that were used to derive this frame. Zero or more Items shall be included in this Sequence. See Section C.12.4.1.2 for further explanation."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "DerivationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
