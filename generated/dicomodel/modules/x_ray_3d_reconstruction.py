"""X-Ray 3D Reconstruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.x_ray3_d_reconstruction_sequence_item import (
        XRay3DReconstructionSequenceItem as _XRay3DReconstructionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _XRay3DReconstructionSequenceItem = Lazy(
        "dicomodel.items.x_ray3_d_reconstruction_sequence_item", "XRay3DReconstructionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.algorithm_type import AlgorithmTypeTerm as AlgorithmTypeTerm
    from dicomodel.items.x_ray3_d_reconstruction_sequence_item import (
        XRay3DReconstructionSequenceItem as XRay3DReconstructionSequenceItem,
    )

__all__ = [
    "AlgorithmTypeTerm",
    "XRay3DReconstructionModule",
    "XRay3DReconstructionSequenceItem",
]


class XRay3DReconstructionModule(DicomModel):
    """X-Ray 3D Reconstruction Module Attributes (PS3.3 Table C.8.21.4-1)."""

    dicom_name: ClassVar[str] = "X-Ray 3D Reconstruction"
    dicom_table: ClassVar[str] = "table_C.8.21.4-1"

    XRay3DReconstructionSequence: Annotated[
        list[_XRay3DReconstructionSequenceItem],
        Attribute(0x00189530, "SQ", "1", "1", name="X-Ray 3D Reconstruction Sequence"),
    ]
    """X-Ray 3D Reconstruction Sequence (0018,9530): Type 1, VR SQ, VM 1. A Sequence of Items each describing the characteristics of one 3D reconstruction included in this SOP Instance. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "AlgorithmTypeTerm": ("dicomodel.enums.algorithm_type", "AlgorithmTypeTerm"),
    "XRay3DReconstructionSequenceItem": (
        "dicomodel.items.x_ray3_d_reconstruction_sequence_item",
        "XRay3DReconstructionSequenceItem",
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
