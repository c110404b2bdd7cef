"""Enumerated Values and Defined Terms of Cardiac Framing Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CardiacFramingTypeTerm as CardiacFramingTypeTerm

__all__ = ["CardiacFramingTypeTerm"]
