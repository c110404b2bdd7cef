"""CID 9563 Radiotherapy Interlock Resolution.

Extensible, version 20220116, UID 1.2.840.10008.6.1.1320.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9563
NAME: Final[str] = "Radiotherapy Interlock Resolution"
KEYWORD: Final[str | None] = "RadiotherapyInterlockResolution"
UID: Final[str | None] = "1.2.840.10008.6.1.1320"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20220116"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

TreatmentTerminated: Final[Code] = Code("DCM", "130453", "Treatment Terminated", (9563,))
"""Treatment Terminated (DCM 130453)."""

InterlockOverridden: Final[Code] = Code("DCM", "130454", "Interlock Overridden", (9563,))
"""Interlock Overridden (DCM 130454)."""

PatientRepositioned: Final[Code] = Code("DCM", "130455", "Patient Repositioned", (9563,))
"""Patient Repositioned (DCM 130455)."""

InterlockResolved: Final[Code] = Code("DCM", "130744", "Interlock Resolved", (9563,))
"""Interlock Resolved (DCM 130744)."""

MEMBERS: Final[tuple[Code, ...]] = (
    TreatmentTerminated,
    InterlockOverridden,
    PatientRepositioned,
    InterlockResolved,
)
"""The resolved membership: own members, then those of the included groups, in order."""
