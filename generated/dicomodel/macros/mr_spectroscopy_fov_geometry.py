"""MR Spectroscopy FOV/Geometry Macro Attributes.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.mr_spectroscopy_fov_geometry_sequence_item import (
    MRSpectroscopyFOVGeometrySequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "MRSpectroscopyFOVGeometryMacro",
    "MRSpectroscopyFOVGeometrySequenceItem",
]


class MRSpectroscopyFOVGeometryMacro(DicomModel):
    """MR Spectroscopy FOV/Geometry Macro Attributes (PS3.3 Table C.8-105)."""

    dicom_name: ClassVar[str] = "MR Spectroscopy FOV/Geometry"
    dicom_table: ClassVar[str] = "table_C.8-105"

    MRSpectroscopyFOVGeometrySequence: Annotated[
        list[MRSpectroscopyFOVGeometrySequenceItem],
        Attribute(0x00189103, "SQ", "1", "1", name="MR Spectroscopy FOV/Geometry Sequence"),
    ]
    """MR Spectroscopy FOV/Geometry Sequence (0018,9103): Type 1, VR SQ, VM 1. Identifies the geometry parameters of this frame. Only a single Item shall be included in this Sequence."""
