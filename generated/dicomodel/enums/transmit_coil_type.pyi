"""Enumerated Values and Defined Terms of Transmit Coil Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TransmitCoilTypeTerm as TransmitCoilTypeTerm

__all__ = ["TransmitCoilTypeTerm"]
