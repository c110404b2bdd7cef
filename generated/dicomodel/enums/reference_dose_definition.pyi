"""Enumerated Values and Defined Terms of Reference Dose Definition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ReferenceDoseDefinitionTerm as ReferenceDoseDefinitionTerm

__all__ = ["ReferenceDoseDefinitionTerm"]
