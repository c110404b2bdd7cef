"""Item class GeneralMachineVerificationSequenceItem.

Generated from DICOM 2024c; do not edit."""

from dicomodel.enums import ApplicatorType as ApplicatorType
from dicomodel.enums import FixationDeviceType as FixationDeviceType
from dicomodel.enums import RadiationType as RadiationType
from dicomodel.enums import RTBeamLimitingDeviceType as RTBeamLimitingDeviceType
from dicomodel.items import (
    ApplicatorSequenceItemRTGeneralMachineVerification as ApplicatorSequenceItem,
)
from dicomodel.items import (
    BeamLimitingDeviceLeafPairsSequenceItemRTGeneralMachineVerification as BeamLimitingDeviceLeafPairsSequenceItem,
)
from dicomodel.items import (
    FixationDeviceSequenceItemRTGeneralMachineVerification as FixationDeviceSequenceItem,
)
from dicomodel.items import (
    GeneralMachineVerificationSequenceItem as GeneralMachineVerificationSequenceItem,
)
from dicomodel.items import (
    PatientSetupSequenceItemRTGeneralMachineVerification as PatientSetupSequenceItem,
)
from dicomodel.items import (
    RecordedBlockSequenceItemRTGeneralMachineVerification as RecordedBlockSequenceItem,
)
from dicomodel.items import (
    RecordedCompensatorSequenceItemRTGeneralMachineVerification as RecordedCompensatorSequenceItem,
)
from dicomodel.items import (
    RecordedWedgeSequenceItemRTGeneralMachineVerification as RecordedWedgeSequenceItem,
)
from dicomodel.items import (
    ReferencedBolusSequenceItemRTGeneralMachineVerification as ReferencedBolusSequenceItem,
)

__all__ = [
    "ApplicatorSequenceItem",
    "ApplicatorType",
    "BeamLimitingDeviceLeafPairsSequenceItem",
    "FixationDeviceSequenceItem",
    "FixationDeviceType",
    "GeneralMachineVerificationSequenceItem",
    "PatientSetupSequenceItem",
    "RTBeamLimitingDeviceType",
    "RadiationType",
    "RecordedBlockSequenceItem",
    "RecordedCompensatorSequenceItem",
    "RecordedWedgeSequenceItem",
    "ReferencedBolusSequenceItem",
]
