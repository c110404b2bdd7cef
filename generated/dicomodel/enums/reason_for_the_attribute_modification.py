"""Enumerated Values and Defined Terms of Reason for the Attribute Modification.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "ReasonForTheAttributeModificationTerm",
]


class ReasonForTheAttributeModificationTerm(StrEnum):
    """Defined Terms of Reason for the Attribute Modification (0400,0565) in Original Attributes Macro Attributes (C.12.1.1.9-1)."""

    COERCE = "COERCE"
    """Replace, add or remove values of Attributes such as Patient Name, ID, Accession Number, for example, during import of media from an external institution, or reconciliation against a master patient index."""
    CORRECT = "CORRECT"
    """Replace or remove incorrect values, or add correct values, such as Patient Name or ID, for example, when incorrect worklist item was chosen or operator input error."""
    CONVERT = "CONVERT"
    """Replace, add, or remove values of Attributes during a conversion, for example, of private DICOM objects to a standard SOP Class."""
