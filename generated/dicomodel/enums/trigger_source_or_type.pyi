"""Enumerated Values and Defined Terms of Trigger Source or Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TriggerSourceOrTypeTerm as TriggerSourceOrTypeTerm

__all__ = ["TriggerSourceOrTypeTerm"]
