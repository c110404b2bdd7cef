"""Presence rules of X-Ray Exposure Control Sensing Regions Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayExposureControlSensingRegionsMacro = (
    "table_C.8.19.6-3",
    (
        (
            "ExposureControlSensingRegionsSequence",
            Attribute(0x00189434, "SQ", "1", "1", name="Exposure Control Sensing Regions Sequence"),
            Lazy(
                "dicomodel.items.exposure_control_sensing_regions_sequence_item",
                "ExposureControlSensingRegionsSequenceItem",
            ),
        ),
    ),
)
