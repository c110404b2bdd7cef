"""Item class ReferencedInstancesAndAccessItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import TypeOfInstancesTerm as TypeOfInstancesTerm
from dicomodel.enums import TypeOfInstancesTerm as _TypeOfInstancesTerm
from dicomodel.items import DICOMMediaRetrievalSequenceItem as DICOMMediaRetrievalSequenceItem
from dicomodel.items import DICOMMediaRetrievalSequenceItem as _DICOMMediaRetrievalSequenceItem
from dicomodel.items import DICOMRetrievalSequenceItem as DICOMRetrievalSequenceItem
from dicomodel.items import DICOMRetrievalSequenceItem as _DICOMRetrievalSequenceItem
from dicomodel.items import ReferencedInstancesAndAccessItem as ReferencedInstancesAndAccessItem
from dicomodel.items import (
    ReferencedSOPSequenceItemReferencedInstancesAndAccess as ReferencedSOPSequenceItem,
)
from dicomodel.items import (
    ReferencedSOPSequenceItemReferencedInstancesAndAccess as _ReferencedSOPSequenceItemReferencedInstancesAndAccess,
)
from dicomodel.items import WADORetrievalSequenceItem as WADORetrievalSequenceItem
from dicomodel.items import WADORetrievalSequenceItem as _WADORetrievalSequenceItem
from dicomodel.items import WADORSRetrievalSequenceItem as WADORSRetrievalSequenceItem
from dicomodel.items import WADORSRetrievalSequenceItem as _WADORSRetrievalSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as XDSRetrievalSequenceItem
from dicomodel.items import XDSRetrievalSequenceItem as _XDSRetrievalSequenceItem

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
