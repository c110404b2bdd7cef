"""Item class GeneralAccessorySequenceItemEquipmentSpecification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import (
    GeneralAccessorySequenceItemEquipmentSpecification as GeneralAccessorySequenceItemEquipmentSpecification,
)

__all__ = ["GeneralAccessorySequenceItemEquipmentSpecification"]
