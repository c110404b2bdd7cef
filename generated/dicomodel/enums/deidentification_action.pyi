"""Enumerated Values and Defined Terms of Deidentification Action.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DeidentificationAction as DeidentificationAction
from dicomodel.enums import DeidentificationActionValue as DeidentificationActionValue

__all__ = ["DeidentificationAction", "DeidentificationActionValue"]
