"""Item class ChannelShieldSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ChannelShieldSequenceItem",
]


class ChannelShieldSequenceItem(DicomModel):
    """An item of Channel Shield Sequence (300A,02B0), as first defined in RT Brachy Application Setups Module Attributes (C.8-51)."""

    dicom_name: ClassVar[str] = "Channel Shield Sequence"
    dicom_table: ClassVar[str] = "table_C.8-51"

    ChannelShieldNumber: Annotated[
        vr.IS, Attribute(0x300A02B2, "IS", "1", "1", name="Channel Shield Number")
    ]
    """Channel Shield Number (300A,02B2): Type 1, VR IS, VM 1. Identification number of the Channel Shield. The value of Channel Shield Number (300A,02B2) shall be unique within the Channel in which it is created."""

    ChannelShieldID: Annotated[
        vr.SH | None, Attribute(0x300A02B3, "SH", "1", "2", name="Channel Shield ID")
    ]
    """Channel Shield ID (300A,02B3): Type 2, VR SH, VM 1. User or machine supplied identifier for Channel Shield."""

    ChannelShieldName: Annotated[
        vr.LO | None, Attribute(0x300A02B4, "LO", "1", "3", name="Channel Shield Name")
    ] = None
    """Channel Shield Name (300A,02B4): Type 3, VR LO, VM 1. User-defined name for Channel Shield."""

    MaterialID: Annotated[
        vr.SH | None, Attribute(0x300A00E1, "SH", "1", "3", name="Material ID")
    ] = None
    """Material ID (300A,00E1): Type 3, VR SH, VM 1. User-supplied identifier for material of Channel Shield. See Note."""

    ChannelShieldNominalThickness: Annotated[
        vr.DS | None, Attribute(0x300A02B8, "DS", "1", "3", name="Channel Shield Nominal Thickness")
    ] = None
    """Channel Shield Nominal Thickness (300A,02B8): Type 3, VR DS, VM 1. Nominal Thickness of Channel Shield (mm). See Section C.8.8.15.12."""

    ChannelShieldNominalTransmission: Annotated[
        vr.DS | None,
        Attribute(0x300A02BA, "DS", "1", "3", name="Channel Shield Nominal Transmission"),
    ] = None
    """Channel Shield Nominal Transmission (300A,02BA): Type 3, VR DS, VM 1. Nominal Transmission of Channel Shield (between 0 and 1). See Section C.8.8.15.12."""

    ReferencedROINumber: Annotated[
        vr.IS | None, Attribute(0x30060084, "IS", "1", "2", name="Referenced ROI Number")
    ]
    """Referenced ROI Number (3006,0084): Type 2, VR IS, VM 1. Uniquely identifies ROI representing the Channel Shield specified by ROI Number (3006,0022) in Structure Set ROI Sequence (3006,0020) in Structure Set Module within RT Structure Set referenced by Referenced RT Structure Set Sequence (300C,0..."""
