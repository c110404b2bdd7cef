"""Enumerated Values and Defined Terms of Receive Coil Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReceiveCoilTypeTerm as ReceiveCoilTypeTerm

__all__ = ["ReceiveCoilTypeTerm"]
