"""Enumerated Values and Defined Terms of ConfocalMode.

Generated from DICOM 2099a; do not edit."""

from dicomodel.enums import ConfocalMode as ConfocalMode
from dicomodel.enums import ConfocalModeValue as ConfocalModeValue

__all__ = ["ConfocalMode", "ConfocalModeValue"]
