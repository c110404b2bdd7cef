"""Enumerated Values and Defined Terms of Reason for the Attribute Modification.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import (
    ReasonForTheAttributeModificationTerm as ReasonForTheAttributeModificationTerm,
)

__all__ = ["ReasonForTheAttributeModificationTerm"]
