"""Item class StructuredDisplayImageBoxSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DisplaySetHorizontalJustification as DisplaySetHorizontalJustification
from dicomodel.enums import (
    DisplaySetHorizontalJustificationValue as _DisplaySetHorizontalJustificationValue,
)
from dicomodel.enums import DisplaySetVerticalJustification as DisplaySetVerticalJustification
from dicomodel.enums import (
    DisplaySetVerticalJustificationValue as _DisplaySetVerticalJustificationValue,
)
from dicomodel.enums import ImageBoxLayoutTypeTerm as ImageBoxLayoutTypeTerm
from dicomodel.enums import ImageBoxLayoutTypeTerm as _ImageBoxLayoutTypeTerm
from dicomodel.enums import InitialCineRunStateTerm as InitialCineRunStateTerm
from dicomodel.enums import InitialCineRunStateTerm as _InitialCineRunStateTerm
from dicomodel.items import ImageSOPInstanceReferenceItem as ReferencedFirstFrameSequenceItem
from dicomodel.items import ImageSOPInstanceReferenceItem as _ImageSOPInstanceReferenceItem
from dicomodel.items import (
    ReferencedImageSequenceItemStructuredDisplayImageBox as ReferencedImageSequenceItem,
)
from dicomodel.items import (
    ReferencedImageSequenceItemStructuredDisplayImageBox as _ReferencedImageSequenceItemStructuredDisplayImageBox,
)
from dicomodel.items import SOPInstanceReferenceItem as ReferencedInstanceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedPresentationStateSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as ReferencedStereometricInstanceSequenceItem
from dicomodel.items import SOPInstanceReferenceItem as _SOPInstanceReferenceItem
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
