"""Item class PrivateDataElementDefinitionSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    PrivateDataElementDefinitionSequenceItem as PrivateDataElementDefinitionSequenceItem,
)

__all__ = ["PrivateDataElementDefinitionSequenceItem"]
