"""Enumerated Values and Defined Terms of ASL Context.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ASLContext as ASLContext
from dicomodel.enums import ASLContextValue as ASLContextValue

__all__ = ["ASLContext", "ASLContextValue"]
