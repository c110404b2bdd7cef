"""Item class SpecimenPreparationSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.content_item_modifier_sequence_item import ContentItemModifierSequenceItem
from dicomodel.model import Attribute, DicomModel


class SpecimenPreparationSequenceItem(DicomModel):
    """An item of Specimen Preparation Sequence (0040,0610), as first defined in Specimen Macro Attributes (C.7.6.22-2)."""

    dicom_name: ClassVar[str] = "Specimen Preparation Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.22-2"

    SpecimenPreparationStepContentItemSequence: Annotated[
        list[ContentItemModifierSequenceItem],
        Attribute(
            0x00400612, "SQ", "1", "1", name="Specimen Preparation Step Content Item Sequence"
        ),
    ]
    """Specimen Preparation Step Content Item Sequence (0040,0612): Type 1, VR SQ, VM 1. Sequence of Content Items identifying the processes used in one preparation step to prepare the specimen for image acquisition. One or more Items shall be included in this Sequence."""
