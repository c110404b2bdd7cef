"""Item class ImplantTemplateGroupVariationDimensionRankSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ImplantTemplateGroupVariationDimensionRankSequenceItem",
]


class ImplantTemplateGroupVariationDimensionRankSequenceItem(DicomModel):
    """An item of Implant Template Group Variation Dimension Rank Sequence (0078,00B4), as first defined in Implant Template Group Module Attributes (C.29.3-1)."""

    dicom_name: ClassVar[str] = "Implant Template Group Variation Dimension Rank Sequence"
    dicom_table: ClassVar[str] = "table_C.29.3-1"

    ReferencedImplantTemplateGroupMemberID: Annotated[
        vr.US,
        Attribute(0x007800B6, "US", "1", "1", name="Referenced Implant Template Group Member ID"),
    ]
    """Referenced Implant Template Group Member ID (0078,00B6): Type 1, VR US, VM 1. Value of the Implant Template Group Member ID (0078,002E) present in the Implant Template Group Member Sequence (0078,002A) that contains the Implant Template Group Member Items. Shall be unique within the Sequence."""

    ImplantTemplateGroupVariationDimensionRank: Annotated[
        vr.US,
        Attribute(
            0x007800B8, "US", "1", "1", name="Implant Template Group Variation Dimension Rank"
        ),
    ]
    """Implant Template Group Variation Dimension Rank (0078,00B8): Type 1, VR US, VM 1. The rank of this Implant Template in the Variation Dimension. In one Implant Template Group Variation Dimension Rank Sequence there may be more than one Implant Templates with the same rank."""
