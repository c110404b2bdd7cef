"""CID 271 Observation Subject Class.

Non-extensible, version 20071102, UID 1.2.840.10008.6.1.41.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 271
NAME: Final[str] = "Observation Subject Class"
KEYWORD: Final[str | None] = "ObservationSubjectClass"
UID: Final[str | None] = "1.2.840.10008.6.1.41"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20071102"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

Patient: Final[Code] = Code("DCM", "121025", "Patient", (271, 272, 7450))
"""Patient (DCM 121025)."""

Fetus: Final[Code] = Code("DCM", "121026", "Fetus", (271,))
"""Fetus (DCM 121026)."""

Specimen: Final[Code] = Code("DCM", "121027", "Specimen", (271,))
"""Specimen (DCM 121027)."""

DeviceSubject: Final[Code] = Code("DCM", "121192", "Device Subject", (271,))
"""Device Subject (DCM 121192)."""

MEMBERS: Final[tuple[Code, ...]] = (Patient, Fetus, Specimen, DeviceSubject)
"""The resolved membership: own members, then those of the included groups, in order."""
