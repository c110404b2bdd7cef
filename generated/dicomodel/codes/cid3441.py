"""CID 3441 Patient Assessment.

Extensible, version 20030327, UID 1.2.840.10008.6.1.94.

Generated from DICOM 2024c; do not edit.
"""

# Imported under private names: completion of a CID offers its codes, not these.
from typing import Final as _Final

from dicomodel.coding import Code as _Code
from dicomodel.coding import ContextGroup as _ContextGroup

CID: _Final[int] = 3441
NAME: _Final[str] = "Patient Assessment"
KEYWORD: _Final[str | None] = "PatientAssessment"
UID: _Final[str | None] = "1.2.840.10008.6.1.94"
EXTENSIBLE: _Final[bool | None] = True
VERSION: _Final[str | None] = "20030327"
INCLUDES: _Final[tuple[int, ...]] = ()
EXTERNAL_SCHEME: _Final[str | None] = None

CardiacRhythm: _Final[_Code] = _Code("LN", "8884-9", "Cardiac Rhythm", (3441,))
"""Cardiac Rhythm (LN 8884-9)."""

RespirationRhythm: _Final[_Code] = _Code("LN", "9304-7", "Respiration Rhythm", (3441,))
"""Respiration Rhythm (LN 9304-7)."""

SkinConditionAssessment: _Final[_Code] = _Code(
    "SCT", "364528001", "Skin condition assessment", (3441,)
)
"""Skin condition assessment (SCT 364528001)."""

RespirationAssessment: _Final[_Code] = _Code("SCT", "364062005", "Respiration assessment", (3441,))
"""Respiration assessment (SCT 364062005)."""

PatientMentalStateAssessment: _Final[_Code] = _Code(
    "SCT", "363871006", "Patient mental state assessment", (3441,)
)
"""Patient mental state assessment (SCT 363871006)."""

MEMBERS: _Final[tuple[_Code, ...]] = (
    CardiacRhythm,
    RespirationRhythm,
    SkinConditionAssessment,
    RespirationAssessment,
    PatientMentalStateAssessment,
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
