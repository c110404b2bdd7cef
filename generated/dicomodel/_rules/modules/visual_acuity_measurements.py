"""Presence rules of Visual Acuity Measurements Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
VisualAcuityMeasurementsModule = (
    "table_C.8.25.12-1",
    (
        (
            "ViewingDistanceType",
            Attribute(
                0x00460125,
                "CS",
                "1",
                "1",
                name="Viewing Distance Type",
                enumerated=((0, ("DISTANCE", "NEAR", "INTERMEDIATE", "OTHER")),),
            ),
            None,
        ),
        (
            "VisualAcuityTypeCodeSequence",
            Attribute(0x00460121, "SQ", "1", "1", name="Visual Acuity Type Code Sequence"),
            Lazy("dicomodel.items.code_sequence_item", "CodeSequenceItem"),
        ),
        ("BackgroundColor", Attribute(0x00460092, "CS", "1", "1", name="Background Color"), None),
        ("Optotype", Attribute(0x00460094, "CS", "1", "1", name="Optotype"), None),
        (
            "OptotypeDetailedDefinition",
            Attribute(
                0x00460139,
                "LO",
                "1",
                "1C",
                name="Optotype Detailed Definition",
                when=("value", 0x00460094, 0, "in", ("LETTERS", "NUMBERS", "PICTURES")),
            ),
            None,
        ),
        (
            "OptotypePresentation",
            Attribute(
                0x00460095,
                "CS",
                "1",
                "1",
                name="Optotype Presentation",
                enumerated=((0, ("SINGLE", "MULTIPLE")),),
            ),
            None,
        ),
        (
            "VisualAcuityRightEyeSequence",
            Attribute(
                0x00460122,
                "SQ",
                "1",
                "1C",
                name="Visual Acuity Right Eye Sequence",
                when=("unknown", "names no attribute: the right eye is measured"),
            ),
            Lazy("dicomodel.items.visual_acuity_measurements_item", "VisualAcuityMeasurementsItem"),
        ),
        (
            "VisualAcuityLeftEyeSequence",
            Attribute(
                0x00460123,
                "SQ",
                "1",
                "1C",
                name="Visual Acuity Left Eye Sequence",
                when=("unknown", "names no attribute: the left eye is measured"),
            ),
            Lazy("dicomodel.items.visual_acuity_measurements_item", "VisualAcuityMeasurementsItem"),
        ),
        (
            "VisualAcuityBothEyesOpenSequence",
            Attribute(0x00460124, "SQ", "1", "3", name="Visual Acuity Both Eyes Open Sequence"),
            Lazy("dicomodel.items.visual_acuity_measurements_item", "VisualAcuityMeasurementsItem"),
        ),
    ),
)
