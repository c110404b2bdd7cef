"""Enumerated Values and Defined Terms of RT Plan Relationship.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import RTPlanRelationshipTerm as RTPlanRelationshipTerm

__all__ = ["RTPlanRelationshipTerm"]
