"""Lensometry Measurements Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.right_lens_sequence_item import RightLensSequenceItem
from dicomodel.model import Attribute, DicomModel


class LensometryMeasurementsModule(DicomModel):
    """Lensometry Measurements Module Attributes (PS3.3 Table C.8.25.8-1)."""

    dicom_name: ClassVar[str] = "Lensometry Measurements"
    dicom_table: ClassVar[str] = "table_C.8.25.8-1"

    LensDescription: Annotated[
        vr.LO | None, Attribute(0x00460012, "LO", "1", "2", name="Lens Description")
    ]
    """Lens Description (0046,0012): Type 2, VR LO, VM 1. A free text description of the lens and lens general comments. A common example is to identify the specific spectacles measured"""

    RightLensSequence: Annotated[
        list[RightLensSequenceItem] | None,
        Attribute(
            0x00460014,
            "SQ",
            "1",
            "1C",
            name="Right Lens Sequence",
            when=("unknown", "names no attribute: the right lens is measured"),
        ),
    ] = None
    """Right Lens Sequence (0046,0014): Type 1C, VR SQ, VM 1. Required if the right lens is measured. A Sequence that specifies measurements of a patient's right lens. Required if the right lens is measured. Only a single Item shall be included in this Sequence."""

    LeftLensSequence: Annotated[
        list[RightLensSequenceItem] | None,
        Attribute(
            0x00460015,
            "SQ",
            "1",
            "1C",
            name="Left Lens Sequence",
            when=("unknown", "names no attribute: the left lens is measured"),
        ),
    ] = None
    """Left Lens Sequence (0046,0015): Type 1C, VR SQ, VM 1. Required if the left lens is measured. A Sequence that specifies measurements of a patient's left lens. Required if the left lens is measured. Only a single Item shall be included in this Sequence."""

    UnspecifiedLateralityLensSequence: Annotated[
        list[RightLensSequenceItem] | None,
        Attribute(
            0x00460016,
            "SQ",
            "1",
            "1C",
            name="Unspecified Laterality Lens Sequence",
            when=("unknown", "names no attribute: a single lens of unknown laterality is measured"),
        ),
    ] = None
    """Unspecified Laterality Lens Sequence (0046,0016): Type 1C, VR SQ, VM 1. Required if a single lens of unknown laterality is measured. A Sequence that specifies measurements of one lens of unknown laterality. Only a single Item shall be included in this Sequence."""
