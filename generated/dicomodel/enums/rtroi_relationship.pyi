"""Enumerated Values and Defined Terms of RT ROI Relationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTROIRelationshipTerm as RTROIRelationshipTerm

__all__ = ["RTROIRelationshipTerm"]
