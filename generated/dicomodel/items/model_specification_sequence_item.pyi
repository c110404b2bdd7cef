"""Item class ModelSpecificationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    GeneralAccessorySequenceItemEquipmentSpecification as GeneralAccessorySequenceItem,
)
from dicomodel.items import ModelSpecificationSequenceItem as ModelSpecificationSequenceItem

__all__ = ["GeneralAccessorySequenceItem", "ModelSpecificationSequenceItem"]
