"""Enumerated Values and Defined Terms of Tick Alignment.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TickAlignment as TickAlignment
from dicomodel.enums import TickAlignmentValue as TickAlignmentValue

__all__ = ["TickAlignment", "TickAlignmentValue"]
