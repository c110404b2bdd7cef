"""Item class GraphicGroupSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "GraphicGroupSequenceItem",
]


class GraphicGroupSequenceItem(DicomModel):
    """An item of Graphic Group Sequence (0070,0234), as first defined in Graphic Group Module Attributes (C.10-12)."""

    dicom_name: ClassVar[str] = "Graphic Group Sequence"
    dicom_table: ClassVar[str] = "table_C.10-12"

    GraphicGroupID: Annotated[vr.UL, Attribute(0x00700295, "UL", "1", "1", name="Graphic Group ID")]
    """Graphic Group ID (0070,0295): Type 1, VR UL, VM 1. A unique number identifying the Graphic Group, i.e., the combined graphic object."""

    GraphicGroupLabel: Annotated[
        vr.LO, Attribute(0x00700207, "LO", "1", "1", name="Graphic Group Label")
    ]
    """Graphic Group Label (0070,0207): Type 1, VR LO, VM 1. Name used to identify the Graphic Group, i.e., the combined graphic object."""

    GraphicGroupDescription: Annotated[
        vr.ST | None, Attribute(0x00700208, "ST", "1", "3", name="Graphic Group Description")
    ] = None
    """Graphic Group Description (0070,0208): Type 3, VR ST, VM 1. Description of the group."""
