"""Enumerated Values and Defined Terms of Query/Retrieve Level.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import QueryRetrieveLevel as QueryRetrieveLevel
from dicomodel.enums import QueryRetrieveLevelValue as QueryRetrieveLevelValue

__all__ = ["QueryRetrieveLevel", "QueryRetrieveLevelValue"]
