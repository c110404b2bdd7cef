"""Item class ConceptualVolumeConstituentSequenceItem.

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
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as _SOPInstanceReferenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ConceptualVolumeConstituentSegmentationReferenceSequenceItem = Lazy(
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    )
    _SOPInstanceReferenceItem = Lazy(
        "dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"
    )

if TYPE_CHECKING:
    from dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item import (
        ConceptualVolumeConstituentSegmentationReferenceSequenceItem as ConceptualVolumeConstituentSegmentationReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as OriginatingSOPInstanceReferenceSequenceItem,
    )
    from dicomodel.items.sop_instance_reference_item import (
        SOPInstanceReferenceItem as ReferencedDirectSegmentInstanceSequenceItem,
    )

__all__ = [
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    "ConceptualVolumeConstituentSequenceItem",
    "OriginatingSOPInstanceReferenceSequenceItem",
    "ReferencedDirectSegmentInstanceSequenceItem",
]


class ConceptualVolumeConstituentSequenceItem(DicomModel):
    """An item of Conceptual Volume Constituent Sequence (3010,0008), as first defined in Conceptual Volume Segmentation Reference And Combination Macro Attributes (10.34-1)."""

    dicom_name: ClassVar[str] = "Conceptual Volume Constituent Sequence"
    dicom_table: ClassVar[str] = "table_10.34-1"

    ConceptualVolumeConstituentIndex: Annotated[
        vr.US, Attribute(0x3010000D, "US", "1", "1", name="Conceptual Volume Constituent Index")
    ]
    """Conceptual Volume Constituent Index (3010,000D): Type 1, VR US, VM 1. An index referenced in the Conceptual Volume Combination Expression (3010,000C) identifying the Conceptual Volume Constituent. The value shall start at 1 and increase monotonically by 1."""

    ConstituentConceptualVolumeUID: Annotated[
        vr.UI, Attribute(0x30100013, "UI", "1", "1", name="Constituent Conceptual Volume UID")
    ]
    """Constituent Conceptual Volume UID (3010,0013): Type 1, VR UI, VM 1. UID identifying the Conceptual Volume that is a constituent of the combined Conceptual Volume."""

    OriginatingSOPInstanceReferenceSequence: Annotated[
        list[_SOPInstanceReferenceItem],
        Attribute(0x30100007, "SQ", "1", "1", name="Originating SOP Instance Reference Sequence"),
    ]
    """Originating SOP Instance Reference Sequence (3010,0007): Type 1, VR SQ, VM 1. Reference to the SOP Instance that contains the original definition of the Conceptual Volume constituent identified by Constituent Conceptual Volume UID (3010,0013) in this Sequence."""

    ConceptualVolumeConstituentSegmentationReferenceSequence: Annotated[
        list[_ConceptualVolumeConstituentSegmentationReferenceSequenceItem] | None,
        Attribute(
            0x30100012,
            "SQ",
            "1",
            "1C",
            name="Conceptual Volume Constituent Segmentation Reference Sequence",
            when=(
                "and",
                ("value", 0x30100010, 0, "in", ("YES",)),
                (
                    "unknown",
                    "names no attribute: the Conceptual Volume is not a Combination of other Conceptual Volumes",
                ),
            ),
        ),
    ] = None
    """Conceptual Volume Constituent Segmentation Reference Sequence (3010,0012): Type 1C, VR SQ, VM 1. Required if the Conceptual Volume Segmentation Defined Flag (3010,0010) equals YES and the Conceptual Volume is not a Combination of other Conceptual Volumes. Contains a segmented representation of the Conceptual Volume constituent. Required if the Conceptual Volume Segmentation Defined Flag (3010,0010) equals YES and the Conceptual Volume is not a Combination of other Conceptual Volumes."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ConceptualVolumeConstituentSegmentationReferenceSequenceItem": (
        "dicomodel.items.conceptual_volume_constituent_segmentation_reference_sequence_item",
        "ConceptualVolumeConstituentSegmentationReferenceSequenceItem",
    ),
    "OriginatingSOPInstanceReferenceSequenceItem": (
        "dicomodel.items.sop_instance_reference_item",
        "SOPInstanceReferenceItem",
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
