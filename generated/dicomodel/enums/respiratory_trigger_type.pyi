"""Enumerated Values and Defined Terms of Respiratory Trigger Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RespiratoryTriggerTypeTerm as RespiratoryTriggerTypeTerm

__all__ = ["RespiratoryTriggerTypeTerm"]
