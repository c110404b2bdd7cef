"""Enumerated Values and Defined Terms of Optotype Presentation.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import OptotypePresentation as OptotypePresentation
from dicomodel.enums import OptotypePresentationValue as OptotypePresentationValue

__all__ = ["OptotypePresentation", "OptotypePresentationValue"]
