"""RT Conventional Machine Verification Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.conventional_machine_verification_sequence_item import (
    ConventionalMachineVerificationSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class RTConventionalMachineVerificationModule(DicomModel):
    """RT Conventional Machine Verification Module Attributes (PS3.3 Table C.31-2)."""

    dicom_name: ClassVar[str] = "RT Conventional Machine Verification"
    dicom_table: ClassVar[str] = "table_C.31-2"

    ConventionalMachineVerificationSequence: Annotated[
        list[ConventionalMachineVerificationSequenceItem] | None,
        Attribute(0x00741044, "SQ", "1", "3", name="Conventional Machine Verification Sequence"),
    ] = None
    """Conventional Machine Verification Sequence (0074,1044): Type -, VR SQ, VM 1. Sequence containing conventional machine verification parameters. Zero or one Item shall be included in this Sequence."""
