"""MR FOV/Geometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mrfov_geometry_sequence_item import MRFOVGeometrySequenceItem
from dicomodel.model import Attribute, DicomModel


class MRFOVGeometryMacro(DicomModel):
    """MR FOV/Geometry Macro Attributes (PS3.3 Table C.8-90)."""

    dicom_name: ClassVar[str] = "MR FOV/Geometry"
    dicom_table: ClassVar[str] = "table_C.8-90"

    MRFOVGeometrySequence: Annotated[
        list[MRFOVGeometrySequenceItem],
        Attribute(0x00189125, "SQ", "1", "1", name="MR FOV/Geometry Sequence"),
    ]
    """MR FOV/Geometry Sequence (0018,9125): Type 1, VR SQ, VM 1. Identifies the geometry parameters of this frame. Only a single Item shall be included in this Sequence."""
