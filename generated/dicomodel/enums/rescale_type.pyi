"""Enumerated Values and Defined Terms of Rescale Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RescaleType as RescaleType
from dicomodel.enums import RescaleTypeTerm as RescaleTypeTerm
from dicomodel.enums import RescaleTypeTermSCMultiFrameImage as RescaleTypeTermSCMultiFrameImage
from dicomodel.enums import RescaleTypeValue as RescaleTypeValue

__all__ = ["RescaleType", "RescaleTypeTerm", "RescaleTypeTermSCMultiFrameImage", "RescaleTypeValue"]
