"""Item class XDSRetrievalSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.items import XDSRetrievalSequenceItem as XDSRetrievalSequenceItem

__all__ = ["XDSRetrievalSequenceItem"]
