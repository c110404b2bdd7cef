"""Item class AlternateRepresentationSequenceItem.

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
        CodeSequenceItem as PurposeOfReferenceCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "AlternateRepresentationSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PurposeOfReferenceCodeSequenceItem",
]


class AlternateRepresentationSequenceItem(DicomModel):
    """An item of Alternate Representation Sequence (0008,3001), as first defined in Inventory Module Attributes (C.38.1-1)."""

    dicom_name: ClassVar[str] = "Alternate Representation Sequence"
    dicom_table: ClassVar[str] = "table_C.38.1-1"

    SeriesInstanceUID: Annotated[
        vr.UI | None,
        Attribute(
            0x0020000E,
            "UI",
            "1",
            "1C",
            name="Series Instance UID",
            when=(
                "unknown",
                "names no attribute: the alternate representation is in a different Series than the inventoried SOP Instance",
            ),
        ),
    ] = None
    """Series Instance UID (0020,000E): Type 1C, VR UI, VM 1. Required if the alternate representation is in a different Series than the inventoried SOP Instance. Unique identifier of the Series of the alternate representation. Required if the alternate representation is in a different Series than the inventoried SOP Instance."""

    SOPClassUID: Annotated[vr.UI, Attribute(0x00080016, "UI", "1", "1", name="SOP Class UID")]
    """SOP Class UID (0008,0016): Type 1, VR UI, VM 1. SOP Class UID of the alternate representation SOP Instance."""

    SOPInstanceUID: Annotated[vr.UI, Attribute(0x00080018, "UI", "1", "1", name="SOP Instance UID")]
    """SOP Instance UID (0008,0018): Type 1, VR UI, VM 1. SOP Instance UID of the alternate representation SOP Instance."""

    PurposeOfReferenceCodeSequence: Annotated[
        list[_CodeSequenceItem],
        Attribute(0x0040A170, "SQ", "1", "1", name="Purpose of Reference Code Sequence"),
    ]
    """Purpose of Reference Code Sequence (0040,A170): Type 1, VR SQ, VM 1. The nature of the alternate encoding. One Item shall be included in this Sequence."""


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
    "PurposeOfReferenceCodeSequenceItem": (
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
