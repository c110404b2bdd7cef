"""Enumerated Values and Defined Terms of Requested Resolution ID.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RequestedResolutionIDTerm as RequestedResolutionIDTerm

__all__ = ["RequestedResolutionIDTerm"]
