"""Item class AnalogFilterCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class AnalogFilterCharacteristicsSequenceItem(DicomModel):
    """An item of Analog Filter Characteristics Sequence (003A,0323), as first defined in Waveform Filter Characteristics Macro Attributes (C.10.12-1)."""

    dicom_name: ClassVar[str] = "Analog Filter Characteristics Sequence"
    dicom_table: ClassVar[str] = "table_C.10.12-1"

    AnalogFilterRollOff: Annotated[
        vr.DS, Attribute(0x003A0324, "DS", "1", "1", name="Analog Filter Roll Off")
    ]
    """Analog Filter Roll Off (003A,0324): Type 1, VR DS, VM 1. The slope of the filter response between pass-band and stop-band given in dB/octave."""

    AnalogFilterType: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x003A0325, "SQ", "1", "1", name="Analog Filter Type Code Sequence"),
    ]
    """Analog Filter Type Code Sequence (003A,0325): Type 1, VR SQ, VM 1. A coded descriptor of the type of analog filter."""
