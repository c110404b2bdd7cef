"""X-Ray Positioner Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.positioner_position_sequence_item import (
        PositionerPositionSequenceItem as _PositionerPositionSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _PositionerPositionSequenceItem = Lazy(
        "dicomodel.items.positioner_position_sequence_item", "PositionerPositionSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.positioner_position_sequence_item import (
        PositionerPositionSequenceItem as PositionerPositionSequenceItem,
    )

__all__ = [
    "PositionerPositionSequenceItem",
    "XRayPositionerMacro",
]


class XRayPositionerMacro(DicomModel):
    """X-Ray Positioner Macro Attributes (PS3.3 Table C.8.19.6-10)."""

    dicom_name: ClassVar[str] = "X-Ray Positioner"
    dicom_table: ClassVar[str] = "table_C.8.19.6-10"

    PositionerPositionSequence: Annotated[
        list[_PositionerPositionSequenceItem],
        Attribute(0x00189405, "SQ", "1", "1", name="Positioner Position Sequence"),
    ]
    """Positioner Position Sequence (0018,9405): Type 1, VR SQ, VM 1. A Sequence that describes the geometrical position of the positioner. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PositionerPositionSequenceItem": (
        "dicomodel.items.positioner_position_sequence_item",
        "PositionerPositionSequenceItem",
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
