"""Item class StructuredDisplayTextBoxSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BoundingBoxTextHorizontalJustification as BoundingBoxTextHorizontalJustification,
)
from dicomodel.items import (
    StructuredDisplayTextBoxSequenceItem as StructuredDisplayTextBoxSequenceItem,
)

__all__ = ["BoundingBoxTextHorizontalJustification", "StructuredDisplayTextBoxSequenceItem"]
