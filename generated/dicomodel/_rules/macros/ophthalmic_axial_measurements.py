"""Presence rules of Ophthalmic Axial Measurements Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
OphthalmicAxialMeasurementsMacro = (
    "table_C.8.25.14-2",
    (
        (
            "LensStatusCodeSequence",
            Attribute(0x00221024, "SQ", "1", "1", name="Lens Status Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "LensStatusDescription",
            Attribute(0x00221065, "LO", "1", "3", name="Lens Status Description"),
            None,
        ),
        (
            "VitreousStatusCodeSequence",
            Attribute(0x00221025, "SQ", "1", "1", name="Vitreous Status Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        (
            "VitreousStatusDescription",
            Attribute(0x00221066, "LO", "1", "3", name="Vitreous Status Description"),
            None,
        ),
        (
            "PupilDilated",
            Attribute(
                0x0022000D, "CS", "1", "2", name="Pupil Dilated", enumerated=((0, ("YES", "NO")),)
            ),
            None,
        ),
        (
            "DegreeOfDilation",
            Attribute(
                0x0022000E,
                "FL",
                "1",
                "2C",
                name="Degree of Dilation",
                when=("value", 0x0022000D, 0, "in", ("YES",)),
            ),
            None,
        ),
        (
            "MydriaticAgentSequence",
            Attribute(
                0x00220058,
                "SQ",
                "1",
                "2C",
                name="Mydriatic Agent Sequence",
                when=("value", 0x0022000D, 0, "in", ("YES",)),
            ),
            Lazy("dicomodel.items.mydriatic_agent_sequence_item", "MydriaticAgentSequenceItem"),
        ),
        (
            "OphthalmicAxialLengthMeasurementsSequence",
            Attribute(
                0x00221050, "SQ", "1", "1", name="Ophthalmic Axial Length Measurements Sequence"
            ),
            Lazy(
                "dicomodel.items.ophthalmic_axial_length_measurements_sequence_item",
                "OphthalmicAxialLengthMeasurementsSequenceItem",
            ),
        ),
    ),
)
