"""Enumerated Values and Defined Terms of DVH Volume Units.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DVHVolumeUnitsTerm as DVHVolumeUnitsTerm

__all__ = ["DVHVolumeUnitsTerm"]
