"""Ophthalmic Axial Measurements Selected Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item import (
    OpticalSelectedOphthalmicAxialLengthSequenceItem,
)
from dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item import (
    UltrasoundSelectedOphthalmicAxialLengthSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class OphthalmicAxialMeasurementsSelectedMacro(DicomModel):
    """Ophthalmic Axial Measurements Selected Macro Attributes (PS3.3 Table C.8.25.14-5)."""

    dicom_name: ClassVar[str] = "Ophthalmic Axial Measurements Selected"
    dicom_table: ClassVar[str] = "table_C.8.25.14-5"

    UltrasoundSelectedOphthalmicAxialLengthSequence: Annotated[
        list[UltrasoundSelectedOphthalmicAxialLengthSequenceItem] | None,
        Attribute(
            0x00221230,
            "SQ",
            "1",
            "1C",
            name="Ultrasound Selected Ophthalmic Axial Length Sequence",
            when=("value", 0x00221009, 0, "in", ("ULTRASOUND",)),
        ),
    ] = None
    """Ultrasound Selected Ophthalmic Axial Length Sequence (0022,1230): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is ULTRASOUND. Information related to the selected axial length measurement of the patient's eye when acquired on an ultrasound device. Only a single Item shall be included in this Sequence."""

    OpticalSelectedOphthalmicAxialLengthSequence: Annotated[
        list[OpticalSelectedOphthalmicAxialLengthSequenceItem] | None,
        Attribute(
            0x00221255,
            "SQ",
            "1",
            "1C",
            name="Optical Selected Ophthalmic Axial Length Sequence",
            when=("value", 0x00221009, 0, "in", ("OPTICAL",)),
        ),
    ] = None
    """Optical Selected Ophthalmic Axial Length Sequence (0022,1255): Type 1C, VR SQ, VM 1. Required if Ophthalmic Axial Measurements Device Type (0022,1009) is OPTICAL. Information related to the selected axial length measurement(s) of the patient's eye when acquired on an optical device. One or more Items shall be included in this Sequence."""
