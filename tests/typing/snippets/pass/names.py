"""Every class a user needs is found by keyword, from the package or the IOD's module."""

from __future__ import annotations

from dicomodel import codes
from dicomodel.iods import SegmentationFunctionalGroupsItem
from dicomodel.iods.segmentation import (
    PhotometricInterpretation,
    SegmentedPropertyCategoryCodeSequenceItem,
    SegmentSequenceItem,
)
from dicomodel.items import (
    CodeSequenceItem,
    ConceptNameCodeSequenceItem,
    IlluminationTypeCodeSequenceItem,
)


def amygdala() -> CodeSequenceItem:
    return CodeSequenceItem.from_code(codes.cid7153.Amygdala)


def category() -> SegmentedPropertyCategoryCodeSequenceItem:
    return SegmentedPropertyCategoryCodeSequenceItem.from_code(codes.SCT.Tissue)


def concept() -> tuple[ConceptNameCodeSequenceItem, IlluminationTypeCodeSequenceItem]:
    return ConceptNameCodeSequenceItem.from_code(
        codes.DCM.ConfocalMicroscopy
    ), IlluminationTypeCodeSequenceItem.from_code(codes.DCM.ConfocalMicroscopy)


def segment(item: SegmentSequenceItem) -> str:
    return str(item.SegmentLabel)


def frames(item: SegmentationFunctionalGroupsItem) -> object:
    return item.PixelMeasuresSequence


def photometric() -> PhotometricInterpretation:
    return PhotometricInterpretation.MONOCHROME2
