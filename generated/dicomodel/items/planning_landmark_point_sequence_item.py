"""Item class PlanningLandmarkPointSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.code_sequence_item import CodeSequenceItem as _CodeSequenceItem
    from dicomodel.items.two_d_point_coordinates_sequence_item import (
        TwoDPointCoordinatesSequenceItem as _TwoDPointCoordinatesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _CodeSequenceItem = Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem")
    _TwoDPointCoordinatesSequenceItem = Lazy(
        "dicomodel.items.two_d_point_coordinates_sequence_item", "TwoDPointCoordinatesSequenceItem"
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
    from dicomodel.items.two_d_point_coordinates_sequence_item import (
        TwoDPointCoordinatesSequenceItem as TwoDPointCoordinatesSequenceItem,
    )

__all__ = [
    "ContextGroupExtensionFlag",
    "EquivalentCodeSequenceItem",
    "MappingResourceTerm",
    "PlanningLandmarkIdentificationCodeSequenceItem",
    "PlanningLandmarkPointSequenceItem",
    "TwoDPointCoordinatesSequenceItem",
]


class PlanningLandmarkPointSequenceItem(DicomModel):
    """An item of Planning Landmark Point Sequence (0068,6500), as first defined in Generic Implant Template Planning Landmarks Module Attributes (C.29.1.5-1)."""

    dicom_name: ClassVar[str] = "Planning Landmark Point Sequence"
    dicom_table: ClassVar[str] = "table_C.29.1.5-1"

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

    PlanningLandmarkID: Annotated[
        vr.US, Attribute(0x00686530, "US", "1", "1", name="Planning Landmark ID")
    ]
    """Planning Landmark ID (0068,6530): Type 1, VR US, VM 1. Numeric ID of the planning landmark. Uniquely identifies a planning landmark within the SOP Instance. The value shall start at 1, and increase monotonically by 1 for each Item."""

    PlanningLandmarkDescription: Annotated[
        vr.LO | None, Attribute(0x00686540, "LO", "1", "3", name="Planning Landmark Description")
    ] = None
    """Planning Landmark Description (0068,6540): Type 3, VR LO, VM 1. Purpose or intended use of the landmark."""

    PlanningLandmarkIdentificationCodeSequence: Annotated[
        list[_CodeSequenceItem] | None,
        Attribute(
            0x00686545, "SQ", "1", "2", name="Planning Landmark Identification Code Sequence"
        ),
    ]
    """Planning Landmark Identification Code Sequence (0068,6545): Type 2, VR SQ, VM 1. Coded Description of the real-world point that is represented by the landmark. Zero or more Items shall be included in this Sequence."""


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
