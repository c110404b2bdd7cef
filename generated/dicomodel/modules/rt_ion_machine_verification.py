"""RT Ion Machine Verification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.ion_machine_verification_sequence_item import (
    IonMachineVerificationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTIonMachineVerificationModule(DicomModel):
    """RT Ion Machine Verification Module Attributes (PS3.3 Table C.31-3)."""

    dicom_name: ClassVar[str] = "RT Ion Machine Verification"
    dicom_table: ClassVar[str] = "table_C.31-3"

    IonMachineVerificationSequence: Annotated[
        list[IonMachineVerificationSequenceItem] | None,
        Attribute(0x00741046, "SQ", "1", "3", name="Ion Machine Verification Sequence"),
    ] = None
    """Ion Machine Verification Sequence (0074,1046): Type -, VR SQ, VM 1. Sequence containing ion machine verification parameters. Zero or one Item shall be included in this Sequence."""
