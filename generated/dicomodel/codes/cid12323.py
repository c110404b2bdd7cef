"""CID 12323 Ultrasound Relevant Patient Condition.

Extensible, version 20220628, UID 1.2.840.10008.6.1.1450.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 12323
NAME: Final[str] = "Ultrasound Relevant Patient Condition"
KEYWORD: Final[str | None] = "UltrasoundRelevantPatientCondition"
UID: Final[str | None] = "1.2.840.10008.6.1.1450"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220628"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

HepaticCongestion: Final[Code] = Code("SCT", "76281005", "Hepatic Congestion", (12323,))
"""Hepatic Congestion (SCT 76281005)."""

AcuteHepatitis: Final[Code] = Code("SCT", "37871000", "Acute Hepatitis", (12323,))
"""Acute Hepatitis (SCT 37871000)."""

NotFasting: Final[Code] = Code("SCT", "440565004", "Not Fasting", (12323,))
"""Not Fasting (SCT 440565004)."""

PatientHasPacemaker: Final[Code] = Code("SCT", "441509002", "Patient has pacemaker", (3205, 12323))
"""Patient has pacemaker (SCT 441509002)."""

MEMBERS: Final[tuple[Code, ...]] = (
    HepaticCongestion,
    AcuteHepatitis,
    NotFasting,
    PatientHasPacemaker,
)
"""The resolved membership: own members, then those of the included groups, in order."""
