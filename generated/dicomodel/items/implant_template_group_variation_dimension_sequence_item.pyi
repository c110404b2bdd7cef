"""Item class ImplantTemplateGroupVariationDimensionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ImplantTemplateGroupVariationDimensionRankSequenceItem as ImplantTemplateGroupVariationDimensionRankSequenceItem,
)
from dicomodel.items import (
    ImplantTemplateGroupVariationDimensionSequenceItem as ImplantTemplateGroupVariationDimensionSequenceItem,
)

__all__ = [
    "ImplantTemplateGroupVariationDimensionRankSequenceItem",
    "ImplantTemplateGroupVariationDimensionSequenceItem",
]
