"""Multi-energy CT Image Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.multienergy_ct_acquisition_sequence_item import (
    MultienergyCTAcquisitionSequenceItem,
)
from dicomodel.items.multienergy_ct_characteristics_sequence_item import (
    MultienergyCTCharacteristicsSequenceItem,
)
from dicomodel.items.multienergy_ct_processing_sequence_item import (
    MultienergyCTProcessingSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class MultiEnergyCTImageModule(DicomModel):
    """Multi-energy CT Image Module Attributes (PS3.3 Table C.8.2.2-1)."""

    dicom_name: ClassVar[str] = "Multi-energy CT Image"
    dicom_table: ClassVar[str] = "table_C.8.2.2-1"

    MultienergyCTAcquisitionSequence: Annotated[
        list[MultienergyCTAcquisitionSequenceItem],
        Attribute(0x00189362, "SQ", "1", "1", name="Multi-energy CT Acquisition Sequence"),
    ]
    """Multi-energy CT Acquisition Sequence (0018,9362): Type 1, VR SQ, VM 1. The Attributes of a Multi-energy CT Image acquisition. One Item shall be included in this Sequence."""

    MultienergyCTProcessingSequence: Annotated[
        list[MultienergyCTProcessingSequenceItem] | None,
        Attribute(0x00189363, "SQ", "1", "3", name="Multi-energy CT Processing Sequence"),
    ] = None
    """Multi-energy CT Processing Sequence (0018,9363): Type 3, VR SQ, VM 1. How the acquired Multi-energy data was processed to generate this image. Only a single Item is permitted in this Sequence."""

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
