"""Item class DigitalFilterCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class DigitalFilterCharacteristicsSequenceItem(DicomModel):
    """An item of Digital Filter Characteristics Sequence (003A,0326), as first defined in Waveform Filter Characteristics Macro Attributes (C.10.12-1)."""

    dicom_name: ClassVar[str] = "Digital Filter Characteristics Sequence"
    dicom_table: ClassVar[str] = "table_C.10.12-1"

    DigitalFilterOrder: Annotated[
        vr.IS, Attribute(0x003A0327, "IS", "1", "1", name="Digital Filter Order")
    ]
    """Digital Filter Order (003A,0327): Type 1, VR IS, VM 1. Filter order is the maximum delay, in samples, used in creating each output sample."""

    DigitalFilterTypeCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x003A0328, "SQ", "1", "1", name="Digital Filter Type Code Sequence"),
    ]
    """Digital Filter Type Code Sequence (003A,0328): Type 1, VR SQ, VM 1. A coded descriptor of the type of digital filter."""
