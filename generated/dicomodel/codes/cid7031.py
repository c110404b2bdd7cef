"""CID 7031 Reason for Removal from Operational Use.

Extensible, version 20220624, UID 1.2.840.10008.6.1.1446.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 7031
NAME: _Final[str] = "Reason for Removal from Operational Use"
KEYWORD: _Final[str | None] = "ReasonForRemovalFromOperationalUse"
UID: _Final[str | None] = "1.2.840.10008.6.1.1446"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20220624"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

RejectedForQualityReasons: _Final[_Code] = _Code(
    "DCM", "113001", "Rejected for Quality Reasons", (7010, 7031)
)
"""Rejected for Quality Reasons (DCM 113001)."""

RejectedForPatientSafetyReasons: _Final[_Code] = _Code(
    "DCM", "113037", "Rejected for Patient Safety Reasons", (7010, 7031)
)
"""Rejected for Patient Safety Reasons (DCM 113037)."""

IncorrectModalityWorklistEntry: _Final[_Code] = _Code(
    "DCM", "113038", "Incorrect Modality Worklist Entry", (7010, 7031)
)
"""Incorrect Modality Worklist Entry (DCM 113038)."""

DataRetentionPolicyExpired: _Final[_Code] = _Code(
    "DCM", "113039", "Data Retention Policy Expired", (7010, 7031)
)
"""Data Retention Policy Expired (DCM 113039)."""

QualityControlIntent: _Final[_Code] = _Code(
    "DCM", "113680", "Quality Control Intent", (3629, 7031, 7064)
)
"""Quality Control Intent (DCM 113680)."""

DataNotAccessibleFromStorage: _Final[_Code] = _Code(
    "DCM", "130752", "Data Not Accessible from Storage", (7031,)
)
"""Data Not Accessible from Storage (DCM 130752)."""

ProcessedKeyObjectSelection: _Final[_Code] = _Code(
    "DCM", "130753", "Processed Key Object Selection", (7031,)
)
"""Processed Key Object Selection (DCM 130753)."""

ReplacedByAlternateRepresentation: _Final[_Code] = _Code(
    "DCM", "130754", "Replaced by Alternate Representation", (7031,)
)
"""Replaced by Alternate Representation (DCM 130754)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    RejectedForQualityReasons,
    RejectedForPatientSafetyReasons,
    IncorrectModalityWorklistEntry,
    DataRetentionPolicyExpired,
    QualityControlIntent,
    DataNotAccessibleFromStorage,
    ProcessedKeyObjectSelection,
    ReplacedByAlternateRepresentation,
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
