"""Item class VariableModalityLUTSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RescaleTypeTerm as RescaleTypeTerm
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedImageSequenceItem
from dicomodel.items import ModalityLUTSequenceItem as ModalityLUTSequenceItem
from dicomodel.items import VariableModalityLUTSequenceItem as VariableModalityLUTSequenceItem

__all__ = [
    "ModalityLUTSequenceItem",
    "ReferencedImageSequenceItem",
    "RescaleTypeTerm",
    "VariableModalityLUTSequenceItem",
]
