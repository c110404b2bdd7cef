"""Enumerated Values and Defined Terms of Anchor Point Annotation Units.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AnchorPointAnnotationUnits as AnchorPointAnnotationUnits
from dicomodel.enums import AnchorPointAnnotationUnitsValue as AnchorPointAnnotationUnitsValue

__all__ = ["AnchorPointAnnotationUnits", "AnchorPointAnnotationUnitsValue"]
