"""Presence rules of RT Brachy Application Setup Delivery Instruction Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTBrachyApplicationSetupDeliveryInstructionModule = (
    "table_C.8.8.30-1",
    (
        (
            "ReferencedRTPlanSequence",
            Attribute(0x300C0002, "SQ", "1", "1", name="Referenced RT Plan Sequence"),
            Lazy(
                "dicomodel.items.hierarchical_sop_instance_reference_item",
                "HierarchicalSOPInstanceReferenceItem",
            ),
        ),
        (
            "ReferencedFractionGroupNumber",
            Attribute(0x300C0022, "IS", "1", "1", name="Referenced Fraction Group Number"),
            None,
        ),
        (
            "CurrentFractionNumber",
            Attribute(0x30080022, "IS", "1", "1", name="Current Fraction Number"),
            None,
        ),
        (
            "ContinuationPulseNumber",
            Attribute(
                0x00741404,
                "IS",
                "1",
                "1C",
                name="Continuation Pulse Number",
                when=(
                    "unknown",
                    "condition not read: not understood: 'in any of the Items in the Brachy Task Sequence (0074,1401)' (in 'Required if Brachy Treatment Type (300A,0202) of the referenced RT Plan in the Referenced RT Plan Sequence (300C,0002) is PDR and if Treatment Delivery Type (300A,00CE) is CONTINUATION in any of the Items in the Brachy Task Sequence (0074,1401)')",
                ),
            ),
            None,
        ),
        (
            "BrachyTaskSequence",
            Attribute(0x00741401, "SQ", "1", "1", name="Brachy Task Sequence"),
            Lazy("dicomodel.items.brachy_task_sequence_item", "BrachyTaskSequenceItem"),
        ),
        (
            "OmittedApplicationSetupSequence",
            Attribute(
                0x0074140E,
                "SQ",
                "1",
                "1C",
                name="Omitted Application Setup Sequence",
                when=(
                    "and",
                    ("value", 0x300A00CE, 0, "in", ("CONTINUATION",)),
                    (
                        "unknown",
                        "names no attribute: one or more channels of any Application Setup are omitted",
                    ),
                ),
            ),
            Lazy(
                "dicomodel.items.omitted_application_setup_sequence_item",
                "OmittedApplicationSetupSequenceItem",
            ),
        ),
    ),
)
