"""Item class XAXRFFrameCharacteristicsSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class XAXRFFrameCharacteristicsSequenceItem(DicomModel):
    """An item of XA/XRF Frame Characteristics Sequence (0018,9412), as first defined in X-Ray Frame Characteristics Macro Attributes (C.8.19.6-1)."""

    dicom_name: ClassVar[str] = "XA/XRF Frame Characteristics Sequence"
    dicom_table: ClassVar[str] = "table_C.8.19.6-1"

    DerivationDescription: Annotated[
        vr.ST | None, Attribute(0x00082111, "ST", "1", "3", name="Derivation Description")
    ] = None
    """Derivation Description (0008,2111): Type 3, VR ST, VM 1. A text description of how this frame was derived. See Section C.8.7.1.1.5 for further explanation."""

    DerivationCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem] | None,
        Attribute(0x00089215, "SQ", "1", "3", name="Derivation Code Sequence"),
    ] = None
    """Derivation Code Sequence (0008,9215): Type 3, VR SQ, VM 1. A coded description of how this frame was derived. See Section C.12.4.1.1 for further explanation. One or more Items are permitted in this Sequence. More than one Item indicates that successive derivation steps have been applied."""

    AcquisitionDeviceProcessingDescription: Annotated[
        vr.LO | None,
        Attribute(0x00181400, "LO", "1", "3", name="Acquisition Device Processing Description"),
    ] = None
    """Acquisition Device Processing Description (0018,1400): Type 3, VR LO, VM 1. Indicates any visual processing performed on the frame prior to exchange. See Section C.8.7.1.1.3."""

    AcquisitionDeviceProcessingCode: Annotated[
        vr.LO | None,
        Attribute(0x00181401, "LO", "1", "3", name="Acquisition Device Processing Code"),
    ] = None
    """Acquisition Device Processing Code (0018,1401): Type 3, VR LO, VM 1. Code representing the device-specific processing associated with the frame (e.g., Organ Filtering code) This Code is manufacturer specific but provides useful annotation information to the knowledgeable observer."""
