"""Enumerated Values and Defined Terms of Fluence Data Source.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FluenceDataSource as FluenceDataSource
from dicomodel.enums import FluenceDataSourceValue as FluenceDataSourceValue

__all__ = ["FluenceDataSource", "FluenceDataSourceValue"]
