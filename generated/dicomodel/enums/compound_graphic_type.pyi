"""Enumerated Values and Defined Terms of Compound Graphic Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import CompoundGraphicTypeTerm as CompoundGraphicTypeTerm

__all__ = ["CompoundGraphicTypeTerm"]
