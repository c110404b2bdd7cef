"""Item class MultienergyCTPathSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MultienergyCTPathSequenceItem",
]


class MultienergyCTPathSequenceItem(DicomModel):
    """An item of Multi-energy CT Path Sequence (0018,9379), as first defined in Multi-energy CT Path Macro Attributes (C.8.2.2-4)."""

    dicom_name: ClassVar[str] = "Multi-energy CT Path Sequence"
    dicom_table: ClassVar[str] = "table_C.8.2.2-4"

    MultienergyCTPathIndex: Annotated[
        vr.US, Attribute(0x0018937A, "US", "1", "1", name="Multi-energy CT Path Index")
    ]
    """Multi-energy CT Path Index (0018,937A): Type 1, VR US, VM 1. Identification number of the element in the Multi-energy CT Path Sequence. The number shall be 1 for the first Item and increase by 1 for each subsequent Item."""

    ReferencedXRaySourceIndex: Annotated[
        list[vr.US], Attribute(0x00189377, "US", "1-n", "1", name="Referenced X-Ray Source Index")
    ]
    """Referenced X-Ray Source Index (0018,9377): Type 1, VR US, VM 1-n. References the X-Ray Source Index (0018,9366) in the Multi-energy CT X-Ray Source Sequence (0018,9365) in this path."""

    ReferencedXRayDetectorIndex: Annotated[
        list[vr.US], Attribute(0x00189376, "US", "1-n", "1", name="Referenced X-Ray Detector Index")
    ]
    """Referenced X-Ray Detector Index (0018,9376): Type 1, VR US, VM 1-n. References the X-Ray Detector Index (0018,9370) in the Multi-energy CT X-Ray Detector Sequence (0018,936F) in this path."""
