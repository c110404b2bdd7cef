"""Presence rules of Lensometry Measurements Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
LensometryMeasurementsModule = (
    "table_C.8.25.8-1",
    (
        ("LensDescription", Attribute(0x00460012, "LO", "1", "2", name="Lens Description"), None),
        (
            "RightLensSequence",
            Attribute(
                0x00460014,
                "SQ",
                "1",
                "1C",
                name="Right Lens Sequence",
                when=("unknown", "names no attribute: the right lens is measured"),
            ),
            Lazy("dicomodel.items.lensometry_measurements_item", "LensometryMeasurementsItem"),
        ),
        (
            "LeftLensSequence",
            Attribute(
                0x00460015,
                "SQ",
                "1",
                "1C",
                name="Left Lens Sequence",
                when=("unknown", "names no attribute: the left lens is measured"),
            ),
            Lazy("dicomodel.items.lensometry_measurements_item", "LensometryMeasurementsItem"),
        ),
        (
            "UnspecifiedLateralityLensSequence",
            Attribute(
                0x00460016,
                "SQ",
                "1",
                "1C",
                name="Unspecified Laterality Lens Sequence",
                when=(
                    "unknown",
                    "names no attribute: a single lens of unknown laterality is measured",
                ),
            ),
            Lazy("dicomodel.items.lensometry_measurements_item", "LensometryMeasurementsItem"),
        ),
    ),
)
