"""Keratometry Measurements Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.keratometry_right_eye_sequence_item import KeratometryRightEyeSequenceItem
from dicomodel.model import Attribute, DicomModel


class KeratometryMeasurementsModule(DicomModel):
    """Keratometry Measurements Module Attributes (PS3.3 Table C.8.25.10-1)."""

    dicom_name: ClassVar[str] = "Keratometry Measurements"
    dicom_table: ClassVar[str] = "table_C.8.25.10-1"

    KeratometryRightEyeSequence: Annotated[
        list[KeratometryRightEyeSequenceItem] | None,
        Attribute(
            0x00460070,
            "SQ",
            "1",
            "1C",
            name="Keratometry Right Eye Sequence",
            when=("unknown", "names no attribute: the right eye is measured"),
        ),
    ] = None
    """Keratometry Right Eye Sequence (0046,0070): Type 1C, VR SQ, VM 1. Required if the right eye is measured. A Sequence that specifies keratometric measurements of a patient's right eye, defining principal meridians wherein the steepest meridian is separated by 90 degrees from the flattest. Only a single Item shall be included in this Sequence."""

    KeratometryLeftEyeSequence: Annotated[
        list[KeratometryRightEyeSequenceItem] | None,
        Attribute(
            0x00460071,
            "SQ",
            "1",
            "1C",
            name="Keratometry Left Eye Sequence",
            when=("unknown", "names no attribute: the left eye is measured"),
        ),
    ] = None
    """Keratometry Left Eye Sequence (0046,0071): Type 1C, VR SQ, VM 1. Required if the left eye is measured. A Sequence that specifies keratometric measurements of a patient's left eye, defining principal meridians wherein the steepest meridian is separated by 90 degrees from the flattest. Only a single Item shall be included in this Sequence."""
