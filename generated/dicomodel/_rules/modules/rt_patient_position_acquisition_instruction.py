"""Presence rules of RT Patient Position Acquisition Instruction Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTPatientPositionAcquisitionInstructionModule = (
    "table_C.36.29-1",
    (
        ("EntityLongLabel", Attribute(0x30100038, "LO", "1", "1", name="Entity Long Label"), None),
        (
            "EntityDescription",
            Attribute(0x30100037, "ST", "1", "3", name="Entity Description"),
            None,
        ),
        (
            "AcquisitionTaskSequence",
            Attribute(0x30020118, "SQ", "1", "1", name="Acquisition Task Sequence"),
            Lazy("dicomodel.items.acquisition_task_sequence_item", "AcquisitionTaskSequenceItem"),
        ),
    ),
)
