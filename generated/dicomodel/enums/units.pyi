"""Enumerated Values and Defined Terms of Units.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import UnitsTerm as UnitsTerm

__all__ = ["UnitsTerm"]
