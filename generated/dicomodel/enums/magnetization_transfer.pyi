"""Enumerated Values and Defined Terms of Magnetization Transfer.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import MagnetizationTransfer as MagnetizationTransfer
from dicomodel.enums import MagnetizationTransferValue as MagnetizationTransferValue

__all__ = ["MagnetizationTransfer", "MagnetizationTransferValue"]
