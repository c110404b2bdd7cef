"""Enumerated Values and Defined Terms of Transducer Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TransducerTypeTerm as TransducerTypeTerm

__all__ = ["TransducerTypeTerm"]
