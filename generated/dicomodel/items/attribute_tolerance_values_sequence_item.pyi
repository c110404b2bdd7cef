"""Item class AttributeToleranceValuesSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    AttributeToleranceValuesSequenceItem as AttributeToleranceValuesSequenceItem,
)

__all__ = ["AttributeToleranceValuesSequenceItem"]
