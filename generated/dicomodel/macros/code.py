"""Code Macro Attributes.

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
    from dicomodel.items.code_sequence_item import CodeSequenceItem as ConceptCodeSequenceItem
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )

__all__ = [
    "CodeMacro",
    "ConceptCodeSequenceItem",
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
]


class CodeMacro(DicomModel):
    """Code Macro Attributes (PS3.3 Table C.18.2-1)."""

    dicom_name: ClassVar[str] = "Code"
    dicom_table: ClassVar[str] = "table_C.18.2-1"

    ConceptCodeSequence: Annotated[
        list[_CodeSequenceItem], Attribute(0x0040A168, "SQ", "1", "1", name="Concept Code Sequence")
    ]
    """Concept Code Sequence (0040,A168): Type 1, VR SQ, VM 1. This is the value of the Content Item. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
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
