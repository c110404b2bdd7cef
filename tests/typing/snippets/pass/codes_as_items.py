"""A sequence of coded items takes a ``Code`` as an item, and reads back items."""

from __future__ import annotations

from dicomodel import codes
from dicomodel.iods import CTImage
from dicomodel.items import AnatomicRegionSequenceItem, CodeSequenceItem


def tag_chest(image: CTImage) -> str:
    image.AnatomicRegionSequence = [codes.cid4031.Chest]
    regions: list[AnatomicRegionSequenceItem] = [
        AnatomicRegionSequenceItem.from_code(codes.cid4031.Chest)
    ]
    image.AnatomicRegionSequence = regions  # a list of items still fits
    image.AnatomicRegionSequence = None  # Type 3
    found = image.AnatomicRegionSequence
    if found:
        meaning: str = found[0].CodeMeaning
        return meaning
    return ""


def build() -> CodeSequenceItem:
    return CodeSequenceItem(CodeMeaning="Chest", EquivalentCodeSequence=[codes.cid4031.Chest])
