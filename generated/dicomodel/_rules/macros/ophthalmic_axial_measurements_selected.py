"""Presence rules of Ophthalmic Axial Measurements Selected Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicAxialMeasurementsSelectedMacro = (
    "table_C.8.25.14-5",
    (
        (
            "UltrasoundSelectedOphthalmicAxialLengthSequence",
            Attribute(
                0x00221230,
                "SQ",
                "1",
                "1C",
                name="Ultrasound Selected Ophthalmic Axial Length Sequence",
                when=("value", 0x00221009, 0, "in", ("ULTRASOUND",)),
            ),
            Lazy(
                "dicomodel.items.ultrasound_selected_ophthalmic_axial_length_sequence_item",
                "UltrasoundSelectedOphthalmicAxialLengthSequenceItem",
            ),
        ),
        (
            "OpticalSelectedOphthalmicAxialLengthSequence",
            Attribute(
                0x00221255,
                "SQ",
                "1",
                "1C",
                name="Optical Selected Ophthalmic Axial Length Sequence",
                when=("value", 0x00221009, 0, "in", ("OPTICAL",)),
            ),
            Lazy(
                "dicomodel.items.optical_selected_ophthalmic_axial_length_sequence_item",
                "OpticalSelectedOphthalmicAxialLengthSequenceItem",
            ),
        ),
    ),
)
