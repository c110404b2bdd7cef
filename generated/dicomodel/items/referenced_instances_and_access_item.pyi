"""Item class ReferencedInstancesAndAccessItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TypeOfInstancesTerm as TypeOfInstancesTerm
from dicomodel.items import DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem
from dicomodel.items import DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem
from dicomodel.items import ReferencedInstancesAndAccessItem as ReferencedInstancesAndAccessItem
from dicomodel.items import (
    ReferencedSOPSequenceItemReferencedInstancesAndAccess as ReferencedSOPSequenceItem,
)
from dicomodel.items import WADORetrievalSequenceItem as WADORetrievalSequenceItem
from dicomodel.items import WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSRetrievalSequenceItem

__all__ = [
    "DICOMMediaRetrievalSequenceItem",
    "DICOMRetrievalSequenceItem",
    "ReferencedInstancesAndAccessItem",
    "ReferencedSOPSequenceItem",
    "TypeOfInstancesTerm",
    "WADORSRetrievalSequenceItem",
    "WADORetrievalSequenceItem",
    "XDSRetrievalSequenceItem",
]
