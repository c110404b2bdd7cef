"""Multi-energy CT Characteristics Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.multienergy_ct_characteristics_sequence_item import (
    MultienergyCTCharacteristicsSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class MultiEnergyCTCharacteristicsMacro(DicomModel):
    """Multi-energy CT Characteristics Macro Attributes (PS3.3 Table C.8.15.3.12-1)."""

    dicom_name: ClassVar[str] = "Multi-energy CT Characteristics"
    dicom_table: ClassVar[str] = "table_C.8.15.3.12-1"

    MultienergyCTCharacteristicsSequence: Annotated[
        list[MultienergyCTCharacteristicsSequenceItem] | None,
        Attribute(
            0x00189364,
            "SQ",
            "1",
            "1C",
            name="Multi-energy CT Characteristics Sequence",
            when=(
                "or",
                ("and", ("iod", ("CT Image",)), ("value", 0x00080008, 4, "in", ("VMI",))),
                ("and", ("iod", ("Enhanced CT Image",)), ("value", 0x00080008, 5, "in", ("VMI",))),
                ("and", ("iod", ("Enhanced CT Image",)), ("value", 0x00089007, 5, "in", ("VMI",))),
            ),
            otherwise="may",
        ),
    ] = None
    """Multi-energy CT Characteristics Sequence (0018,9364): Type 1C, VR SQ, VM 1. Required if Image Type (0008,0008) Value 4 in the CT Image IOD, Image Type (0008,0008) Value 5 in the Enhanced CT Image IOD or Frame Type (0008,9007) Value 5 in the Enhanced CT Image IOD Frame is VMI. May be present otherwise. Multi-energy characteristics of the generated image. Required if Image Type (0008,0008) Value 4 in the CT Image IOD, Image Type (0008,0008) Value 5 in the Enhanced CT Image IOD or Frame Type (0008,9007) Value 5 in the Enhanced CT Image IOD..."""
