"""CID 9564 Treatment Session Confirmation Assertion.

Extensible, version 20200624, UID 1.2.840.10008.6.1.1321.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 9564
NAME: _Final[str] = "Treatment Session Confirmation Assertion"
KEYWORD: _Final[str | None] = "TreatmentSessionConfirmationAssertion"
UID: _Final[str | None] = "1.2.840.10008.6.1.1321"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20200624"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

BolusPresent: _Final[_Code] = _Code("DCM", "130456", "Bolus Present", (9564,))
"""Bolus Present (DCM 130456)."""

Conepresent: _Final[_Code] = _Code("DCM", "130457", "ConePresent", (9564,))
"""ConePresent (DCM 130457)."""

BlockPresent: _Final[_Code] = _Code("DCM", "130458", "Block Present", (9564,))
"""Block Present (DCM 130458)."""

ApplicatorPresent: _Final[_Code] = _Code("DCM", "130459", "Applicator Present", (9564,))
"""Applicator Present (DCM 130459)."""

HeadframePresent: _Final[_Code] = _Code("DCM", "130460", "Headframe Present", (9564,))
"""Headframe Present (DCM 130460)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    BolusPresent,
    Conepresent,
    BlockPresent,
    ApplicatorPresent,
    HeadframePresent,
)
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
