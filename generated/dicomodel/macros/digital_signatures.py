"""Digital Signatures Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.digital_signatures_sequence_item import DigitalSignaturesSequenceItem
from dicomodel.items.mac_parameters_sequence_item import MACParametersSequenceItem
from dicomodel.model import Attribute, DicomModel


class DigitalSignaturesMacro(DicomModel):
    """Digital Signatures Macro Attributes (PS3.3 Table C.12-6)."""

    dicom_name: ClassVar[str] = "Digital Signatures"
    dicom_table: ClassVar[str] = "table_C.12-6"

    MACParametersSequence: Annotated[
        list[MACParametersSequenceItem] | None,
        Attribute(0x4FFE0001, "SQ", "1", "3", name="MAC Parameters Sequence"),
    ] = None
    """MAC Parameters Sequence (4FFE,0001): Type 3, VR SQ, VM 1. A Sequence of Items that describe the parameters used to calculate a MAC for use in Digital Signatures. One or more Items shall be included in this Sequence."""

    DigitalSignaturesSequence: Annotated[
        list[DigitalSignaturesSequenceItem] | None,
        Attribute(0xFFFAFFFA, "SQ", "1", "3", name="Digital Signatures Sequence"),
    ] = None
    """Digital Signatures Sequence (FFFA,FFFA): Type 3, VR SQ, VM 1. Sequence holding Digital Signatures. One or more Items are permitted in this Sequence."""
