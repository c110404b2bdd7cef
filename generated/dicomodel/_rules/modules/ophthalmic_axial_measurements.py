"""Presence rules of Ophthalmic Axial Measurements Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicAxialMeasurementsModule = (
    "table_C.8.25.14-1",
    (
        (
            "OphthalmicAxialMeasurementsDeviceType",
            Attribute(0x00221009, "CS", "1", "1", name="Ophthalmic Axial Measurements Device Type"),
            None,
        ),
        (
            "OphthalmicUltrasoundMethodCodeSequence",
            Attribute(
                0x00221044,
                "SQ",
                "1",
                "1C",
                name="Ophthalmic Ultrasound Method Code Sequence",
                when=("value", 0x00221009, 0, "in", ("ULTRASOUND",)),
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "AnteriorChamberDepthDefinitionCodeSequence",
            Attribute(
                0x00221125, "SQ", "1", "3", name="Anterior Chamber Depth Definition Code Sequence"
            ),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "OphthalmicAxialMeasurementsRightEyeSequence",
            Attribute(
                0x00221007,
                "SQ",
                "1",
                "1C",
                name="Ophthalmic Axial Measurements Right Eye Sequence",
                when=("unknown", "names no attribute: the right eye is measured"),
            ),
            Lazy(
                "dicomodel.items.ophthalmic_axial_measurements_right_eye_sequence_item",
                "OphthalmicAxialMeasurementsRightEyeSequenceItem",
            ),
        ),
        (
            "OphthalmicAxialMeasurementsLeftEyeSequence",
            Attribute(
                0x00221008,
                "SQ",
                "1",
                "1C",
                name="Ophthalmic Axial Measurements Left Eye Sequence",
                when=("unknown", "names no attribute: the left eye is measured"),
            ),
            Lazy(
                "dicomodel.items.ophthalmic_axial_measurements_right_eye_sequence_item",
                "OphthalmicAxialMeasurementsRightEyeSequenceItem",
            ),
        ),
    ),
)
