"""Presence rules of RT Beams Delivery Instruction Module Attributes: its attributes as its class declares them, for validation to walk without creating the class.

Generated from DICOM 2024c; do not edit.
"""

from dicomodel.lazy import Lazy
from dicomodel.model import Attribute

# The PS3.3 table; each field: (name, Attribute, the items' class of a sequence or None).
RTBeamsDeliveryInstructionModule = (
    "table_C.8.8.29-1",
    (
        (
            "ReferencedRTPlanSequence",
            Attribute(0x300C0002, "SQ", "1", "1", name="Referenced RT Plan Sequence"),
            Lazy("dicomodel.items.sop_instance_reference_item", "SOPInstanceReferenceItem"),
        ),
        (
            "BeamTaskSequence",
            Attribute(0x00741020, "SQ", "1", "1", name="Beam Task Sequence"),
            Lazy("dicomodel.items.beam_task_sequence_item", "BeamTaskSequenceItem"),
        ),
        (
            "OmittedBeamTaskSequence",
            Attribute(0x300C0111, "SQ", "1", "3", name="Omitted Beam Task Sequence"),
            Lazy("dicomodel.items.omitted_beam_task_sequence_item", "OmittedBeamTaskSequenceItem"),
        ),
    ),
)
