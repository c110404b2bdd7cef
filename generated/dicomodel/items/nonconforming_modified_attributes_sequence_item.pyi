"""Item class NonconformingModifiedAttributesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    NonconformingModifiedAttributesSequenceItem as NonconformingModifiedAttributesSequenceItem,
)

__all__ = ["NonconformingModifiedAttributesSequenceItem"]
