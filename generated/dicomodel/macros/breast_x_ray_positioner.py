"""Breast X-Ray Positioner Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.positioner_position_sequence_item_breast_x_ray_positioner import (
        PositionerPositionSequenceItemBreastXRayPositioner as _PositionerPositionSequenceItemBreastXRayPositioner,
    )
else:
    from dicomodel.lazy import Lazy

    _PositionerPositionSequenceItemBreastXRayPositioner = Lazy(
        "dicomodel.items.positioner_position_sequence_item_breast_x_ray_positioner",
        "PositionerPositionSequenceItemBreastXRayPositioner",
    )

if TYPE_CHECKING:
    from dicomodel.enums.positioner_primary_angle_direction import (
        PositionerPrimaryAngleDirection as PositionerPrimaryAngleDirection,
    )
    from dicomodel.items.positioner_position_sequence_item_breast_x_ray_positioner import (
        PositionerPositionSequenceItemBreastXRayPositioner as PositionerPositionSequenceItem,
    )

__all__ = [
    "BreastXRayPositionerMacro",
    "PositionerPositionSequenceItem",
    "PositionerPrimaryAngleDirection",
]


class BreastXRayPositionerMacro(DicomModel):
    """Breast X-Ray Positioner Macro Attributes (PS3.3 Table C.8.31.2-1)."""

    dicom_name: ClassVar[str] = "Breast X-Ray Positioner"
    dicom_table: ClassVar[str] = "table_C.8.31.2-1"

    PositionerPositionSequence: Annotated[
        list[_PositionerPositionSequenceItemBreastXRayPositioner],
        Attribute(0x00189405, "SQ", "1", "1", name="Positioner Position Sequence"),
    ]
    """Positioner Position Sequence (0018,9405): Type 1, VR SQ, VM 1. A Sequence that describes the geometrical position of the positioner. Only a single Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "PositionerPositionSequenceItem": (
        "dicomodel.items.positioner_position_sequence_item_breast_x_ray_positioner",
        "PositionerPositionSequenceItemBreastXRayPositioner",
    ),
    "PositionerPrimaryAngleDirection": (
        "dicomodel.enums.positioner_primary_angle_direction",
        "PositionerPrimaryAngleDirection",
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
