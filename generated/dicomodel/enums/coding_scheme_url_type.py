"""Enumerated Values and Defined Terms of Coding Scheme URL Type.

Generated from DICOM 2024c; do not edit.
"""

from enum import StrEnum

__all__ = [
    "CodingSchemeURLTypeTerm",
]


class CodingSchemeURLTypeTerm(StrEnum):
    """Defined Terms of Coding Scheme URL Type (0008,010A) in SOP Common Module Attributes (C.12-1)."""

    DOC = "DOC"
    """The resource is human-readable information describing the coding scheme."""
    OWL = "OWL"
    """The resource contains an OWL file that contains a representation of the coding scheme."""
    CSV = "CSV"
    """The resource contains a comma separated value text file that contains a representation of the coding scheme."""
    FHIR = "FHIR"
    """The resource is a FHIR CodingScheme, e.g., as would be referred to in the Coding.system element of a FHIR Coding resource."""
