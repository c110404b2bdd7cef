"""Item class ActualHumanPerformersSequenceItem.

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
        CodeSequenceItem as HumanPerformerCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "ActualHumanPerformersSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "HumanPerformerCodeSequenceItem",
    "MappingResourceTerm",
]


class ActualHumanPerformersSequenceItem(DicomModel):
    """An item of Actual Human Performer Sequence (0040,4035), as first defined in Display QA Result Context Macro Attributes (C.32.3.1-1)."""

    dicom_name: ClassVar[str] = "Actual Human Performer Sequence"
    dicom_table: ClassVar[str] = "table_C.32.3.1-1"

    HumanPerformerCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x00404009, "SQ", "1", None, name="Human Performer Code Sequence"),
    ] = None
    """Human Performer Code Sequence (0040,4009): no Type, VR SQ, VM 1. Coded identification of the human performer. Only a single Item shall be included in this Sequence."""

    HumanPerformerName: Annotated[
        vr.PN | None, Attribute(0x00404037, "PN", "1", None, name="Human Performer's Name")
    ] = None
    """Human Performer's Name (0040,4037): no Type, VR PN, VM 1. Name of the human performer."""

    HumanPerformerOrganization: Annotated[
        vr.LO | None, Attribute(0x00404036, "LO", "1", None, name="Human Performer's Organization")
    ] = None
    """Human Performer's Organization (0040,4036): no Type, VR LO, VM 1. Organization to which the human performer is accountable for the results."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "HumanPerformerCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
