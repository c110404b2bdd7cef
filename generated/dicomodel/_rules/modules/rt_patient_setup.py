"""Presence rules of RT Patient Setup Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTPatientSetupModule = (
    "table_C.8-48",
    (
        (
            "PatientSetupSequence",
            Attribute(0x300A0180, "SQ", "1", "1", name="Patient Setup Sequence"),
            Lazy("dicomodel.items.patient_setup_sequence_item", "PatientSetupSequenceItem"),
        ),
    ),
)
