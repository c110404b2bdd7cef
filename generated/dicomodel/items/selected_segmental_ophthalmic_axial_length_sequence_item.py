"""Item class SelectedSegmentalOphthalmicAxialLengthSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class SelectedSegmentalOphthalmicAxialLengthSequenceItem(DicomModel):
    """An item of Selected Segmental Ophthalmic Axial Length Sequence (0022,1257), as first defined in Ophthalmic Axial Measurements Selected Macro Attributes (C.8.25.14-5)."""

    dicom_name: ClassVar[str] = "Selected Segmental Ophthalmic Axial Length Sequence"
    dicom_table: ClassVar[str] = "table_C.8.25.14-5"

    OphthalmicAxialLength: Annotated[
        vr.FL, Attribute(0x00221019, "FL", "1", "1", name="Ophthalmic Axial Length")
    ]
    """Ophthalmic Axial Length (0022,1019): Type 1, VR FL, VM 1. The axial length measurement, in mm. The type of measurement is specified in the Ophthalmic Axial Length Measurements Type (0022,1010). See Section C.8.25.14.1.1.3 and Section C.8.25.14.1.1.4 for further explanation."""

    OphthalmicAxialLengthMeasurementsSegmentNameCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(
            0x00221101,
            "SQ",
            "1",
            "1",
            name="Ophthalmic Axial Length Measurements Segment Name Code Sequence",
        ),
    ]
    """Ophthalmic Axial Length Measurements Segment Name Code Sequence (0022,1101): Type 1, VR SQ, VM 1. Name of the segment measured. See Section C.8.25.14.1.1.4 for further explanation. Only a single Item shall be included in this Sequence."""
