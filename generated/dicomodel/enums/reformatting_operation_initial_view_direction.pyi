"""Enumerated Values and Defined Terms of Reformatting Operation Initial View Direction.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    ReformattingOperationInitialViewDirectionTerm as ReformattingOperationInitialViewDirectionTerm,
)

__all__ = ["ReformattingOperationInitialViewDirectionTerm"]
