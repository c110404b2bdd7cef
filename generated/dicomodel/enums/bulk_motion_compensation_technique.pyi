"""Enumerated Values and Defined Terms of Bulk Motion Compensation Technique.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BulkMotionCompensationTechniqueTerm as BulkMotionCompensationTechniqueTerm,
)

__all__ = ["BulkMotionCompensationTechniqueTerm"]
