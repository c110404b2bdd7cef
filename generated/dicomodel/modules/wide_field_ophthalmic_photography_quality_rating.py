"""Wide Field Ophthalmic Photography Quality Rating Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.wide_field_ophthalmic_photography_quality_rating_sequence_item import (
    WideFieldOphthalmicPhotographyQualityRatingSequenceItem,
)
from dicomodel.model import Attribute, DicomModel


class WideFieldOphthalmicPhotographyQualityRatingModule(DicomModel):
    """Wide Field Ophthalmic Photography Quality Rating Module Attributes (PS3.3 Table C.8.17.13-1)."""

    dicom_name: ClassVar[str] = "Wide Field Ophthalmic Photography Quality Rating"
    dicom_table: ClassVar[str] = "table_C.8.17.13-1"

    WideFieldOphthalmicPhotographyQualityRatingSequence: Annotated[
        list[WideFieldOphthalmicPhotographyQualityRatingSequenceItem],
        Attribute(
            0x00221525,
            "SQ",
            "1",
            "1",
            name="Wide Field Ophthalmic Photography Quality Rating Sequence",
        ),
    ]
    """Wide Field Ophthalmic Photography Quality Rating Sequence (0022,1525): Type 1, VR SQ, VM 1. Type of metric and metric value used to evaluate the quality of the projection or mapping used for the wide field ophthalmic photography image for this SOP Instance. Only a single Item shall be included in this Sequence."""
