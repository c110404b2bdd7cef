"""Item class GeneralAccessorySequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import GeneralAccessoryTypeTerm as GeneralAccessoryTypeTerm
from dicomodel.items import GeneralAccessorySequenceItem as GeneralAccessorySequenceItem

__all__ = ["GeneralAccessorySequenceItem", "GeneralAccessoryTypeTerm"]
