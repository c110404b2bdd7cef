"""Item class ReferencedSOPSequenceItemWaveformReference.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ReferencedSOPSequenceItemWaveformReference",
]


class ReferencedSOPSequenceItemWaveformReference(DicomModel):
    """An item of Referenced SOP Sequence (0008,1199), as first defined in Waveform Reference Macro Attributes (C.18.5-1)."""

    dicom_name: ClassVar[str] = "Referenced SOP Sequence"
    dicom_table: ClassVar[str] = "table_C.18.5-1"

    ReferencedSOPClassUID: Annotated[
        vr.UI, Attribute(0x00081150, "UI", "1", "1", name="Referenced SOP Class UID")
    ]
    """Referenced SOP Class UID (0008,1150): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Class."""

    ReferencedSOPInstanceUID: Annotated[
        vr.UI, Attribute(0x00081155, "UI", "1", "1", name="Referenced SOP Instance UID")
    ]
    """Referenced SOP Instance UID (0008,1155): Type 1, VR UI, VM 1. Uniquely identifies the referenced SOP Instance."""

    ReferencedWaveformChannels: Annotated[
        list[vr.US] | None,
        Attribute(
            0x0040A0B0,
            "US",
            "2-2n",
            "1C",
            name="Referenced Waveform Channels",
            when=("unknown", "depends on the referenced instance or item"),
        ),
    ] = None
    """Referenced Waveform Channels (0040,A0B0): Type 1C, VR US, VM 2-2n. Required if the Referenced SOP Instance is a Waveform that contains multiple Channels and the reference does not apply to all Channels of all Multiplex Groups. List of channels in Waveform to which the reference applies. See Section C.18.5.1.1 Required if the Referenced SOP Instance is a Waveform that contains multiple Channels and the reference does not apply to all Channels of all Multiplex Grou..."""
