"""Sparse Multi-frame Functional Groups Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.enums.stereo_pairs_present import (
        StereoPairsPresentValue as _StereoPairsPresentValue,
    )
    from dicomodel.items.selected_frame_functional_groups_sequence_item import (
        SelectedFrameFunctionalGroupsSequenceItem as _SelectedFrameFunctionalGroupsSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as _UnassignedSharedConvertedAttributesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SelectedFrameFunctionalGroupsSequenceItem = Lazy(
        "dicomodel.items.selected_frame_functional_groups_sequence_item",
        "SelectedFrameFunctionalGroupsSequenceItem",
    )
    _StereoPairsPresentValue = Lazy(
        "dicomodel.enums.stereo_pairs_present", "StereoPairsPresentValue"
    )
    _UnassignedSharedConvertedAttributesSequenceItem = Lazy(
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.stereo_pairs_present import StereoPairsPresent as StereoPairsPresent
    from dicomodel.items.selected_frame_functional_groups_sequence_item import (
        SelectedFrameFunctionalGroupsSequenceItem as SelectedFrameFunctionalGroupsSequenceItem,
    )
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as SharedFunctionalGroupsSequenceItem,
    )

__all__ = [
    "SelectedFrameFunctionalGroupsSequenceItem",
    "SharedFunctionalGroupsSequenceItem",
    "SparseMultiFrameFunctionalGroupsModule",
    "StereoPairsPresent",
]


class SparseMultiFrameFunctionalGroupsModule(DicomModel):
    """Sparse Multi-frame Functional Groups Module Attributes (PS3.3 Table C.7.6.29-1)."""

    dicom_name: ClassVar[str] = "Sparse Multi-frame Functional Groups"
    dicom_table: ClassVar[str] = "table_C.7.6.29-1"

    SharedFunctionalGroupsSequence: Annotated[
        list[_UnassignedSharedConvertedAttributesSequenceItem],
        Attribute(0x52009229, "SQ", "1", "1", name="Shared Functional Groups Sequence"),
    ]
    """Shared Functional Groups Sequence (5200,9229): Type 1, VR SQ, VM 1. Sequence that contains the Functional Group Macros that are shared for all frames in this SOP Instance and Concatenation. Note The contents of this Sequence are the same in all SOP Instances that comprise a Concatenation."""

    SelectedFrameFunctionalGroupsSequence: Annotated[
        list[_SelectedFrameFunctionalGroupsSequenceItem] | None,
        Attribute(
            0x30020101,
            "SQ",
            "1",
            "1C",
            name="Selected Frame Functional Groups Sequence",
            when=(
                "unknown",
                "names no attribute: for any frame of the selected subset of frames , there are Per-Frame Functional Groups that are not empty",
            ),
        ),
    ] = None
    """Selected Frame Functional Groups Sequence (3002,0101): Type 1C, VR SQ, VM 1. Required if for any frame of the selected subset of frames, there are Per-Frame Functional Groups that are not empty. Sequence that contains the Functional Group Sequence Attributes corresponding to selected frames of the Multi-frame Image. One or more Items shall be included in this Sequence."""

    InstanceNumber: Annotated[vr.IS, Attribute(0x00200013, "IS", "1", "1", name="Instance Number")]
    """Instance Number (0020,0013): Type 1, VR IS, VM 1. A number that identifies this Instance. The value shall be the same for all SOP Instances of a Concatenation, and different for each separate Concatenation and for each SOP Instance not within a Concatenation in a Series."""

    ContentDate: Annotated[vr.DA, Attribute(0x00080023, "DA", "1", "1", name="Content Date")]
    """Content Date (0008,0023): Type 1, VR DA, VM 1. The date the data creation was started. Note For Instance, this is the date the pixel data is created, not the date the data is acquired."""

    ContentTime: Annotated[vr.TM, Attribute(0x00080033, "TM", "1", "1", name="Content Time")]
    """Content Time (0008,0033): Type 1, VR TM, VM 1. The time the data creation was started. Note For Instance, this is the time the pixel data is created, not the time the data is acquired."""

    NumberOfFrames: Annotated[vr.IS, Attribute(0x00280008, "IS", "1", "1", name="Number of Frames")]
    """Number of Frames (0028,0008): Type 1, VR IS, VM 1. Number of frames in a multi-frame image. See Section C.7.6.6.1.1 for further explanation."""

    StereoPairsPresent: Annotated[
        _StereoPairsPresentValue | None,
        Attribute(
            0x00220028,
            "CS",
            "1",
            "3",
            name="Stereo Pairs Present",
            enumerated=((0, ("YES", "NO")),),
        ),
    ] = None
    """Stereo Pairs Present (0022,0028): Type 3, VR CS, VM 1. The multi-frame pixel data consists of left and right stereoscopic pairs. See Section C.7.6.6.1.3 for further explanation. Enumerated Values: YES NO"""

    ConcatenationFrameOffsetNumber: Annotated[
        vr.UL | None,
        Attribute(
            0x00209228,
            "UL",
            "1",
            "1C",
            name="Concatenation Frame Offset Number",
            when=("present", 0x00209161),
        ),
    ] = None
    """Concatenation Frame Offset Number (0020,9228): Type 1C, VR UL, VM 1. Required if Concatenation UID (0020,9161) is present. Offset of the first frame in a multi-frame image of a concatenation. Logical frame numbers in a concatenation can be used across all its SOP Instances."""

    RepresentativeFrameNumber: Annotated[
        vr.US | None, Attribute(0x00286010, "US", "1", "3", name="Representative Frame Number")
    ] = None
    """Representative Frame Number (0028,6010): Type 3, VR US, VM 1. The frame number selected for use as a pictorial representation (e.g., icon) of the multi-frame Image."""

    ConcatenationUID: Annotated[
        vr.UI | None,
        Attribute(
            0x00209161,
            "UI",
            "1",
            "1C",
            name="Concatenation UID",
            when=("unknown", "depends on the multi-frame structure of the pixel data"),
        ),
    ] = None
    """Concatenation UID (0020,9161): Type 1C, VR UI, VM 1. Required if a group of multi-frame image SOP Instances within a Series are part of a Concatenation. Identifier of all SOP Instances that belong to the same concatenation. Required if a group of multi-frame image SOP Instances within a Series are part of a Concatenation."""

    SOPInstanceUIDOfConcatenationSource: Annotated[
        vr.UI | None,
        Attribute(
            0x00200242,
            "UI",
            "1",
            "1C",
            name="SOP Instance UID of Concatenation Source",
            when=("present", 0x00209161),
        ),
    ] = None
    """SOP Instance UID of Concatenation Source (0020,0242): Type 1C, VR UI, VM 1. Required if Concatenation UID (0020,9161) is present. The SOP Instance UID of the single composite SOP Instance of which the Concatenation is a part. All SOP Instances of a concatenation shall use the same value for this Attribute, see Section C.7.6.16.1.3."""

    InConcatenationNumber: Annotated[
        vr.US | None,
        Attribute(
            0x00209162,
            "US",
            "1",
            "1C",
            name="In-concatenation Number",
            when=("present", 0x00209161),
        ),
    ] = None
    """In-concatenation Number (0020,9162): Type 1C, VR US, VM 1. Required if Concatenation UID (0020,9161) is present. Identifier for one SOP Instance belonging to a concatenation. See Section C.7.6.16.2.2.4 for further specification. The first Instance in a concatenation (that with the lowest Concatenation Frame Offset Number (0020,9228) value) shall have..."""

    InConcatenationTotalNumber: Annotated[
        vr.US | None, Attribute(0x00209163, "US", "1", "3", name="In-concatenation Total Number")
    ] = None
    """In-concatenation Total Number (0020,9163): Type 3, VR US, VM 1. The number of SOP Instances sharing the same Concatenation UID. If present, shall have a value greater than one, unless an IOD overrides this constraint to enumerate a value of 1 to prevent the use of Concatenations (e.g., see Section C.8.1..."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "SelectedFrameFunctionalGroupsSequenceItem": (
        "dicomodel.items.selected_frame_functional_groups_sequence_item",
        "SelectedFrameFunctionalGroupsSequenceItem",
    ),
    "SharedFunctionalGroupsSequenceItem": (
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    ),
    "StereoPairsPresent": ("dicomodel.enums.stereo_pairs_present", "StereoPairsPresent"),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
