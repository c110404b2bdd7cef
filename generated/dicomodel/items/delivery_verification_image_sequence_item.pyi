"""Item class DeliveryVerificationImageSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import DoubleExposureFlag as DoubleExposureFlag
from dicomodel.enums import DoubleExposureOrderingTerm as DoubleExposureOrderingTerm
from dicomodel.enums import VerificationImageTiming as VerificationImageTiming
from dicomodel.items import (
    DeliveryVerificationImageSequenceItem as DeliveryVerificationImageSequenceItem,
)
from dicomodel.items import SOPInstanceReferenceItem as RelatedReferenceRTImageSequenceItem

__all__ = [
    "DeliveryVerificationImageSequenceItem",
    "DoubleExposureFlag",
    "DoubleExposureOrderingTerm",
    "RelatedReferenceRTImageSequenceItem",
    "VerificationImageTiming",
]
