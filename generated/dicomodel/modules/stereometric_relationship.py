"""Stereometric Relationship Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.stereo_pairs_sequence_item import (
        StereoPairsSequenceItem as _StereoPairsSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _StereoPairsSequenceItem = Lazy(
        "dicomodel.items.stereo_pairs_sequence_item", "StereoPairsSequenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as LeftImageSequenceItem,
    )
    from dicomodel.items.image_sop_instance_reference_item import (
        ImageSOPInstanceReferenceItem as RightImageSequenceItem,
    )
    from dicomodel.items.stereo_pairs_sequence_item import (
        StereoPairsSequenceItem as StereoPairsSequenceItem,
    )

__all__ = [
    "LeftImageSequenceItem",
    "RightImageSequenceItem",
    "StereoPairsSequenceItem",
    "StereometricRelationshipModule",
]


class StereometricRelationshipModule(DicomModel):
    """Stereometric Relationship Module Attributes (PS3.3 Table C.8.18.2-1)."""

    dicom_name: ClassVar[str] = "Stereometric Relationship"
    dicom_table: ClassVar[str] = "table_C.8.18.2-1"

    StereoPairsSequence: Annotated[
        list[_StereoPairsSequenceItem],
        Attribute(0x00220020, "SQ", "1", "1", name="Stereo Pairs Sequence"),
    ]
    """Stereo Pairs Sequence (0022,0020): Type 1, VR SQ, VM 1. Sequence of Items identifying pairs of images. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "LeftImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "RightImageSequenceItem": (
        "dicomodel.items.image_sop_instance_reference_item",
        "ImageSOPInstanceReferenceItem",
    ),
    "StereoPairsSequenceItem": (
        "dicomodel.items.stereo_pairs_sequence_item",
        "StereoPairsSequenceItem",
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
