"""Item class RealTimeBulkDataFlowSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import FlowIdentifierSequenceItem as FlowIdentifierSequenceItem
from dicomodel.items import RealTimeBulkDataFlowSequenceItem as RealTimeBulkDataFlowSequenceItem

__all__ = ["FlowIdentifierSequenceItem", "RealTimeBulkDataFlowSequenceItem"]
