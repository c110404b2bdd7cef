"""Presence rules of Ultrasound Frame of Reference Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
UltrasoundFrameOfReferenceModule = (
    "table_C.8.24.2-1",
    (
        (
            "VolumeFrameOfReferenceUID",
            Attribute(0x00209312, "UI", "1", "1", name="Volume Frame of Reference UID"),
            None,
        ),
        (
            "UltrasoundAcquisitionGeometry",
            Attribute(0x00209307, "CS", "1", "1", name="Ultrasound Acquisition Geometry"),
            None,
        ),
        (
            "ApexPosition",
            Attribute(
                0x00209308,
                "FD",
                "3",
                "1C",
                name="Apex Position",
                when=("value", 0x00209307, 0, "in", ("APEX",)),
            ),
            None,
        ),
        (
            "VolumeToTransducerRelationship",
            Attribute(
                0x0020930B,
                "CS",
                "1",
                "1C",
                name="Volume to Transducer Relationship",
                enumerated=((0, ("FIXED", "POSITION_VAR", "ORIENTATION_VAR", "VARIABLE")),),
                when=(
                    "unknown",
                    "names no attribute: the transducer position and/or orientation relative to the volume is not constant",
                ),
                otherwise="may",
            ),
            None,
        ),
        (
            "VolumeToTransducerMappingMatrix",
            Attribute(0x00209309, "FD", "16", "1", name="Volume to Transducer Mapping Matrix"),
            None,
        ),
        (
            "PatientFrameOfReferenceSource",
            Attribute(
                0x0020930C,
                "CS",
                "1",
                "1C",
                name="Patient Frame of Reference Source",
                enumerated=((0, ("TABLE", "ESTIMATED", "REGISTRATION")),),
                when=("or", ("present", 0x00200032), ("present", 0x00200037)),
            ),
            None,
        ),
        (
            "TableFrameOfReferenceUID",
            Attribute(
                0x00209313,
                "UI",
                "1",
                "1C",
                name="Table Frame of Reference UID",
                when=("value", 0x0020930C, 0, "in", ("TABLE",)),
            ),
            None,
        ),
        (
            "VolumeToTableMappingMatrix",
            Attribute(
                0x0020930A,
                "FD",
                "16",
                "1C",
                name="Volume to Table Mapping Matrix",
                when=("value", 0x0020930C, 0, "in", ("TABLE",)),
            ),
            None,
        ),
    ),
)
