"""Item class ImplantTemplateGroupMembersSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.implant_template_group_member_matching2_d_coordinates_sequence_item import (
        ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem as _ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem = Lazy(
        "dicomodel.items.implant_template_group_member_matching2_d_coordinates_sequence_item",
        "ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.implant_template_group_member_matching2_d_coordinates_sequence_item import (
        ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem as ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem,
    )

__all__ = [
    "ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem",
    "ImplantTemplateGroupMembersSequenceItem",
]


class ImplantTemplateGroupMembersSequenceItem(DicomModel):
    """An item of Implant Template Group Members Sequence (0078,002A), as first defined in Implant Template Group Module Attributes (C.29.3-1)."""

    dicom_name: ClassVar[str] = "Implant Template Group Members Sequence"
    dicom_table: ClassVar[str] = "table_C.29.3-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ImplantTemplateGroupMemberID: Annotated[
        vr.US, Attribute(0x0078002E, "US", "1", "1", name="Implant Template Group Member ID")
    ]
    """Implant Template Group Member ID (0078,002E): Type 1, VR US, VM 1. Numeric ID of the Implant Template. Uniquely identifies the Implant Template within the Implant Template Group. The value shall start at 1, and increase monotonically by 1 for each Item."""

    ThreeDImplantTemplateGroupMemberMatchingPoint: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00780050,
            "FD",
            "3",
            "1C",
            name="3D Implant Template Group Member Matching Point",
            when=(
                "unknown",
                "condition not read: not understood: 'referenced in the Implant Template Group Members Sequence (0078,002A) Item' (in 'May be present if Number of Surfaces (0066,0001) is present in the Instance referenced in the Implant Template Group Members Sequence (0078,002A) Item')",
            ),
        ),
    ] = None
    """3D Implant Template Group Member Matching Point (0078,0050): Type 1C, VR FD, VM 3. May be present if Number of Surfaces (0066,0001) is present in the Instance referenced in the Implant Template Group Members Sequence (0078,002A) Item. 3D inter-component Matching Point. May be present if Number of Surfaces (0066,0001) is present in the Instance referenced in the Implant Template Group Members Sequence (0078,002A) Item. See Section C.29.3.1.1.1"""

    ThreeDImplantTemplateGroupMemberMatchingAxes: Annotated[
        list[vr.FD] | None,
        Attribute(
            0x00780060,
            "FD",
            "9",
            "1C",
            name="3D Implant Template Group Member Matching Axes",
            when=("present", 0x00780050),
        ),
    ] = None
    """3D Implant Template Group Member Matching Axes (0078,0060): Type 1C, VR FD, VM 9. Required if 3D Implant Template Group Matching Point (0078,0050) is present. Direction cosines of the Matching Point. Required if 3D Implant Template Group Matching Point (0078,0050) is present."""

    ImplantTemplateGroupMemberMatching2DCoordinatesSequence: Annotated[
        list[_ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem] | None,
        Attribute(
            0x00780070,
            "SQ",
            "1",
            "1C",
            name="Implant Template Group Member Matching 2D Coordinates Sequence",
            when=(
                "unknown",
                "condition not read: not understood: 'referenced in the Implant Template Group Members Sequence (0078,002A) Item' (in 'May be present if HPGL Document Sequence (0068,62C0) is present in the Instance referenced in the Implant Template Group Members Sequence (0078,002A) Item')",
            ),
        ),
    ] = None
    """Implant Template Group Member Matching 2D Coordinates Sequence (0078,0070): Type 1C, VR SQ, VM 1. May be present if HPGL Document Sequence (0068,62C0) is present in the Instance referenced in the Implant Template Group Members Sequence (0078,002A) Item. One or more Items shall be included in this Sequence. May be present if HPGL Document Sequence (0068,62C0) is present in the Instance referenced in the Implant Template Group Members Sequence (0078,002A) Item. See Section C.29.3.1.1.1"""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem": (
        "dicomodel.items.implant_template_group_member_matching2_d_coordinates_sequence_item",
        "ImplantTemplateGroupMemberMatching2DCoordinatesSequenceItem",
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
