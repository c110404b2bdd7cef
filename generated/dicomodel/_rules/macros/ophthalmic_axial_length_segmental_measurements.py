"""Presence rules of Ophthalmic Axial Length Segmental Measurements Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicAxialLengthSegmentalMeasurementsMacro = (
    "table_C.8.25.14-3",
    (
        (
            "OphthalmicAxialLength",
            Attribute(0x00221019, "FL", "1", "1", name="Ophthalmic Axial Length"),
            None,
        ),
        (
            "OphthalmicAxialLengthMeasurementModified",
            Attribute(
                0x00221140,
                "CS",
                "1",
                "1",
                name="Ophthalmic Axial Length Measurement Modified",
                enumerated=((0, ("YES", "NO")),),
            ),
            None,
        ),
        (
            "OphthalmicAxialLengthMeasurementsSegmentNameCodeSequence",
            Attribute(
                0x00221101,
                "SQ",
                "1",
                "1",
                name="Ophthalmic Axial Length Measurements Segment Name Code Sequence",
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "UltrasoundOphthalmicAxialLengthMeasurementsSequence",
            Attribute(
                0x00221220,
                "SQ",
                "1",
                "1C",
                name="Ultrasound Ophthalmic Axial Length Measurements Sequence",
                when=("value", 0x00221009, 0, "in", ("ULTRASOUND",)),
            ),
            Lazy(
                "dicomodel.items.ultrasound_ophthalmic_axial_length_measurements_sequence_item",
                "UltrasoundOphthalmicAxialLengthMeasurementsSequenceItem",
            ),
        ),
        (
            "OpticalOphthalmicAxialLengthMeasurementsSequence",
            Attribute(
                0x00221225,
                "SQ",
                "1",
                "1C",
                name="Optical Ophthalmic Axial Length Measurements Sequence",
                when=("value", 0x00221009, 0, "in", ("OPTICAL",)),
            ),
            Lazy(
                "dicomodel.items.optical_ophthalmic_axial_length_measurements_sequence_item",
                "OpticalOphthalmicAxialLengthMeasurementsSequenceItem",
            ),
        ),
    ),
)
