"""Item class ImplantTemplateGroupVariationDimensionSequenceItem.

Generated from DICOM 2024c; do not edit.
"""

import importlib
from typing import TYPE_CHECKING, Any, ClassVar

from dicomodel import vr
from dicomodel.annotated import Annotated
from dicomodel.model import Attribute, DicomModel

if TYPE_CHECKING:
    from dicomodel.items.implant_template_group_variation_dimension_rank_sequence_item import (
        ImplantTemplateGroupVariationDimensionRankSequenceItem as _ImplantTemplateGroupVariationDimensionRankSequenceItem,
    )
else:
    from dicomodel.lazy import Lazy

    _ImplantTemplateGroupVariationDimensionRankSequenceItem = Lazy(
        "dicomodel.items.implant_template_group_variation_dimension_rank_sequence_item",
        "ImplantTemplateGroupVariationDimensionRankSequenceItem",
    )

if TYPE_CHECKING:
    from dicomodel.items.implant_template_group_variation_dimension_rank_sequence_item import (
        ImplantTemplateGroupVariationDimensionRankSequenceItem as ImplantTemplateGroupVariationDimensionRankSequenceItem,
    )

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
        list[_ImplantTemplateGroupVariationDimensionRankSequenceItem],
        Attribute(
            0x007800B4,
            "SQ",
            "1",
            "1",
            name="Implant Template Group Variation Dimension Rank Sequence",
        ),
    ]
    """Implant Template Group Variation Dimension Rank Sequence (0078,00B4): Type 1, VR SQ, VM 1. Order in which the implant group members are sorted according to this dimension. One or more Items shall be included in this Sequence."""


_EXPORTS: dict[str, tuple[str, str]] = {
    "ImplantTemplateGroupVariationDimensionRankSequenceItem": (
        "dicomodel.items.implant_template_group_variation_dimension_rank_sequence_item",
        "ImplantTemplateGroupVariationDimensionRankSequenceItem",
    ),
}


def __getattr__(name: str) -> Any:
    """The item classes and enums this file's fields use, by keyword name, loaded on use."""
    where = _EXPORTS.get(name)
    if where is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(where[0]), where[1])
    globals()[name] = value
    return value
