"""Presence rules of XRF Positioner Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XRFPositionerModule = (
    "table_C.8-31",
    (
        (
            "DistanceSourceToDetector",
            Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector"),
            None,
        ),
        (
            "DistanceSourceToPatient",
            Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient"),
            None,
        ),
        (
            "EstimatedRadiographicMagnificationFactor",
            Attribute(
                0x00181114, "DS", "1", "3", name="Estimated Radiographic Magnification Factor"
            ),
            None,
        ),
        ("ColumnAngulation", Attribute(0x00181450, "DS", "1", "3", name="Column Angulation"), None),
    ),
)
