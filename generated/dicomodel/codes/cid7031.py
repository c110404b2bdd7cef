"""CID 7031 Reason for Removal from Operational Use.

Extensible, version 20220624, UID 1.2.840.10008.6.1.1446.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 7031
NAME: Final[str] = "Reason for Removal from Operational Use"
KEYWORD: Final[str | None] = "ReasonForRemovalFromOperationalUse"
UID: Final[str | None] = "1.2.840.10008.6.1.1446"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220624"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RejectedForQualityReasons: Final[Code] = Code(
    "DCM", "113001", "Rejected for Quality Reasons", (7010, 7031)
)
"""Rejected for Quality Reasons (DCM 113001)."""

RejectedForPatientSafetyReasons: Final[Code] = Code(
    "DCM", "113037", "Rejected for Patient Safety Reasons", (7010, 7031)
)
"""Rejected for Patient Safety Reasons (DCM 113037)."""

IncorrectModalityWorklistEntry: Final[Code] = Code(
    "DCM", "113038", "Incorrect Modality Worklist Entry", (7010, 7031)
)
"""Incorrect Modality Worklist Entry (DCM 113038)."""

DataRetentionPolicyExpired: Final[Code] = Code(
    "DCM", "113039", "Data Retention Policy Expired", (7010, 7031)
)
"""Data Retention Policy Expired (DCM 113039)."""

QualityControlIntent: Final[Code] = Code(
    "DCM", "113680", "Quality Control Intent", (3629, 7031, 7064)
)
"""Quality Control Intent (DCM 113680)."""

DataNotAccessibleFromStorage: Final[Code] = Code(
    "DCM", "130752", "Data Not Accessible from Storage", (7031,)
)
"""Data Not Accessible from Storage (DCM 130752)."""

ProcessedKeyObjectSelection: Final[Code] = Code(
    "DCM", "130753", "Processed Key Object Selection", (7031,)
)
"""Processed Key Object Selection (DCM 130753)."""

ReplacedByAlternateRepresentation: Final[Code] = Code(
    "DCM", "130754", "Replaced by Alternate Representation", (7031,)
)
"""Replaced by Alternate Representation (DCM 130754)."""

MEMBERS: Final[tuple[Code, ...]] = (
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
