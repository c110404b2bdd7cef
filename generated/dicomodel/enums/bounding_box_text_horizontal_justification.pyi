"""Enumerated Values and Defined Terms of Bounding Box Text Horizontal Justification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    BoundingBoxTextHorizontalJustification as BoundingBoxTextHorizontalJustification,
)
from dicomodel.enums import (
    BoundingBoxTextHorizontalJustificationValue as BoundingBoxTextHorizontalJustificationValue,
)

__all__ = ["BoundingBoxTextHorizontalJustification", "BoundingBoxTextHorizontalJustificationValue"]
