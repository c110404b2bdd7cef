"""Item class ImplantTemplateGroupVariationDimensionRankSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    ImplantTemplateGroupVariationDimensionRankSequenceItem as ImplantTemplateGroupVariationDimensionRankSequenceItem,
)

__all__ = ["ImplantTemplateGroupVariationDimensionRankSequenceItem"]
