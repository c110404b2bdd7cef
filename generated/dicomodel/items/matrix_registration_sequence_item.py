"""Item class MatrixRegistrationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.matrix_sequence_item import MatrixSequenceItem as _MatrixSequenceItem
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _MatrixSequenceItem = Lazy("dicomodel.items.matrix_sequence_item", "MatrixSequenceItem")

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.frame_of_reference_transformation_matrix_type import (
        FrameOfReferenceTransformationMatrixType as FrameOfReferenceTransformationMatrixType,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as RegistrationTypeCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.matrix_sequence_item import MatrixSequenceItem as MatrixSequenceItem

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "FrameOfReferenceTransformationMatrixType",
    "MappingResourceTerm",
    "MatrixRegistrationSequenceItem",
    "MatrixSequenceItem",
    "RegistrationTypeCodeSequenceItem",
]


class MatrixRegistrationSequenceItem(DicomModel):
    """An item of Matrix Registration Sequence (0070,0309), as first defined in Spatial Registration Module Attributes (C.20.2-1)."""

    dicom_name: ClassVar[str] = "Matrix Registration Sequence"
    dicom_table: ClassVar[str] = "table_C.20.2-1"

    FrameOfReferenceTransformationComment: Annotated[
        vr.LO | None,
        Attribute(0x300600C8, "LO", "1", "3", name="Frame of Reference Transformation Comment"),
    ] = None
    """Frame of Reference Transformation Comment (3006,00C8): Type 3, VR LO, VM 1. User description or comments about the registration."""

    RegistrationTypeCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(0x0070030D, "SQ", "1", "2", name="Registration Type Code Sequence"),
    ]
    """Registration Type Code Sequence (0070,030D): Type 2, VR SQ, VM 1. Describes the information input into the registration process. Zero or one Item shall be included in this Sequence."""

    MatrixSequence: Annotated[
        list[_MatrixSequenceItem], Attribute(0x0070030A, "SQ", "1", "1", name="Matrix Sequence")
    ]
    """Matrix Sequence (0070,030A): Type 1, VR SQ, VM 1. Specifies one transformation, that registers the Source RCS/images to the Registered RCS. It is expressible as multiple matrices, each in a separate Item of the Sequence. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "FrameOfReferenceTransformationMatrixType": (
        "dicomodel.enums.frame_of_reference_transformation_matrix_type",
        "FrameOfReferenceTransformationMatrixType",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "MatrixSequenceItem": ("dicomodel.items.matrix_sequence_item", "MatrixSequenceItem"),
    "RegistrationTypeCodeSequenceItem": ("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
