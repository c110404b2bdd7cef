"""CID 3021 CAD-RADS™ Stenosis Assessment Modifier.

Non-extensible, version 20211114, UID 1.2.840.10008.6.1.1430.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code

CID: _Final[int] = 3021
NAME: _Final[str] = "CAD-RADS™ Stenosis Assessment Modifier"
KEYWORD: _Final[str | None] = "CADRADSStenosisAssessmentModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.1430"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20211114"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

_4ASevereStenosis: _Final[_Code] = _Code("DCM", "130728", "4A - Severe stenosis", (3021,))
"""4A - Severe stenosis (DCM 130728)."""

_4BSevereStenosis: _Final[_Code] = _Code("DCM", "130729", "4B - Severe stenosis", (3021,))
"""4B - Severe stenosis (DCM 130729)."""

MEMBERS: _Final[tuple[_Code, ...]] = (_4ASevereStenosis, _4BSevereStenosis)
"""The resolved membership: own members, then those of the included groups, in order."""
