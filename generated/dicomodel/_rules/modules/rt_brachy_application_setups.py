"""Presence rules of RT Brachy Application Setups Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTBrachyApplicationSetupsModule = (
    "table_C.8-51",
    (
        (
            "BrachyTreatmentTechnique",
            Attribute(
                0x300A0200,
                "CS",
                "1",
                "1",
                name="Brachy Treatment Technique",
                enumerated=(
                    (
                        0,
                        (
                            "INTRALUMENARY",
                            "INTRACAVITARY",
                            "INTERSTITIAL",
                            "CONTACT",
                            "INTRAVASCULAR",
                            "PERMANENT",
                        ),
                    ),
                ),
            ),
            None,
        ),
        (
            "BrachyTreatmentType",
            Attribute(0x300A0202, "CS", "1", "1", name="Brachy Treatment Type"),
            None,
        ),
        (
            "TreatmentMachineSequence",
            Attribute(0x300A0206, "SQ", "1", "1", name="Treatment Machine Sequence"),
            Lazy("dicomodel.items.treatment_machine_sequence_item", "TreatmentMachineSequenceItem"),
        ),
        (
            "SourceSequence",
            Attribute(0x300A0210, "SQ", "1", "1", name="Source Sequence"),
            Lazy("dicomodel.items.source_sequence_item", "SourceSequenceItem"),
        ),
        (
            "ApplicationSetupSequence",
            Attribute(0x300A0230, "SQ", "1", "1", name="Application Setup Sequence"),
            Lazy("dicomodel.items.application_setup_sequence_item", "ApplicationSetupSequenceItem"),
        ),
    ),
)
