"""Generic Implant Template 2D Drawings Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.hpgl_document_sequence_item import (
        HPGLDocumentSequenceItem as _HPGLDocumentSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _HPGLDocumentSequenceItem = Lazy(
        "dicomodel.items.hpgl_document_sequence_item", "HPGLDocumentSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ViewOrientationCodeSequenceItem,
    )
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as ViewOrientationModifierCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.hpgl_document_sequence_item import (
        HPGLDocumentSequenceItem as HPGLDocumentSequenceItem,
    )
    from dicomodel.items.hpgl_pen_sequence_item import HPGLPenSequenceItem as HPGLPenSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "GenericImplantTemplate2DDrawingsModule",
    "HPGLDocumentSequenceItem",
    "HPGLPenSequenceItem",
    "MappingResourceTerm",
    "ViewOrientationCodeSequenceItem",
    "ViewOrientationModifierCodeSequenceItem",
]


class GenericImplantTemplate2DDrawingsModule(DicomModel):
    """Generic Implant Template 2D Drawings Module Attributes (PS3.3 Table C.29.1.2-1)."""

    dicom_name: ClassVar[str] = "Generic Implant Template 2D Drawings"
    dicom_table: ClassVar[str] = "table_C.29.1.2-1"

    HPGLDocumentSequence: Annotated[
        list[_HPGLDocumentSequenceItem],
        Attribute(0x006862C0, "SQ", "1", "1", name="HPGL Document Sequence"),
    ]
    """HPGL Document Sequence (0068,62C0): Type 1, VR SQ, VM 1. The 2D template representations of this implant. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "HPGLDocumentSequenceItem": (
        "dicomodel.items.hpgl_document_sequence_item",
        "HPGLDocumentSequenceItem",
    ),
    "HPGLPenSequenceItem": ("dicomodel.items.hpgl_pen_sequence_item", "HPGLPenSequenceItem"),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "ViewOrientationCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
    "ViewOrientationModifierCodeSequenceItem": (
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
