"""Presence rules of Keratometry Measurements Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
KeratometryMeasurementsModule = (
    "table_C.8.25.10-1",
    (
        (
            "KeratometryRightEyeSequence",
            Attribute(
                0x00460070,
                "SQ",
                "1",
                "1C",
                name="Keratometry Right Eye Sequence",
                when=("unknown", "names no attribute: the right eye is measured"),
            ),
            Lazy("dicomodel.items.keratometric_measurements_item", "KeratometricMeasurementsItem"),
        ),
        (
            "KeratometryLeftEyeSequence",
            Attribute(
                0x00460071,
                "SQ",
                "1",
                "1C",
                name="Keratometry Left Eye Sequence",
                when=("unknown", "names no attribute: the left eye is measured"),
            ),
            Lazy("dicomodel.items.keratometric_measurements_item", "KeratometricMeasurementsItem"),
        ),
    ),
)
