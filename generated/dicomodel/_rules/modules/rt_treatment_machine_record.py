"""Presence rules of RT Treatment Machine Record Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTTreatmentMachineRecordModule = (
    "table_C.8-54",
    (
        (
            "TreatmentMachineSequence",
            Attribute(0x300A0206, "SQ", "1", "1", name="Treatment Machine Sequence"),
            Lazy(
                "dicomodel.items.treatment_machine_sequence_item_rt_treatment_machine_record",
                "TreatmentMachineSequenceItemRTTreatmentMachineRecord",
            ),
        ),
    ),
)
