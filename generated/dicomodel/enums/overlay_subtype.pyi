"""Enumerated Values and Defined Terms of Overlay Subtype.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OverlaySubtypeTerm as OverlaySubtypeTerm
from dicomodel.enums import OverlaySubtypeTermOverlayPlane as OverlaySubtypeTermOverlayPlane

__all__ = ["OverlaySubtypeTerm", "OverlaySubtypeTermOverlayPlane"]
