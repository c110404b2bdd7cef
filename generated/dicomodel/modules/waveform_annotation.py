"""Waveform Annotation Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.waveform_annotation_sequence_item import WaveformAnnotationSequenceItem
from dicomodel.model import Attribute, DicomModel


class WaveformAnnotationModule(DicomModel):
    """Waveform Annotation Module Attributes (PS3.3 Table C.10-11)."""

    dicom_name: ClassVar[str] = "Waveform Annotation"
    dicom_table: ClassVar[str] = "table_C.10-11"

    WaveformAnnotationSequence: Annotated[
        list[WaveformAnnotationSequenceItem],
        Attribute(0x0040B020, "SQ", "1", "1", name="Waveform Annotation Sequence"),
    ]
    """Waveform Annotation Sequence (0040,B020): Type 1, VR SQ, VM 1. Sequence of Annotation Items. One or more Items shall be included in this Sequence."""
