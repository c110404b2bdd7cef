"""Enumerated Values and Defined Terms of Manifold.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import Manifold as Manifold
from dicomodel.enums import ManifoldValue as ManifoldValue

__all__ = ["Manifold", "ManifoldValue"]
