"""CID 9564 Treatment Session Confirmation Assertion.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1321.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 9564
NAME: Final[str] = "Treatment Session Confirmation Assertion"
KEYWORD: Final[str | None] = "TreatmentSessionConfirmationAssertion"
UID: Final[str | None] = "1.2.840.10008.6.1.1321"
EXTENSIBLE: Final[bool | None] = True
VERSION: Final[str | None] = "20200624"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

BolusPresent: Final[Code] = Code("DCM", "130456", "Bolus Present", (9564,))
"""Bolus Present (DCM 130456)."""

Conepresent: Final[Code] = Code("DCM", "130457", "ConePresent", (9564,))
"""ConePresent (DCM 130457)."""

BlockPresent: Final[Code] = Code("DCM", "130458", "Block Present", (9564,))
"""Block Present (DCM 130458)."""

ApplicatorPresent: Final[Code] = Code("DCM", "130459", "Applicator Present", (9564,))
"""Applicator Present (DCM 130459)."""

HeadframePresent: Final[Code] = Code("DCM", "130460", "Headframe Present", (9564,))
"""Headframe Present (DCM 130460)."""

MEMBERS: Final[tuple[Code, ...]] = (
    BolusPresent,
    Conepresent,
    BlockPresent,
    ApplicatorPresent,
    HeadframePresent,
)
"""The resolved membership: own members, then those of the included groups, in order."""
