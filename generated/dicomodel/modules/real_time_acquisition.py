"""Real-Time Acquisition Module Attributes.

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
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as _UnassignedSharedConvertedAttributesSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _StereoPairsPresentValue = Lazy(
        "dicomodel.enums.stereo_pairs_present", "StereoPairsPresentValue"
    )
    _UnassignedSharedConvertedAttributesSequenceItem = Lazy(
        "dicomodel.items.unassigned_shared_converted_attributes_sequence_item",
        "UnassignedSharedConvertedAttributesSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.enums.stereo_pairs_present import StereoPairsPresent as StereoPairsPresent
    from dicomodel.items.unassigned_shared_converted_attributes_sequence_item import (
        UnassignedSharedConvertedAttributesSequenceItem as SharedFunctionalGroupsSequenceItem,
    )

__all__ = [
    "RealTimeAcquisitionModule",
    "SharedFunctionalGroupsSequenceItem",
    "StereoPairsPresent",
]


class RealTimeAcquisitionModule(DicomModel):
    """Real-Time Acquisition Module Attributes (PS3.3 Table C.7.6.28-1)."""

    dicom_name: ClassVar[str] = "Real-Time Acquisition"
    dicom_table: ClassVar[str] = "table_C.7.6.28-1"

    SharedFunctionalGroupsSequence: Annotated[
        list[_UnassignedSharedConvertedAttributesSequenceItem],
        Attribute(0x52009229, "SQ", "1", "1", name="Shared Functional Groups Sequence"),
    ]
    """Shared Functional Groups Sequence (5200,9229): Type 1, VR SQ, VM 1. Sequence that contains the Functional Group Macros that are shared for all frames. Only a single Item shall be included in this Sequence."""

    StereoPairsPresent: Annotated[
        _StereoPairsPresentValue,
        Attribute(
            0x00220028,
            "CS",
            "1",
            "1",
            name="Stereo Pairs Present",
            enumerated=((0, ("YES", "NO")),),
        ),
    ]
    """Stereo Pairs Present (0022,0028): Type 1, VR CS, VM 1. The multi-frame pixel data consists of left and right stereoscopic pairs. See Section C.7.6.28.1.1 for further explanation. Enumerated Values: YES NO"""


_EXPORTS: dict[str, tuple[str, str]] = {
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
