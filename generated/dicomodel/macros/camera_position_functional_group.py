"""Camera Position Functional Group Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.camera_position_group_sequence_item import (
        CameraPositionGroupSequenceItem as _CameraPositionGroupSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CameraPositionGroupSequenceItem = Lazy(
        "dicomodel.items.camera_position_group_sequence_item", "CameraPositionGroupSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.render_projection import RenderProjection as RenderProjection
    from dicomodel.items.camera_position_group_sequence_item import (
        CameraPositionGroupSequenceItem as CameraPositionGroupSequenceItem,
    )

__all__ = [
    "CameraPositionFunctionalGroupMacro",
    "CameraPositionGroupSequenceItem",
    "RenderProjection",
]


class CameraPositionFunctionalGroupMacro(DicomModel):
    """Camera Position Functional Group Macro Attributes (PS3.3 Table C.7.6.16.2.28-1)."""

    dicom_name: ClassVar[str] = "Camera Position Functional Group"
    dicom_table: ClassVar[str] = "table_C.7.6.16.2.28-1"

    CameraPositionGroupSequence: Annotated[
        list[_CameraPositionGroupSequenceItem],
        Attribute(0x0034000B, "SQ", "1", "1", name="Camera Position Group Sequence"),
    ]
    """Camera Position Group Sequence (0034,000B): Type 1, VR SQ, VM 1. Sequence that contains the Functional Groups Sequence Attributes corresponding to the current frame or audio sample. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "CameraPositionGroupSequenceItem": (
        "dicomodel.items.camera_position_group_sequence_item",
        "CameraPositionGroupSequenceItem",
    ),
    "RenderProjection": ("dicomodel.enums.render_projection", "RenderProjection"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
