"""Item class MaximumCornealCurvatureSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MaximumCornealCurvatureSequenceItem",
]


class MaximumCornealCurvatureSequenceItem(DicomModel):
    """An item of Maximum Corneal Curvature Sequence (0046,0211), as first defined in Corneal Topography Map Analysis Module Attributes (C.8.30.3-1)."""

    dicom_name: ClassVar[str] = "Maximum Corneal Curvature Sequence"
    dicom_table: ClassVar[str] = "table_C.8.30.3-1"

    MaximumCornealCurvature: Annotated[
        vr.FL, Attribute(0x00460212, "FL", "1", "1", name="Maximum Corneal Curvature")
    ]
    """Maximum Corneal Curvature (0046,0212): Type 1, VR FL, VM 1. Maximum curvature in diopters of the measured corneal topography."""

    MaximumCornealCurvatureLocation: Annotated[
        list[vr.FL],
        Attribute(0x00460213, "FL", "2", "1", name="Maximum Corneal Curvature Location"),
    ]
    """Maximum Corneal Curvature Location (0046,0213): Type 1, VR FL, VM 2. Location of the corneal maximum curvature. Given as column\\row. Column is the horizontal offset and row is the vertical offset."""
