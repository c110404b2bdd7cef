"""Item class ConceptualVolumeConstituentSegmentationReferenceSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem,
    )

__all__ = [
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
]


class ConceptualVolumeConstituentSegmentationReferenceSequenceItem(DicomModel):
    """An item of Conceptual Volume Constituent Segmentation Reference Sequence (3010,0012), as first defined in Conceptual Volume Macro Attributes (10.33-1)."""

    dicom_name: ClassVar[str] = "Conceptual Volume Constituent Segmentation Reference Sequence"
    dicom_table: ClassVar[str] = "table_10.33-1"

    ReferencedDirectSegmentInstanceSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x3010004A, "SQ", "1", "1", name="Referenced Direct Segment Instance Sequence"),
    ]
    """Referenced Direct Segment Instance Sequence (3010,004A): Type 1, VR SQ, VM 1. Reference to the SOP Instance that contains the Direct Segment Reference Sequence (3010,0023). Only a single Item shall be included in this Sequence. See Section 10.34.1.3."""

    ReferencedSegmentReferenceIndex: Annotated[
        vr.US, Attribute(0x30100020, "US", "1", "1", name="Referenced Segment Reference Index")
    ]
    """Referenced Segment Reference Index (3010,0020): Type 1, VR US, VM 1. The Segment Reference Index (3010,0022) in the Segment Reference Sequence (3010,0021) corresponding to the segment representing this Conceptual Volume."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ReferencedDirectSegmentInstanceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
