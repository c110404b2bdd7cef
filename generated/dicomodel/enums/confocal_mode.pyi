"""Enumerated Values and Defined Terms of Confocal Mode.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ConfocalMode as ConfocalMode
from dicomodel.enums import ConfocalModeValue as ConfocalModeValue

__all__ = ["ConfocalMode", "ConfocalModeValue"]
