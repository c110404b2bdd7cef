"""Item class OverrideSequenceItemRTRadiationRecordCommon.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.asserter_identification_sequence_item import AsserterIdentificationSequenceItem
from dicomodel.items.content_item_modifier_sequence_item import ContentItemModifierSequenceItem
from dicomodel.model import Attribute, DicomModel


class OverrideSequenceItemRTRadiationRecordCommon(DicomModel):
    """An item of Override Sequence (3008,0060), as first defined in RT Radiation Record Common Module Attributes (C.36.22-1)."""

    dicom_name: ClassVar[str] = "Override Sequence"
    dicom_table: ClassVar[str] = "table_C.36.22-1"

    OperatorIdentificationSequence: Annotated[
        list[AsserterIdentificationSequenceItem],
        Attribute(0x00081072, "SQ", "1", "1", name="Operator Identification Sequence"),
    ]
    """Operator Identification Sequence (0008,1072): Type 1, VR SQ, VM 1. Identification of the operator who authorized the override. One or more Items shall be present."""

    OverrideDateTime: Annotated[
        vr.DT, Attribute(0x300A0760, "DT", "1", "1", name="Override DateTime")
    ]
    """Override DateTime (300A,0760): Type 1, VR DT, VM 1. Date and Time when the user authorized the override."""

    OverrideReason: Annotated[
        vr.ST | None, Attribute(0x30080066, "ST", "1", "2", name="Override Reason")
    ]
    """Override Reason (3008,0066): Type 2, VR ST, VM 1. User-defined reason of the override. May contain notes, e.g. on the justification why the treatment was delivered in the presence of an interlock or unexpected machine condition."""

    AlternateValueSequence: Annotated[
        list[ContentItemModifierSequenceItem] | None,
        Attribute(0x300A073E, "SQ", "1", "2", name="Alternate Value Sequence"),
    ]
    """Alternate Value Sequence (300A,073E): Type 2, VR SQ, VM 1. The alternate value for the parameter as accepted by the user when the override was entered. The actual value applied during treatment may be different. Zero or one Item shall be included in this Sequence."""
