"""Item class PlanningLandmarkLineSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.two_d_line_coordinates_sequence_item import (
        TwoDLineCoordinatesSequenceItem as _TwoDLineCoordinatesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _TwoDLineCoordinatesSequenceItem = Lazy(
        "dicomodel.items.two_d_line_coordinates_sequence_item", "TwoDLineCoordinatesSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.enums.context_group_extension_flag import (
        ContextGroupExtensionFlag as ContextGroupExtensionFlag,
    )
    from dicomodel.enums.mapping_resource import MappingResourceTerm as MappingResourceTerm
    from dicomodel.items.code_sequence_item import (
        CodeSequenceItem as PlanningLandmarkIdentificationCodeSequenceItem,
    )
    from dicomodel.items.equivalent_code_sequence_item import (
        EquivalentCodeSequenceItem as EquivalentCodeSequenceItem,
    )
    from dicomodel.items.two_d_line_coordinates_sequence_item import (
        TwoDLineCoordinatesSequenceItem as TwoDLineCoordinatesSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PlanningLandmarkIdentificationCodeSequenceItem",
    "PlanningLandmarkLineSequenceItem",
    "TwoDLineCoordinatesSequenceItem",
]


class PlanningLandmarkLineSequenceItem(DicomModel):
    """An item of Planning Landmark Line Sequence (0068,6510), as first defined in Generic Implant Template Planning Landmarks Module Attributes (C.29.1.5-1)."""

    dicom_name: ClassVar[str] = "Planning Landmark Line Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.5-1"

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

    PlanningLandmarkID: Annotated[
        vr.US, Attribute(0x00686530, "US", "1", "1", name="Planning Landmark ID")
    ]
    """Planning Landmark ID (0068,6530): Type 1, VR US, VM 1. Numeric ID of the planning landmark. Uniquely identifies the planning landmark within the SOP Instance. The value shall start at 1, and increase monotonically by 1 for each Item."""

    PlanningLandmarkDescription: Annotated[
        vr.LO | None, Attribute(0x00686540, "LO", "1", "3", name="Planning Landmark Description")
    ] = None
    """Planning Landmark Description (0068,6540): Type 3, VR LO, VM 1. Purpose or intended use of this landmark."""

    PlanningLandmarkIdentificationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00686545, "SQ", "1", "2", name="Planning Landmark Identification Code Sequence"
        ),
    ]
    """Planning Landmark Identification Code Sequence (0068,6545): Type 2, VR SQ, VM 1. Coded Description of the real-world line that is represented by this landmark. Zero or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ContextGroupExtensionFlag": (
        "dicomodel.enums.context_group_extension_flag",
        "ContextGroupExtensionFlag",
    ),
    "EquivalentCodeSequenceItem": (
        "dicomodel.items.equivalent_code_sequence_item",
        "EquivalentCodeSequenceItem",
    ),
    "MappingResourceTerm": ("dicomodel.enums.mapping_resource", "MappingResourceTerm"),
    "PlanningLandmarkIdentificationCodeSequenceItem": (
        "dicomodel.items.code_sequence_item",
        "CodeSequenceItem",
    ),
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
