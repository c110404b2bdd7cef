"""CID 10001 UID Type.

Extensible, version 20190327, UID 1.2.840.10008.6.1.535.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 10001
NAME: Final[str] = "UID Type"
KEYWORD: Final[str | None] = "UIDType"
UID: Final[str | None] = "1.2.840.10008.6.1.535"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20190327"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

StudyInstanceUID: Final[Code] = Code("DCM", "110180", "Study Instance UID", (404, 10001))
"""Study Instance UID (DCM 110180)."""

SeriesInstanceUID: Final[Code] = Code("DCM", "112002", "Series Instance UID", (10001,))
"""Series Instance UID (DCM 112002)."""

PerformedProcedureStepSOPInstanceUID: Final[Code] = Code(
    "DCM", "121126", "Performed Procedure Step SOP Instance UID", (10001,)
)
"""Performed Procedure Step SOP Instance UID (DCM 121126)."""

IrradiationEventUID: Final[Code] = Code("DCM", "113769", "Irradiation Event UID", (10001,))
"""Irradiation Event UID (DCM 113769)."""

MEMBERS: Final[tuple[Code, ...]] = (
    StudyInstanceUID,
    SeriesInstanceUID,
    PerformedProcedureStepSOPInstanceUID,
    IrradiationEventUID,
)
"""The resolved membership: own members, then those of the included groups, in order."""
