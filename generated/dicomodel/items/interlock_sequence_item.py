"""Item class InterlockSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.content_creator_identification_code_sequence_item import (
    ContentCreatorIdentificationCodeSequenceItem,
)
from dicomodel.items.interlock_originating_device_sequence_item import (
    InterlockOriginatingDeviceSequenceItem,
)
from dicomodel.items.person_identification_code_sequence_item import (
    PersonIdentificationCodeSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class InterlockSequenceItem(DicomModel):
    """An item of Interlock Sequence (300A,0740), as first defined in RT Beams Session Record Module Attributes (C.8-57)."""

    dicom_name: ClassVar[str] = "Interlock Sequence"
    dicom_table: ClassVar[str] = "table_C.8-57"

    InterlockDateTime: Annotated[
        vr.DT, Attribute(0x300A0741, "DT", "1", "1", name="Interlock DateTime")
    ]
    """Interlock DateTime (300A,0741): Type 1, VR DT, VM 1. Date and Time when the Interlock occurred. The date and time of occurrence may be when the interlock occurred (e.g. by a real-time system) or when the interlock was recorded. See Section C.7.4.2.1.4."""

    InterlockDescription: Annotated[
        vr.ST, Attribute(0x300A0742, "ST", "1", "1", name="Interlock Description")
    ]
    """Interlock Description (300A,0742): Type 1, VR ST, VM 1. User-readable description of the interlock."""

    InterlockOriginDescription: Annotated[
        vr.ST | None,
        Attribute(
            0x300A0783,
            "ST",
            "1",
            "1C",
            name="Interlock Origin Description",
            when=("not", ("present", 0x300A0743)),
        ),
    ] = None
    """Interlock Origin Description (300A,0783): Type 1C, VR ST, VM 1. Required if Interlock Originating Device Sequence (300A,0743) is not present. Description of the origin of the interlock. Required if Interlock Originating Device Sequence (300A,0743) is not present."""

    InterlockOriginatingDeviceSequence: Annotated[
        list[InterlockOriginatingDeviceSequenceItem] | None,
        Attribute(
            0x300A0743,
            "SQ",
            "1",
            "1C",
            name="Interlock Originating Device Sequence",
            when=("not", ("present", 0x300A0783)),
        ),
    ] = None
    """Interlock Originating Device Sequence (300A,0743): Type 1C, VR SQ, VM 1. Required if Interlock Origin Description (300A,0783) is not present. Contains the attributes that identify the device that originated the interlock. Only a single Item shall be included in this Sequence. Required if Interlock Origin Description (300A,0783) is not present."""

    InterlockCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x300A0744, "SQ", "1", "1", name="Interlock Code Sequence"),
    ]
    """Interlock Code Sequence (300A,0744): Type 1, VR SQ, VM 1. Code(s) that describe the interlock(s) that occurred. One or more Items shall be included in this Sequence."""

    InterlockResolutionCodeSequence: Annotated[
        list[PersonIdentificationCodeSequenceItem],
        Attribute(0x300A0745, "SQ", "1", "1", name="Interlock Resolution Code Sequence"),
    ]
    """Interlock Resolution Code Sequence (300A,0745): Type 1, VR SQ, VM 1. The action applied to resolve the interlock. One or more Items shall be included in this Sequence."""

    InterlockResolutionUserSequence: Annotated[
        list[ContentCreatorIdentificationCodeSequenceItem] | None,
        Attribute(0x300A0746, "SQ", "1", "2", name="Interlock Resolution User Sequence"),
    ]
    """Interlock Resolution User Sequence (300A,0746): Type 2, VR SQ, VM 1. The user that resolved the interlock. Zero or more Items shall be included in this Sequence."""
