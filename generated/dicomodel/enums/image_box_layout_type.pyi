"""Enumerated Values and Defined Terms of Image Box Layout Type.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ImageBoxLayoutTypeTerm as ImageBoxLayoutTypeTerm
from dicomodel.enums import (
    ImageBoxLayoutTypeTermHangingProtocolDisplay as ImageBoxLayoutTypeTermHangingProtocolDisplay,
)

__all__ = ["ImageBoxLayoutTypeTerm", "ImageBoxLayoutTypeTermHangingProtocolDisplay"]
