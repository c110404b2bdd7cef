"""Enumerated Values and Defined Terms of Contact Method.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ContactMethod as ContactMethod
from dicomodel.enums import ContactMethodValue as ContactMethodValue

__all__ = ["ContactMethod", "ContactMethodValue"]
