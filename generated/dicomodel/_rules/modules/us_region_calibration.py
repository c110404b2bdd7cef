"""Presence rules of US Region Calibration Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
USRegionCalibrationModule = (
    "table_C.8-17",
    (
        (
            "SequenceOfUltrasoundRegions",
            Attribute(0x00186011, "SQ", "1", "1", name="Sequence of Ultrasound Regions"),
            Lazy(
                "dicomodel.items.sequence_of_ultrasound_regions_item",
                "SequenceOfUltrasoundRegionsItem",
            ),
        ),
    ),
)
