"""X-Ray Collimator Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.collimator_shape_sequence_item import CollimatorShapeSequenceItem
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "CollimatorShapeSequenceItem",
    "XRayCollimatorMacro",
]


class XRayCollimatorMacro(DicomModel):
    """X-Ray Collimator Macro Attributes (PS3.3 Table C.8.19.6-12)."""

    dicom_name: ClassVar[str] = "X-Ray Collimator"
    dicom_table: ClassVar[str] = "table_C.8.19.6-12"

    CollimatorShapeSequence: Annotated[
        list[CollimatorShapeSequenceItem],
        Attribute(0x00189407, "SQ", "1", "1", name="Collimator Shape Sequence"),
    ]
    """Collimator Shape Sequence (0018,9407): Type 1, VR SQ, VM 1. A Sequence that describes the collimator shape. Only a single Item shall be included in this Sequence."""
