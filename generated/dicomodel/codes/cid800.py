"""CID 800 Protocol Assertion.

Extensible, version 20160626, UID 1.2.840.10008.6.1.1176.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 800
NAME: Final[str] = "Protocol Assertion"
KEYWORD: Final[str | None] = "ProtocolAssertion"
UID: Final[str | None] = "1.2.840.10008.6.1.1176"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20160626"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

AppropriateForTheIndications: Final[Code] = Code(
    "DCM", "128601", "Appropriate for the indications", (800,)
)
"""Appropriate for the indications (DCM 128601)."""

InappropriateForTheIndications: Final[Code] = Code(
    "DCM", "128621", "Inappropriate for the indications", (800,)
)
"""Inappropriate for the indications (DCM 128621)."""

ConsistentWithLabelingOfTheDevice: Final[Code] = Code(
    "DCM", "128602", "Consistent with labeling of the device", (800,)
)
"""Consistent with labeling of the device (DCM 128602)."""

InconsistentWithLabelingOfTheDevice: Final[Code] = Code(
    "DCM", "128622", "Inconsistent with labeling of the device", (800,)
)
"""Inconsistent with labeling of the device (DCM 128622)."""

ApprovedForUseAtTheInstitution: Final[Code] = Code(
    "DCM", "128603", "Approved for use at the institution", (800,)
)
"""Approved for use at the institution (DCM 128603)."""

DisapprovedForUseAtTheInstitution: Final[Code] = Code(
    "DCM", "128623", "Disapproved for use at the institution", (800,)
)
"""Disapproved for use at the institution (DCM 128623)."""

ApprovedForUseInTheClinicalTrial: Final[Code] = Code(
    "DCM", "128604", "Approved for use in the clinical trial", (800,)
)
"""Approved for use in the clinical trial (DCM 128604)."""

DisapprovedForUseInTheClinicalTrial: Final[Code] = Code(
    "DCM", "128624", "Disapproved for use in the clinical trial", (800,)
)
"""Disapproved for use in the clinical trial (DCM 128624)."""

ApprovedForExperimentalUse: Final[Code] = Code(
    "DCM", "128611", "Approved for experimental use", (800,)
)
"""Approved for experimental use (DCM 128611)."""

DisapprovedForExperimentalUse: Final[Code] = Code(
    "DCM", "128612", "Disapproved for experimental use", (800,)
)
"""Disapproved for experimental use (DCM 128612)."""

ApprovedForUseOnPregnantPatients: Final[Code] = Code(
    "DCM", "128605", "Approved for use on pregnant patients", (800,)
)
"""Approved for use on pregnant patients (DCM 128605)."""

DisapprovedForUseOnPregnantPatients: Final[Code] = Code(
    "DCM", "128617", "Disapproved for use on pregnant patients", (800,)
)
"""Disapproved for use on pregnant patients (DCM 128617)."""

DisapprovedForAnyUse: Final[Code] = Code("DCM", "128609", "Disapproved for any use", (800,))
"""Disapproved for any use (DCM 128609)."""

EligibleForReimbursement: Final[Code] = Code("DCM", "128613", "Eligible for reimbursement", (800,))
"""Eligible for reimbursement (DCM 128613)."""

EligibleForReimbursementOnPerPatientBasis: Final[Code] = Code(
    "DCM", "128614", "Eligible for reimbursement on per patient basis", (800,)
)
"""Eligible for reimbursement on per patient basis (DCM 128614)."""

IneligibleForReimbursement: Final[Code] = Code(
    "DCM", "128615", "Ineligible for reimbursement", (800,)
)
"""Ineligible for reimbursement (DCM 128615)."""

AppropriateForTheDevice: Final[Code] = Code("DCM", "128606", "Appropriate for the device", (800,))
"""Appropriate for the device (DCM 128606)."""

InappropriateForTheDevice: Final[Code] = Code(
    "DCM", "128618", "Inappropriate for the device", (800,)
)
"""Inappropriate for the device (DCM 128618)."""

InsideOperationalLimitsOfTheDevice: Final[Code] = Code(
    "DCM", "128607", "Inside operational limits of the device", (800,)
)
"""Inside operational limits of the device (DCM 128607)."""

OutsideOperationalLimitsOfTheDevice: Final[Code] = Code(
    "DCM", "128619", "Outside operational limits of the device", (800,)
)
"""Outside operational limits of the device (DCM 128619)."""

OptimizedForTheDeviceInstance: Final[Code] = Code(
    "DCM", "128608", "Optimized for the device instance", (800,)
)
"""Optimized for the device instance (DCM 128608)."""

NotOptimizedForTheDeviceInstance: Final[Code] = Code(
    "DCM", "128620", "Not optimized for the device instance", (800,)
)
"""Not optimized for the device instance (DCM 128620)."""

DeprecatedProtocol: Final[Code] = Code("DCM", "128610", "Deprecated protocol", (800,))
"""Deprecated protocol (DCM 128610)."""

MEMBERS: Final[tuple[Code, ...]] = (
    AppropriateForTheIndications,
    InappropriateForTheIndications,
    ConsistentWithLabelingOfTheDevice,
    InconsistentWithLabelingOfTheDevice,
    ApprovedForUseAtTheInstitution,
    DisapprovedForUseAtTheInstitution,
    ApprovedForUseInTheClinicalTrial,
    DisapprovedForUseInTheClinicalTrial,
    ApprovedForExperimentalUse,
    DisapprovedForExperimentalUse,
    ApprovedForUseOnPregnantPatients,
    DisapprovedForUseOnPregnantPatients,
    DisapprovedForAnyUse,
    EligibleForReimbursement,
    EligibleForReimbursementOnPerPatientBasis,
    IneligibleForReimbursement,
    AppropriateForTheDevice,
    InappropriateForTheDevice,
    InsideOperationalLimitsOfTheDevice,
    OutsideOperationalLimitsOfTheDevice,
    OptimizedForTheDeviceInstance,
    NotOptimizedForTheDeviceInstance,
    DeprecatedProtocol,
)
"""The resolved membership: own members, then those of the included groups, in order."""
