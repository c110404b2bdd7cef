"""Item class RecordedChannelShieldSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "RecordedChannelShieldSequenceItem",
]


class RecordedChannelShieldSequenceItem(DicomModel):
    """An item of Recorded Channel Shield Sequence (3008,0150), as first defined in RT Brachy Session Record Module Attributes (C.8-58)."""

    dicom_name: ClassVar[str] = "Recorded Channel Shield Sequence"
    dicom_table: ClassVar[str] = "table_C.8-58"

    ReferencedChannelShieldNumber: Annotated[
        vr.IS | None, Attribute(0x30080152, "IS", "1", "2", name="Referenced Channel Shield Number")
    ]
    """Referenced Channel Shield Number (3008,0152): Type 2, VR IS, VM 1. Identification number of the Channel Shield. The value of Channel Shield Number (300A,02B2) shall be unique within the Channel in which it is created."""

    ChannelShieldID: Annotated[
        vr.SH | None, Attribute(0x300A02B3, "SH", "1", "2", name="Channel Shield ID")
    ]
    """Channel Shield ID (300A,02B3): Type 2, VR SH, VM 1. User or machine supplied identifier for Channel Shield."""

    ChannelShieldName: Annotated[
        vr.LO | None, Attribute(0x300A02B4, "LO", "1", "3", name="Channel Shield Name")
    ] = None
    """Channel Shield Name (300A,02B4): Type 3, VR LO, VM 1. User-defined name for Channel Shield."""
