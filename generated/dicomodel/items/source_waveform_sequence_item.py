"""Item class SourceWaveformSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "SourceWaveformSequenceItem",
]


class SourceWaveformSequenceItem(DicomModel):
    """An item of Source Waveform Sequence (003A,020A), as first defined in Waveform Module Attributes (C.10-9)."""

    dicom_name: ClassVar[str] = "Source Waveform Sequence"
    dicom_table: ClassVar[str] = "table_C.10-9"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedWaveformChannels: Annotated[
        list[vr.US], Attribute(0x0040A0B0, "US", "2-2n", "1", name="Referenced Waveform Channels")
    ]
    """Referenced Waveform Channels (0040,A0B0): Type 1, VR US, VM 2-2n. Identifies the waveform multiplex group and channel within the referenced SOP Instance. Pair of values (M,C)."""
