"""Enumerated Values and Defined Terms of Bulk Motion Signal Source.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import BulkMotionSignalSourceTerm as BulkMotionSignalSourceTerm

__all__ = ["BulkMotionSignalSourceTerm"]
