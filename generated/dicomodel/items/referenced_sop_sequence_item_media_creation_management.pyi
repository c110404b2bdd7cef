"""Item class ReferencedSOPSequenceItemMediaCreationManagement.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ColorSpaceTerm as ColorSpaceTerm
from dicomodel.enums import PhotometricInterpretationTerm as PhotometricInterpretationTerm
from dicomodel.items import ImagePixelItemImageReference as IconImageSequenceItem
from dicomodel.items import (
    ReferencedSOPSequenceItemMediaCreationManagement as ReferencedSOPSequenceItemMediaCreationManagement,
)

__all__ = [
    "ColorSpaceTerm",
    "IconImageSequenceItem",
    "PhotometricInterpretationTerm",
    "ReferencedSOPSequenceItemMediaCreationManagement",
]
