"""IOL Ophthalmic Axial Length Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ophthalmic_axial_length_sequence_item import OphthalmicAxialLengthSequenceItem
from dicomodel.model import Attribute, DicomModel


class IOLOphthalmicAxialLengthMacro(DicomModel):
    """IOL Ophthalmic Axial Length Macro Attributes (PS3.3 Table C.8.25.16-4)."""

    dicom_name: ClassVar[str] = "IOL Ophthalmic Axial Length"
    dicom_table: ClassVar[str] = "table_C.8.25.16-4"

    OphthalmicAxialLengthSequence: Annotated[
        list[OphthalmicAxialLengthSequenceItem],
        Attribute(0x00221012, "SQ", "1", "1", name="Ophthalmic Axial Length Sequence"),
    ]
    """Ophthalmic Axial Length Sequence (0022,1012): Type 1, VR SQ, VM 1. Axial length value and source that was used in calculation of IOL power. Only a single Item shall be included in this Sequence."""
