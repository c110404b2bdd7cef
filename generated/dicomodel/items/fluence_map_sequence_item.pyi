"""Item class FluenceMapSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import FluenceDataSource as FluenceDataSource
from dicomodel.items import FluenceMapSequenceItem as FluenceMapSequenceItem

__all__ = ["FluenceDataSource", "FluenceMapSequenceItem"]
