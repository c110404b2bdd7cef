"""CID 9507 External Body Model.

Extensible, version 20181112, UID 1.2.840.10008.6.1.1217.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9507
NAME: Final[str] = "External Body Model"
KEYWORD: Final[str | None] = "ExternalBodyModel"
UID: Final[str | None] = "1.2.840.10008.6.1.1217"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20181112"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

PatientAnatomyModel: Final[Code] = Code("DCM", "130067", "Patient Anatomy Model", (9507,))
"""Patient Anatomy Model (DCM 130067)."""

ExtendedPatientAnatomyModel: Final[Code] = Code(
    "DCM", "130068", "Extended Patient Anatomy Model", (9507,)
)
"""Extended Patient Anatomy Model (DCM 130068)."""

MEMBERS: Final[tuple[Code, ...]] = (PatientAnatomyModel, ExtendedPatientAnatomyModel)
"""The resolved membership: own members, then those of the included groups, in order."""
