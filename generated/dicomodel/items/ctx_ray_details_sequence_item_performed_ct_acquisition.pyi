"""Item class CTXRayDetailsSequenceItemPerformedCTAcquisition.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import AutoKVPSelectionTypeTerm as AutoKVPSelectionTypeTerm
from dicomodel.enums import CardiacBeatRejectionTechniqueTerm as CardiacBeatRejectionTechniqueTerm
from dicomodel.enums import CardiacFramingTypeTerm as CardiacFramingTypeTerm
from dicomodel.enums import CardiacSignalSourceTermPerformedCTAcquisition as CardiacSignalSourceTerm
from dicomodel.enums import CardiacSynchronizationTechnique as CardiacSynchronizationTechnique
from dicomodel.enums import FilterTypeTermPerformedCTAcquisition as FilterTypeTerm
from dicomodel.enums import (
    RespiratoryMotionCompensationTechniqueTermPerformedCTAcquisition as RespiratoryMotionCompensationTechniqueTerm,
)
from dicomodel.enums import (
    RespiratorySignalSourceTermPerformedCTAcquisition as RespiratorySignalSourceTerm,
)
from dicomodel.enums import RespiratoryTriggerTypeTerm as RespiratoryTriggerTypeTerm
from dicomodel.items import (
    CTXRayDetailsSequenceItemPerformedCTAcquisition as CTXRayDetailsSequenceItemPerformedCTAcquisition,
)

__all__ = [
    "AutoKVPSelectionTypeTerm",
    "CTXRayDetailsSequenceItemPerformedCTAcquisition",
    "CardiacBeatRejectionTechniqueTerm",
    "CardiacFramingTypeTerm",
    "CardiacSignalSourceTerm",
    "CardiacSynchronizationTechnique",
    "FilterTypeTerm",
    "RespiratoryMotionCompensationTechniqueTerm",
    "RespiratorySignalSourceTerm",
    "RespiratoryTriggerTypeTerm",
]
