"""Item class SourceConceptualVolumeSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as _ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ConceptualVolumeConstituentSegmentationReferenceSequenceItem = Lazy(
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem,
    )

__all__ = [
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
    "SourceConceptualVolumeSequenceItem",
]


class SourceConceptualVolumeSequenceItem(DicomModel):
    """An item of Source Conceptual Volume Sequence (3010,0018), as first defined in Conceptual Volume Macro Attributes (10.33-1)."""

    dicom_name: ClassVar[str] = "Source Conceptual Volume Sequence"
    dicom_table: ClassVar[str] = "table_10.33-1"

    SourceConceptualVolumeUID: Annotated[
        vr.UI, Attribute(0x30100015, "UI", "1", "1", name="Source Conceptual Volume UID")
    ]
    """Source Conceptual Volume UID (3010,0015): Type 1, VR UI, VM 1. UID identifying the Conceptual Volume that was used to derive this Conceptual Volume."""

    ConceptualVolumeConstituentIndex: Annotated[
        vr.US, Attribute(0x3010000D, "US", "1", "1", name="Conceptual Volume Constituent Index")
    ]
    """Conceptual Volume Constituent Index (3010,000D): Type 1, VR US, VM 1. Index of the constituent in the Source Conceptual Volume Sequence. The value shall start at 1 and increase monotonically by 1."""

    ConceptualVolumeConstituentSegmentationReferenceSequence: Annotated[
        list[_ConceptualVolumeConstituentSegmentationReferenceSequenceItem] | None,
        Attribute(
            0x30100012,
            "SQ",
            "1",
            "2",
            name="Conceptual Volume Constituent Segmentation Reference Sequence",
        ),
    ]
    """Conceptual Volume Constituent Segmentation Reference Sequence (3010,0012): Type 2, VR SQ, VM 1. Contains the reference to the constituents of the RT Segment Annotation Instance from which Conceptual Volume is derived. Zero or one Item shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
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
