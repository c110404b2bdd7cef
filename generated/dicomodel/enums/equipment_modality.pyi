"""Enumerated Values and Defined Terms of Equipment Modality.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import EquipmentModalityTerm as EquipmentModalityTerm

__all__ = ["EquipmentModalityTerm"]
