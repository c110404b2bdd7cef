"""Item class HPGLPenSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import HPGLPenSequenceItem as HPGLPenSequenceItem

__all__ = ["HPGLPenSequenceItem"]
