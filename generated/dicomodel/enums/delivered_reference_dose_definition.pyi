"""Enumerated Values and Defined Terms of Delivered Reference Dose Definition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    DeliveredReferenceDoseDefinitionTerm as DeliveredReferenceDoseDefinitionTerm,
)

__all__ = ["DeliveredReferenceDoseDefinitionTerm"]
