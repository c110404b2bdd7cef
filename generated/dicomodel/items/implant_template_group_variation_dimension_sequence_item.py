"""Item class ImplantTemplateGroupVariationDimensionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

from typing import Annotated, ClassVar

from dicomodel import vr
from dicomodel.items.implant_template_group_variation_dimension_rank_sequence_item import (
    ImplantTemplateGroupVariationDimensionRankSequenceItem,
)
from dicomodel.model import Attribute, DicomModel

__all__ = [
    "ImplantTemplateGroupVariationDimensionRankSequenceItem",
    "ImplantTemplateGroupVariationDimensionSequenceItem",
]


class ImplantTemplateGroupVariationDimensionSequenceItem(DicomModel):
    """An item of Implant Template Group Variation Dimension Sequence (0078,00B0), as first defined in Implant Template Group Module Attributes (C.29.3-1)."""

    dicom_name: ClassVar[str] = "Implant Template Group Variation Dimension Sequence"
    dicom_table: ClassVar[str] = "table_C.29.3-1"

    ImplantTemplateGroupVariationDimensionName: Annotated[
        vr.LO,
        Attribute(
            0x007800B2, "LO", "1", "1", name="Implant Template Group Variation Dimension Name"
        ),
    ]
    """Implant Template Group Variation Dimension Name (0078,00B2): Type 1, VR LO, VM 1. Descriptive name of the variation dimension."""

    ImplantTemplateGroupVariationDimensionRankSequence: Annotated[
        list[ImplantTemplateGroupVariationDimensionRankSequenceItem],
        Attribute(
            0x007800B4,
            "SQ",
            "1",
            "1",
            name="Implant Template Group Variation Dimension Rank Sequence",
        ),
    ]
    """Implant Template Group Variation Dimension Rank Sequence (0078,00B4): Type 1, VR SQ, VM 1. Order in which the implant group members are sorted according to this dimension. One or more Items shall be included in this Sequence."""
