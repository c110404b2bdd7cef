"""CID 3021 CAD-RADS™ Stenosis Assessment Modifier.

Non-extensible, version 20211114, UID 1.2.840.10008.6.1.1430.

Generated from DICOM 2024c; do not edit.
"""

from typing import Final

from dicomodel.coding import Code

CID: Final[int] = 3021
NAME: Final[str] = "CAD-RADS™ Stenosis Assessment Modifier"
KEYWORD: Final[str | None] = "CADRADSStenosisAssessmentModifier"
UID: Final[str | None] = "1.2.840.10008.6.1.1430"
EXTENSIBLE: Final[bool | None] = False
VERSION: Final[str | None] = "20211114"
INCLUDES: Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: Final[str | None] = None

_4ASevereStenosis: Final[Code] = Code("DCM", "130728", "4A - Severe stenosis", (3021,))
"""4A - Severe stenosis (DCM 130728)."""

_4BSevereStenosis: Final[Code] = Code("DCM", "130729", "4B - Severe stenosis", (3021,))
"""4B - Severe stenosis (DCM 130729)."""

MEMBERS: Final[tuple[Code, ...]] = (_4ASevereStenosis, _4BSevereStenosis)
"""The resolved membership: own members, then those of the included groups, in order."""
