"""Enumerated Values and Defined Terms of Requested Image Size Flag.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RequestedImageSizeFlag as RequestedImageSizeFlag
from dicomodel.enums import RequestedImageSizeFlagValue as RequestedImageSizeFlagValue

__all__ = ["RequestedImageSizeFlag", "RequestedImageSizeFlagValue"]
