"""Planning Landmark Line Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.two_d_line_coordinates_sequence_item import (
        TwoDLineCoordinatesSequenceItem as _TwoDLineCoordinatesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _TwoDLineCoordinatesSequenceItem = Lazy(
        "dicomodel.items.two_d_line_coordinates_sequence_item", "TwoDLineCoordinatesSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.two_d_line_coordinates_sequence_item import (
        TwoDLineCoordinatesSequenceItem as TwoDLineCoordinatesSequenceItem,
    )

__all__ = [
    "PlanningLandmarkLineMacro",
    "TwoDLineCoordinatesSequenceItem",
]


class PlanningLandmarkLineMacro(DicomModel):
    """Planning Landmark Line Macro Attributes (PS3.3 Table C.29.1.5-3)."""

    dicom_name: ClassVar[str] = "Planning Landmark Line"
    dicom_table: ClassVar[str] = "table_C.29.1.5-3"

    TwoDLineCoordinatesSequence: Annotated[
        list[_TwoDLineCoordinatesSequenceItem] | None,
        Attribute(
            0x006865A0,
            "SQ",
            "1",
            "1C",
            name="2D Line Coordinates Sequence",
            when=("and", ("not", ("present", 0x006865D0)), ("present", 0x006862C0)),
        ),
    ] = None
    """2D Line Coordinates Sequence (0068,65A0): Type 1C, VR SQ, VM 1. Required if 3D Line Coordinates (0068,65D0) is not present and HPGL Document Sequence (0068,62C0) is present. May be present if 3D Line Coordinates (0068,65D0) is present and HPGL Document Sequence (0068,62C0) is present. 2D coordinates of the line in the HPGL documents. One or more Items shall be included in this Sequence. Required if 3D Line Coordinates (0068,65D0) is not present and HPGL Document Sequence (0068,62C0) is present."""

    ThreeDLineCoordinates: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x006865D0,
            "FD",
            "6",
            "1C",
            name="3D Line Coordinates",
            when=("and", ("not", ("present", 0x006865A0)), ("present", 0x00686350)),
        ),
    ] = None
    """3D Line Coordinates (0068,65D0): Type 1C, VR FD, VM 6. Required if 2D Line Coordinates Sequence (0068,65A0) is not present and Implant Template 3D Model Surface Number (0068,6350) is present. May be present, if 2D Line Coordinates Sequence (0068,65A0) is present and Implant Template 3D Model Surface Number (0068,6350) is present. 3D Coordinates of the line. Required if 2D Line Coordinates Sequence (0068,65A0) is not present and Implant Template 3D Model Surface Number (0068,6350) is present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TwoDLineCoordinatesSequenceItem": (
        "dicomodel.items.two_d_line_coordinates_sequence_item",
        "TwoDLineCoordinatesSequenceItem",
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
