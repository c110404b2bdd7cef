"""Item class EquivalentConceptualVolumesSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class EquivalentConceptualVolumesSequenceItem(DicomModel):
    """An item of Equivalent Conceptual Volumes Sequence (3010,000A), as first defined in Conceptual Volume Macro Attributes (10.33-1)."""

    dicom_name: ClassVar[str] = "Equivalent Conceptual Volumes Sequence"
    dicom_table: ClassVar[str] = "table_10.33-1"

    ReferencedConceptualVolumeUID: Annotated[
        vr.UI, Attribute(0x3010000B, "UI", "1", "1", name="Referenced Conceptual Volume UID")
    ]
    """Referenced Conceptual Volume UID (3010,000B): Type 1, VR UI, VM 1. A UID identifying the Conceptual Volume."""

    EquivalentConceptualVolumeInstanceReferenceSequence: Annotated[
        list[ReferencedInstanceSequenceItem],
        Attribute(
            0x30100009,
            "SQ",
            "1",
            "1",
            name="Equivalent Conceptual Volume Instance Reference Sequence",
        ),
    ]
    """Equivalent Conceptual Volume Instance Reference Sequence (3010,0009): Type 1, VR SQ, VM 1. Reference to a SOP Instance that contains the Referenced Conceptual Volume UID (3010,000B) of the Equivalent Conceptual Volume. Only a single Item shall be included in this Sequence."""
