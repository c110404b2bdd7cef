"""Item class FillStyleSequenceItemGraphicAnnotation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FillMode as FillMode
from dicomodel.items import (
    FillStyleSequenceItemGraphicAnnotation as FillStyleSequenceItemGraphicAnnotation,
)

__all__ = ["FillMode", "FillStyleSequenceItemGraphicAnnotation"]
