"""Breast X-Ray Positioner Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.positioner_position_sequence_item_breast_x_ray_positioner import (
    PositionerPositionSequenceItemBreastXRayPositioner,
)
from dicomodel.model import Attribute, DicomModel


class BreastXRayPositionerMacro(DicomModel):
    """Breast X-Ray Positioner Macro Attributes (PS3.3 Table C.8.31.2-1)."""

    dicom_name: ClassVar[str] = "Breast X-Ray Positioner"
    dicom_table: ClassVar[str] = "table_C.8.31.2-1"

    PositionerPositionSequence: Annotated[
        list[PositionerPositionSequenceItemBreastXRayPositioner],
        Attribute(0x00189405, "SQ", "1", "1", name="Positioner Position Sequence"),
    ]
    """Positioner Position Sequence (0018,9405): Type 1, VR SQ, VM 1. A Sequence that describes the geometrical position of the positioner. Only a single Item shall be included in this Sequence."""
