"""Item class BasicColorImageSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    PhotometricInterpretationImageBoxPixelPresentation as PhotometricInterpretation,
)
from dicomodel.items import BasicColorImageSequenceItem as BasicColorImageSequenceItem

__all__ = ["BasicColorImageSequenceItem", "PhotometricInterpretation"]
