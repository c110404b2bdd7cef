"""Surface Mesh Module Attributes.

Generated from DICOM 2024c; do not edit.
"""

from __future__ import annotations

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.surface_sequence_item import SurfaceSequenceItem
from dicomodel.model import Attribute, DicomModel


class SurfaceMeshModule(DicomModel):
    """Surface Mesh Module Attributes (PS3.3 Table C.27-1)."""

    dicom_name: ClassVar[str] = "Surface Mesh"
    dicom_table: ClassVar[str] = "table_C.27-1"

    NumberOfSurfaces: Annotated[
        vr.UL, Attribute(0x00660001, "UL", "1", "1", name="Number of Surfaces")
    ]
    """Number of Surfaces (0066,0001): Type 1, VR UL, VM 1. Number of surfaces contained in the Instance. Shall be 1 or more. Shall be the same as the number of Items in Surface Sequence (0066,0002)."""

    SurfaceSequence: Annotated[
        list[SurfaceSequenceItem], Attribute(0x00660002, "SQ", "1", "1", name="Surface Sequence")
    ]
    """Surface Sequence (0066,0002): Type 1, VR SQ, VM 1. The surfaces that are described within the data. One or more Items shall be included in this Sequence. There shall be Number of Surfaces (0066,0001) Items in the Sequence. See Section C.27.1.1.1."""
