"""Presence rules of X-Ray Calibration Device Usage Macro Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRayCalibrationDeviceUsageMacro = (
    "table_C.8.19.6-6",
    (
        (
            "CalibrationSequence",
            Attribute(0x00189455, "SQ", "1", "1", name="Calibration Sequence"),
            Lazy("dicomodel.items.calibration_sequence_item", "CalibrationSequenceItem"),
        ),
    ),
)
