"""CID 9576 Reasons for RT Radiation Treatment Omission.

Extensible, version 20210906, UID 1.2.840.10008.6.1.1423.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9576
NAME: Final[str] = "Reasons for RT Radiation Treatment Omission"
KEYWORD: Final[str | None] = "ReasonsForRTRadiationTreatmentOmission"
UID: Final[str | None] = "1.2.840.10008.6.1.1423"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20210906"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

RTRadiationPreviouslyDelivered: Final[Code] = Code(
    "DCM", "130663", "RT Radiation previously delivered", (9576,)
)
"""RT Radiation previously delivered (DCM 130663)."""

TreatmentUnnecessary: Final[Code] = Code("DCM", "130664", "Treatment unnecessary", (9576,))
"""Treatment unnecessary (DCM 130664)."""

TreatmentExceedsPatientTolerance: Final[Code] = Code(
    "DCM", "130665", "Treatment exceeds patient tolerance", (9576,)
)
"""Treatment exceeds patient tolerance (DCM 130665)."""

MEMBERS: Final[tuple[Code, ...]] = (
    RTRadiationPreviouslyDelivered,
    TreatmentUnnecessary,
    TreatmentExceedsPatientTolerance,
)
"""The resolved membership: own members, then those of the included groups, in order."""
