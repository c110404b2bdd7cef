"""Enumerated Values and Defined Terms of Query/Retrieve View.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import QueryRetrieveView as QueryRetrieveView
from dicomodel.enums import QueryRetrieveViewValue as QueryRetrieveViewValue

__all__ = ["QueryRetrieveView", "QueryRetrieveViewValue"]
