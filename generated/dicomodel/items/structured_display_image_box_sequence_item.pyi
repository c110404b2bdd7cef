"""Item class StructuredDisplayImageBoxSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DisplaySetHorizontalJustification as DisplaySetHorizontalJustification
from dicomodel.enums import DisplaySetVerticalJustification as DisplaySetVerticalJustification
from dicomodel.enums import ImageBoxLayoutTypeTerm as ImageBoxLayoutTypeTerm
from dicomodel.enums import InitialCineRunStateTerm as InitialCineRunStateTerm
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedFirstFrameSequenceItem
from dicomodel.items import (
    ReferencedImageSequenceItemStructuredDisplayImageBox as ReferencedImageSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedInstanceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPresentationStateSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStereometricInstanceSequenceItem
from dicomodel.items import (
    StructuredDisplayImageBoxSequenceItem as StructuredDisplayImageBoxSequenceItem,
)

__all__ = [
    "DisplaySetHorizontalJustification",
    "DisplaySetVerticalJustification",
    "ImageBoxLayoutTypeTerm",
    "InitialCineRunStateTerm",
    "ReferencedFirstFrameSequenceItem",
    "ReferencedImageSequenceItem",
    "ReferencedInstanceSequenceItem",
    "ReferencedPresentationStateSequenceItem",
    "ReferencedStereometricInstanceSequenceItem",
    "StructuredDisplayImageBoxSequenceItem",
]
