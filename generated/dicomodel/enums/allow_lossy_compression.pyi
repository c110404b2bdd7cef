"""Enumerated Values and Defined Terms of Allow Lossy Compression.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AllowLossyCompression as AllowLossyCompression
from dicomodel.enums import AllowLossyCompressionValue as AllowLossyCompressionValue

__all__ = ["AllowLossyCompression", "AllowLossyCompressionValue"]
