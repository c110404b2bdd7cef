"""RT Beams Delivery Instruction Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.beam_task_sequence_item import BeamTaskSequenceItem
from dicomodel.items.omitted_beam_task_sequence_item import OmittedBeamTaskSequenceItem
from dicomodel.items.referenced_instance_sequence_item import ReferencedInstanceSequenceItem
from dicomodel.model import Attribute, DicomModel


class RTBeamsDeliveryInstructionModule(DicomModel):
    """RT Beams Delivery Instruction Module Attributes (PS3.3 Table C.8.8.29-1)."""

    dicom_name: ClassVar[str] = "RT Beams Delivery Instruction"
    dicom_table: ClassVar[str] = "table_C.8.8.29-1"

    ReferencedRTPlanSequence: Annotated[
        list[ReferencedInstanceSequenceItem],
        Attribute(0x300C0002, "SQ", "1", "1", name="Referenced RT Plan Sequence"),
    ]
    """Referenced RT Plan Sequence (300C,0002): Type 1, VR SQ, VM 1. Reference to a single RT Plan or RT Ion Plan SOP Instance (whose UID is also supplied in the Input Information Sequence - see PS3.4) containing all the Beams and the Fraction Group referenced in this SOP Instance."""

    BeamTaskSequence: Annotated[
        list[BeamTaskSequenceItem], Attribute(0x00741020, "SQ", "1", "1", name="Beam Task Sequence")
    ]
    """Beam Task Sequence (0074,1020): Type 1, VR SQ, VM 1. Specification of beams to be delivered and/or used for verification of the patient position. One or more Items shall be included in this Sequence."""

    OmittedBeamTaskSequence: Annotated[
        list[OmittedBeamTaskSequenceItem] | None,
        Attribute(0x300C0111, "SQ", "1", "3", name="Omitted Beam Task Sequence"),
    ] = None
    """Omitted Beam Task Sequence (300C,0111): Type 3, VR SQ, VM 1. Beams not to be delivered and/or used for patient position verification. One or more Items are permitted in this Sequence."""
