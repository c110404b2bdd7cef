"""Presence rules of XA Positioner Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
XAPositionerModule = (
    "table_C.8-30",
    (
        (
            "DistanceSourceToPatient",
            Attribute(0x00181111, "DS", "1", "3", name="Distance Source to Patient"),
            None,
        ),
        (
            "DistanceSourceToDetector",
            Attribute(0x00181110, "DS", "1", "3", name="Distance Source to Detector"),
            None,
        ),
        (
            "EstimatedRadiographicMagnificationFactor",
            Attribute(
                0x00181114, "DS", "1", "3", name="Estimated Radiographic Magnification Factor"
            ),
            None,
        ),
        (
            "PositionerMotion",
            Attribute(
                0x00181500,
                "CS",
                "1",
                "2C",
                name="Positioner Motion",
                when=("compare", 0x00280008, 1, ">", 1),
                otherwise="may",
            ),
            None,
        ),
        (
            "PositionerPrimaryAngle",
            Attribute(0x00181510, "DS", "1", "2", name="Positioner Primary Angle"),
            None,
        ),
        (
            "PositionerSecondaryAngle",
            Attribute(0x00181511, "DS", "1", "2", name="Positioner Secondary Angle"),
            None,
        ),
        (
            "PositionerPrimaryAngleIncrement",
            Attribute(
                0x00181520,
                "DS",
                "1-n",
                "2C",
                name="Positioner Primary Angle Increment",
                when=("value", 0x00181500, 0, "in", ("DYNAMIC",)),
            ),
            None,
        ),
        (
            "PositionerSecondaryAngleIncrement",
            Attribute(
                0x00181521,
                "DS",
                "1-n",
                "2C",
                name="Positioner Secondary Angle Increment",
                when=("value", 0x00181500, 0, "in", ("DYNAMIC",)),
            ),
            None,
        ),
        (
            "DetectorPrimaryAngle",
            Attribute(0x00181530, "DS", "1", "3", name="Detector Primary Angle"),
            None,
        ),
        (
            "DetectorSecondaryAngle",
            Attribute(0x00181531, "DS", "1", "3", name="Detector Secondary Angle"),
            None,
        ),
    ),
)
