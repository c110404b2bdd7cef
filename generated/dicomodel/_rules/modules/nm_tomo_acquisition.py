"""Presence rules of NM Tomo Acquisition Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
NMTomoAcquisitionModule = (
    "table_C.8-12",
    (
        (
            "RotationInformationSequence",
            Attribute(0x00540052, "SQ", "1", "2", name="Rotation Information Sequence"),
            Lazy(
                "dicomodel.items.rotation_information_sequence_item",
                "RotationInformationSequenceItem",
            ),
        ),
        (
            "TypeOfDetectorMotion",
            Attribute(
                0x00540202,
                "CS",
                "1",
                "3",
                name="Type of Detector Motion",
                enumerated=((0, ("STEP AND SHOOT", "CONTINUOUS", "ACQ DURING STEP")),),
            ),
            None,
        ),
    ),
)
