"""Waveform Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.waveform_presentation_group_sequence_item import (
    WaveformPresentationGroupSequenceItem,
)
from dicomodel.items.waveform_sequence_item import WaveformSequenceItem
from dicomodel.model import Attribute, DicomModel


class WaveformModule(DicomModel):
    """Waveform Module Attributes (PS3.3 Table C.10-9)."""

    dicom_name: ClassVar[str] = "Waveform"
    dicom_table: ClassVar[str] = "table_C.10-9"

    WaveformSequence: Annotated[
        list[WaveformSequenceItem], Attribute(0x54000100, "SQ", "1", "1", name="Waveform Sequence")
    ]
    """Waveform Sequence (5400,0100): Type 1, VR SQ, VM 1. Sequence of Items, each representing one waveform multiplex group. One or more Items shall be included in this Sequence. Ordering of Items in this Sequence is significant for external reference to specific multiplex groups."""

    WaveformDataDisplayScale: Annotated[
        vr.FL | None, Attribute(0x003A0230, "FL", "1", "3", name="Waveform Data Display Scale")
    ] = None
    """Waveform Data Display Scale (003A,0230): Type 3, VR FL, VM 1. The recommended time-based waveform data display scale in units of mm/s (see Section C.10.9.1.8)."""

    WaveformDisplayBackgroundCIELabValue: Annotated[
        list[vr.US] | None,
        Attribute(0x003A0231, "US", "3", "3", name="Waveform Display Background CIELab Value"),
    ] = None
    """Waveform Display Background CIELab Value (003A,0231): Type 3, VR US, VM 3. A color triplet value recommended for rendering the waveform display background on a color display. The units are specified in PCS-Values, and the value is encoded as CIELab. See Section C.10.7.1.1."""

    WaveformPresentationGroupSequence: Annotated[
        list[WaveformPresentationGroupSequenceItem] | None,
        Attribute(0x003A0240, "SQ", "1", "3", name="Waveform Presentation Group Sequence"),
    ] = None
    """Waveform Presentation Group Sequence (003A,0240): Type 3, VR SQ, VM 1. Sequence of Items, each Item describing a Presentation Group of one or more waveform channels to be displayed together. A Presentation Group is conventionally denoted a \"display page\", and a waveform object may be rendered using several Pre..."""
