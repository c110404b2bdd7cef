"""Enumerated Values and Defined Terms of Lossy Image Compression.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import LossyImageCompression as LossyImageCompression
from dicomodel.enums import LossyImageCompressionValue as LossyImageCompressionValue

__all__ = ["LossyImageCompression", "LossyImageCompressionValue"]
