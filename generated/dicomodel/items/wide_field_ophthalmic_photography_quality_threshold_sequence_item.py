"""Item class WideFieldOphthalmicPhotographyQualityThresholdSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "WideFieldOphthalmicPhotographyQualityThresholdSequenceItem",
]


class WideFieldOphthalmicPhotographyQualityThresholdSequenceItem(DicomModel):
    """An item of Wide Field Ophthalmic Photography Quality Threshold Sequence (0022,1526), as first defined in Wide Field Ophthalmic Photography Quality Rating Module Attributes (C.8.17.13-1)."""

    dicom_name: ClassVar[str] = "Wide Field Ophthalmic Photography Quality Threshold Sequence"
    dicom_table: ClassVar[str] = "table_C.8.17.13-1"

    WideFieldOphthalmicPhotographyThresholdQualityRating: Annotated[
        vr.FL,
        Attribute(
            0x00221527,
            "FL",
            "1",
            "1",
            name="Wide Field Ophthalmic Photography Threshold Quality Rating",
        ),
    ]
    """Wide Field Ophthalmic Photography Threshold Quality Rating (0022,1527): Type 1, VR FL, VM 1. Quality rating threshold value for acceptable wide field ophthalmic photography projection or mapping. The units of this Attribute is the same as defined in Measurement Units Code Sequence (0040,08EA) of the Wide Field Ophthalmic Photograph..."""
