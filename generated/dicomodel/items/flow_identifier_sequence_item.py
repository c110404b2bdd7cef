"""Item class FlowIdentifierSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "FlowIdentifierSequenceItem",
]


class FlowIdentifierSequenceItem(DicomModel):
    """An item of Flow Identifier Sequence (0034,0001), as first defined in Real-Time Bulk Data Flow Module Attributes (C.7.6.26-1)."""

    dicom_name: ClassVar[str] = "Flow Identifier Sequence"
    dicom_table: ClassVar[str] = "table_C.7.6.26-1"

    FlowIdentifier: Annotated[vr.OB, Attribute(0x00340002, "OB", "1", "1", name="Flow Identifier")]
    """Flow Identifier (0034,0002): Type 1, VR OB, VM 1. UUID of the Flow. See Section C.7.6.26.1.2."""

    FlowTransferSyntaxUID: Annotated[
        vr.UI, Attribute(0x00340003, "UI", "1", "1", name="Flow Transfer Syntax UID")
    ]
    """Flow Transfer Syntax UID (0034,0003): Type 1, VR UI, VM 1. UID of the encoding method of the referenced Flow See Section C.7.6.26.1.3."""

    FlowRTPSamplingRate: Annotated[
        vr.UL, Attribute(0x00340004, "UL", "1", "1", name="Flow RTP Sampling Rate")
    ]
    """Flow RTP Sampling Rate (0034,0004): Type 1, VR UL, VM 1. Sampling rate in Hertz used by RTP for generating timestamp See Section C.7.6.26.1.4."""
