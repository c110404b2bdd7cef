"""Item class BasicGrayscaleImageSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import PhotometricInterpretationCRImage as PhotometricInterpretation
from dicomodel.items import BasicGrayscaleImageSequenceItem as BasicGrayscaleImageSequenceItem

__all__ = ["BasicGrayscaleImageSequenceItem", "PhotometricInterpretation"]
