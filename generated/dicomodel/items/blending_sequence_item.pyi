"""Item class BlendingSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BlendingPosition as BlendingPosition
from dicomodel.enums import RescaleTypeTerm as RescaleTypeTerm
from dicomodel.enums import VOILUTFunctionTerm as VOILUTFunctionTerm
from dicomodel.items import BlendingSequenceItem as BlendingSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import (
    ModalityLUTSequenceItemPresentationStateBlending as ModalityLUTSequenceItem,
)
from dicomodel.items import (
    ReferencedSeriesSequenceItemPresentationStateRelationship as ReferencedSeriesSequenceItem,
)
from dicomodel.items import SoftcopyVOILUTSequenceItem as SoftcopyVOILUTSequenceItem
from dicomodel.items import VOILUTSequenceItem as VOILUTSequenceItem

__all__ = [
    "BlendingPosition",
    "BlendingSequenceItem",
    "ModalityLUTSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedSeriesSequenceItem",
    "RescaleTypeTerm",
    "SoftcopyVOILUTSequenceItem",
    "VOILUTFunctionTerm",
    "VOILUTSequenceItem",
]
