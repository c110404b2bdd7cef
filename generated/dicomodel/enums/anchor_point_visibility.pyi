"""Enumerated Values and Defined Terms of Anchor Point Visibility.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnchorPointVisibility as AnchorPointVisibility
from dicomodel.enums import AnchorPointVisibilityValue as AnchorPointVisibilityValue

__all__ = ["AnchorPointVisibility", "AnchorPointVisibilityValue"]
