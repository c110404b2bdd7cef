"""X-Ray Collimator Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.collimator_shape_sequence_item import (
        CollimatorShapeSequenceItem as _CollimatorShapeSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CollimatorShapeSequenceItem = Lazy(
        "dicomodel.items.collimator_shape_sequence_item", "CollimatorShapeSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.collimator_shape_sequence_item import (
        CollimatorShapeSequenceItem as CollimatorShapeSequenceItem,
    )

__all__ = [
    "CollimatorShapeSequenceItem",
    "XRayCollimatorMacro",
]


class XRayCollimatorMacro(DicomModel):
    """X-Ray Collimator Macro Attributes (PS3.3 Table C.8.19.6-12)."""

    dicom_name: ClassVar[str] = "X-Ray Collimator"
    dicom_table: ClassVar[str] = "table_C.8.19.6-12"

    CollimatorShapeSequence: Annotated[
        list[_CollimatorShapeSequenceItem],
        Attribute(0x00189407, "SQ", "1", "1", name="Collimator Shape Sequence"),
    ]
    """Collimator Shape Sequence (0018,9407): Type 1, VR SQ, VM 1. A Sequence that describes the collimator shape. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CollimatorShapeSequenceItem": (
        "dicomodel.items.collimator_shape_sequence_item",
        "CollimatorShapeSequenceItem",
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
