"""Planning Landmark Point Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.two_d_point_coordinates_sequence_item import (
        TwoDPointCoordinatesSequenceItem as _TwoDPointCoordinatesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _TwoDPointCoordinatesSequenceItem = Lazy(
        "dicomodel.items.two_d_point_coordinates_sequence_item", "TwoDPointCoordinatesSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.two_d_point_coordinates_sequence_item import (
        TwoDPointCoordinatesSequenceItem as TwoDPointCoordinatesSequenceItem,
    )

__all__ = [
    "PlanningLandmarkPointMacro",
    "TwoDPointCoordinatesSequenceItem",
]


class PlanningLandmarkPointMacro(DicomModel):
    """Planning Landmark Point Macro Attributes (PS3.3 Table C.29.1.5-2)."""

    dicom_name: ClassVar[str] = "Planning Landmark Point"
    dicom_table: ClassVar[str] = "table_C.29.1.5-2"

    TwoDPointCoordinatesSequence: Annotated[
        list[_TwoDPointCoordinatesSequenceItem] | None,
        Attribute(
            0x00686550,
            "SQ",
            "1",
            "1C",
            name="2D Point Coordinates Sequence",
            when=("and", ("not", ("present", 0x00686590)), ("present", 0x006862C0)),
        ),
    ] = None
    """2D Point Coordinates Sequence (0068,6550): Type 1C, VR SQ, VM 1. Required if 3D Point Coordinates (0068,6590) is not present and HPGL Document Sequence (0068,62C0) is present. May be present if 3D Point Coordinates (0068,6590) is present and HPGL Document Sequence (0068,62C0) is present. 2D coordinates of the point in the HPGL documents. One or more Items shall be included in this Sequence. Required if 3D Point Coordinates (0068,6590) is not present and HPGL Document Sequence (0068,62C0) is present."""

    ThreeDPointCoordinates: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00686590,
            "FD",
            "3",
            "1C",
            name="3D Point Coordinates",
            when=("and", ("not", ("present", 0x00686550)), ("present", 0x00686350)),
        ),
    ] = None
    """3D Point Coordinates (0068,6590): Type 1C, VR FD, VM 3. Required if 2D Point Coordinates Sequence (0068,6550) is not present and Implant Template 3D Model Surface Number (0068,6350) is present. May be present if 2D Point Coordinates Sequence (0068,6550) is present and Implant Template 3D Model Surface Number (0068,6350) is present. 3D Coordinates of the point. Required if 2D Point Coordinates Sequence (0068,6550) is not present and Implant Template 3D Model Surface Number (0068,6350) is present."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "TwoDPointCoordinatesSequenceItem": (
        "dicomodel.items.two_d_point_coordinates_sequence_item",
        "TwoDPointCoordinatesSequenceItem",
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
