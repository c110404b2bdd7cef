"""CID 800 Protocol Assertion.

Extensible, version 20160626, UID 1.2.840.10008.6.1.1176.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 800
NAME: _Final[str] = "Protocol Assertion"
KEYWORD: _Final[str | None] = "ProtocolAssertion"
UID: _Final[str | None] = "1.2.840.10008.6.1.1176"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20160626"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

AppropriateForTheIndications: _Final[_Code] = _Code(
    "DCM", "128601", "Appropriate for the indications", (800,)
)
"""Appropriate for the indications (DCM 128601)."""

InappropriateForTheIndications: _Final[_Code] = _Code(
    "DCM", "128621", "Inappropriate for the indications", (800,)
)
"""Inappropriate for the indications (DCM 128621)."""

ConsistentWithLabelingOfTheDevice: _Final[_Code] = _Code(
    "DCM", "128602", "Consistent with labeling of the device", (800,)
)
"""Consistent with labeling of the device (DCM 128602)."""

InconsistentWithLabelingOfTheDevice: _Final[_Code] = _Code(
    "DCM", "128622", "Inconsistent with labeling of the device", (800,)
)
"""Inconsistent with labeling of the device (DCM 128622)."""

ApprovedForUseAtTheInstitution: _Final[_Code] = _Code(
    "DCM", "128603", "Approved for use at the institution", (800,)
)
"""Approved for use at the institution (DCM 128603)."""

DisapprovedForUseAtTheInstitution: _Final[_Code] = _Code(
    "DCM", "128623", "Disapproved for use at the institution", (800,)
)
"""Disapproved for use at the institution (DCM 128623)."""

ApprovedForUseInTheClinicalTrial: _Final[_Code] = _Code(
    "DCM", "128604", "Approved for use in the clinical trial", (800,)
)
"""Approved for use in the clinical trial (DCM 128604)."""

DisapprovedForUseInTheClinicalTrial: _Final[_Code] = _Code(
    "DCM", "128624", "Disapproved for use in the clinical trial", (800,)
)
"""Disapproved for use in the clinical trial (DCM 128624)."""

ApprovedForExperimentalUse: _Final[_Code] = _Code(
    "DCM", "128611", "Approved for experimental use", (800,)
)
"""Approved for experimental use (DCM 128611)."""

DisapprovedForExperimentalUse: _Final[_Code] = _Code(
    "DCM", "128612", "Disapproved for experimental use", (800,)
)
"""Disapproved for experimental use (DCM 128612)."""

ApprovedForUseOnPregnantPatients: _Final[_Code] = _Code(
    "DCM", "128605", "Approved for use on pregnant patients", (800,)
)
"""Approved for use on pregnant patients (DCM 128605)."""

DisapprovedForUseOnPregnantPatients: _Final[_Code] = _Code(
    "DCM", "128617", "Disapproved for use on pregnant patients", (800,)
)
"""Disapproved for use on pregnant patients (DCM 128617)."""

DisapprovedForAnyUse: _Final[_Code] = _Code("DCM", "128609", "Disapproved for any use", (800,))
"""Disapproved for any use (DCM 128609)."""

EligibleForReimbursement: _Final[_Code] = _Code(
    "DCM", "128613", "Eligible for reimbursement", (800,)
)
"""Eligible for reimbursement (DCM 128613)."""

EligibleForReimbursementOnPerPatientBasis: _Final[_Code] = _Code(
    "DCM", "128614", "Eligible for reimbursement on per patient basis", (800,)
)
"""Eligible for reimbursement on per patient basis (DCM 128614)."""

IneligibleForReimbursement: _Final[_Code] = _Code(
    "DCM", "128615", "Ineligible for reimbursement", (800,)
)
"""Ineligible for reimbursement (DCM 128615)."""

AppropriateForTheDevice: _Final[_Code] = _Code(
    "DCM", "128606", "Appropriate for the device", (800,)
)
"""Appropriate for the device (DCM 128606)."""

InappropriateForTheDevice: _Final[_Code] = _Code(
    "DCM", "128618", "Inappropriate for the device", (800,)
)
"""Inappropriate for the device (DCM 128618)."""

InsideOperationalLimitsOfTheDevice: _Final[_Code] = _Code(
    "DCM", "128607", "Inside operational limits of the device", (800,)
)
"""Inside operational limits of the device (DCM 128607)."""

OutsideOperationalLimitsOfTheDevice: _Final[_Code] = _Code(
    "DCM", "128619", "Outside operational limits of the device", (800,)
)
"""Outside operational limits of the device (DCM 128619)."""

OptimizedForTheDeviceInstance: _Final[_Code] = _Code(
    "DCM", "128608", "Optimized for the device instance", (800,)
)
"""Optimized for the device instance (DCM 128608)."""

NotOptimizedForTheDeviceInstance: _Final[_Code] = _Code(
    "DCM", "128620", "Not optimized for the device instance", (800,)
)
"""Not optimized for the device instance (DCM 128620)."""

DeprecatedProtocol: _Final[_Code] = _Code("DCM", "128610", "Deprecated protocol", (800,))
"""Deprecated protocol (DCM 128610)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
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

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
