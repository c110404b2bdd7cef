"""CID 3021 CAD-RADS™ Stenosis Assessment Modifier.

Non-extensible, version 20211114, UID 1.2.840.10008.6.1.1430.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3021
NAME: _Final[str] = "CAD-RADS™ Stenosis Assessment Modifier"
KEYWORD: _Final[str | None] = "CADRADSStenosisAssessmentModifier"
UID: _Final[str | None] = "1.2.840.10008.6.1.1430"
EXTENSIBLE: _Final[bool | None] = False
VERSION: _Final[str | None] = "20211114"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

V4ASevereStenosis: _Final[_Code] = _Code("DCM", "130728", "4A - Severe stenosis", (3021,))
"""4A - Severe stenosis (DCM 130728)."""

V4BSevereStenosis: _Final[_Code] = _Code("DCM", "130729", "4B - Severe stenosis", (3021,))
"""4B - Severe stenosis (DCM 130729)."""

# Earlier builds' (pydicom's) spelling of a name that starts with a digit, bound at run
# time only: checkers and IDEs offer the public name above.
_4ASevereStenosis: _Final[_Code] = V4ASevereStenosis
_4BSevereStenosis: _Final[_Code] = V4BSevereStenosis

MEMBERS: _Final[tuple[_Code, ...]] = (V4ASevereStenosis, V4BSevereStenosis)
"""The resolved membership: own members, then those of the included groups, in order."""

__cid__: _Final[_ContextGroup[_Code]] = _ContextGroup(
    cid=CID,
    name=NAME,
    keyword=KEYWORD,
    uid=UID,
    extensible=EXTENSIBLE,
    version=VERSION,
    includes=INCLUDES,
    external_scheme=EXTERNAL_SCHEME,
    members=MEMBERS,
)
"""The metadata and the members in one object: completion lists the codes first."""
