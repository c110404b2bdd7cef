"""Presentation LUT Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.enums import presentation_lut_shape as _presentation_lut_shape
from dicomodel.items.presentation_lut_sequence_item import PresentationLUTSequenceItem
from dicomodel.model import Attribute, DicomModel


class PresentationLUTModule(DicomModel):
    """Presentation LUT Module Attributes (PS3.3 Table C.11-4)."""

    dicom_name: ClassVar[str] = "Presentation LUT"
    dicom_table: ClassVar[str] = "table_C.11-4"

    PresentationLUTSequence: Annotated[
        list[PresentationLUTSequenceItem] | None,
        Attribute(0x20500010, "SQ", "1", "3", name="Presentation LUT Sequence"),
    ] = None
    """Presentation LUT Sequence (2050,0010): Type -, VR SQ, VM 1. Defines a Sequence of Presentation LUTs. Only a single Item shall be included in this Sequence."""

    PresentationLUTShape: Annotated[
        _presentation_lut_shape.PresentationLUTShapePresentationLUT | None,
        Attribute(
            0x20500020,
            "CS",
            "1",
            "3",
            name="Presentation LUT Shape",
            enumerated=((0, ("IDENTITY", "LIN OD")),),
        ),
    ] = None
    """Presentation LUT Shape (2050,0020): Type -, VR CS, VM 1. Specifies pre-defined Presentation LUT shapes. Enumerated Values: IDENTITY input to the Presentation LUT is in P-Values, no further translation is necessary LIN OD input to Presentation LUT is in linear optical density over the range of Min..."""
