"""Item class PostDeformationMatrixRegistrationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.frame_of_reference_transformation_matrix_type import (
        FrameOfReferenceTransformationMatrixTypeTerm as _FrameOfReferenceTransformationMatrixTypeTerm,
    )
else:
    from dicomodel.lazy import Lazy

    _FrameOfReferenceTransformationMatrixTypeTerm = Lazy(
        "dicomodel.enums.frame_of_reference_transformation_matrix_type",
        "FrameOfReferenceTransformationMatrixTypeTerm",
    )

if TYPE_CHECKING:
    from dicomodel.enums.frame_of_reference_transformation_matrix_type import (
        FrameOfReferenceTransformationMatrixTypeTerm as FrameOfReferenceTransformationMatrixTypeTerm,
    )

__all__ = [
    "FrameOfReferenceTransformationMatrixTypeTerm",
    "PostDeformationMatrixRegistrationSequenceItem",
]


class PostDeformationMatrixRegistrationSequenceItem(DicomModel):
    """An item of Post Deformation Matrix Registration Sequence (0064,0010), as first defined in Deformable Spatial Registration Module Attributes (C.20.3-1)."""

    dicom_name: ClassVar[str] = "Post Deformation Matrix Registration Sequence"
    dicom_table: ClassVar[str] = "table_C.20.3-1"

    FrameOfReferenceTransformationMatrix: Annotated[
        list[vr.DS],
        Attribute(0x300600C6, "DS", "16", "1", name="Frame of Reference Transformation Matrix"),
    ]
    """Frame of Reference Transformation Matrix (3006,00C6): Type 1, VR DS, VM 16. A 4x4 homogeneous transformation matrix. Matrix elements shall be listed in row-major order. See Section C.20.2.1.1."""

    FrameOfReferenceTransformationMatrixType: Annotated[
        _FrameOfReferenceTransformationMatrixTypeTerm | vr.CS,
        Attribute(0x0070030C, "CS", "1", "1", name="Frame of Reference Transformation Matrix Type"),
    ]
    """Frame of Reference Transformation Matrix Type (0070,030C): Type 1, VR CS, VM 1. Type of Frame of Reference Transformation Matrix (3006,00C6). Defined Terms: RIGID RIGID_SCALE AFFINE See Section C.20.2.1.2"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "FrameOfReferenceTransformationMatrixTypeTerm": (
        "dicomodel.enums.frame_of_reference_transformation_matrix_type",
        "FrameOfReferenceTransformationMatrixTypeTerm",
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
