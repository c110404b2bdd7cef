"""Presence rules of Autorefraction Measurements Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
AutorefractionMeasurementsModule = (
    "table_C.8.25.9-1",
    (
        (
            "AutorefractionRightEyeSequence",
            Attribute(
                0x00460050,
                "SQ",
                "1",
                "1C",
                name="Autorefraction Right Eye Sequence",
                when=("unknown", "names no attribute: the right eye is measured"),
            ),
            Lazy(
                "dicomodel.items.autorefraction_right_eye_sequence_item",
                "AutorefractionRightEyeSequenceItem",
            ),
        ),
        (
            "AutorefractionLeftEyeSequence",
            Attribute(
                0x00460052,
                "SQ",
                "1",
                "1C",
                name="Autorefraction Left Eye Sequence",
                when=("unknown", "names no attribute: the left eye is measured"),
            ),
            Lazy(
                "dicomodel.items.autorefraction_right_eye_sequence_item",
                "AutorefractionRightEyeSequenceItem",
            ),
        ),
        (
            "DistancePupillaryDistance",
            Attribute(0x00460060, "FD", "1", "3", name="Distance Pupillary Distance"),
            None,
        ),
        (
            "NearPupillaryDistance",
            Attribute(0x00460062, "FD", "1", "3", name="Near Pupillary Distance"),
            None,
        ),
    ),
)
